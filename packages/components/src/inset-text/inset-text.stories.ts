import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import styles from './inset-text.styles.js';
import './define.js';

interface Args {
  text: string;
}

const meta: Meta<Args> = {
  title: 'Content/Inset text',
  component: 'polder-inset-text',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { text: 'Het duurt ongeveer 8 weken voordat u een besluit over uw aanvraag krijgt.' },
  render: ({ text }) => html`<polder-inset-text>${text}</polder-inset-text>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const Paragraphs: Story = {
  name: 'Several paragraphs with a link',
  render: () =>
    html`<polder-inset-text>
      <p>U krijgt binnen 8 weken een besluit over uw aanvraag.</p>
      <p>Heeft u na 8 weken niets gehoord? <a href="#contact">Neem contact met ons op</a>.</p>
    </polder-inset-text>`,
};

export const InContext: Story = {
  name: 'Between paragraphs',
  render: () =>
    html`<p>U kunt een parkeervergunning aanvragen als u in de gemeente woont.</p>
      <polder-inset-text
        >Heeft u al een vergunning voor een ander kenteken? Die vervalt als u deze aanvraagt.</polder-inset-text
      >
      <p>U betaalt de kosten bij het aanvragen.</p>`,
};

export const Dark: Story = { globals: { scheme: 'dark' } };

export const LongDutchWords: Story = {
  name: 'Long Dutch words (320 px)',
  globals: { viewport: { value: 'reflow' } },
  args: {
    text: 'Vul het Parkeervergunningaanvraagformulier in vóór de Gemeenteraadsverkiezingsuitslagbekendmaking.',
  },
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-inset-text>It can take up to 8 weeks to get a decision on your application.</polder-inset-text>
    </div>`,
};

export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // The page only needs the CSS: the same stylesheet the element uses in its shadow root.
    adoptStyles(document, styles);
    return html`<div class="polder-inset-text">
      <p>Het duurt ongeveer 8 weken voordat u een besluit krijgt.</p>
    </div>`;
  },
};
