import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './warning-text.styles.js';
import './define.js';

interface Args {
  text: string;
}

const meta: Meta<Args> = {
  title: 'Content/Warning text',
  component: 'polder-warning-text',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { text: 'U kunt een boete krijgen als u uw hond niet aanmeldt.' },
  render: ({ text }) => html`<polder-warning-text>${text}</polder-warning-text>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const InContext: Story = {
  name: 'Between paragraphs',
  render: () =>
    html`<p>Meld uw hond binnen 2 weken na aankoop aan.</p>
      <polder-warning-text>U kunt een boete krijgen als u uw hond niet aanmeldt.</polder-warning-text>
      <p>U betaalt hondenbelasting per jaar.</p>`,
};

export const Dark: Story = { globals: { scheme: 'dark' } };

export const LongDutchWords: Story = {
  name: 'Long Dutch words (320 px)',
  globals: { viewport: { value: 'reflow' } },
  args: {
    text: 'Stuur het Parkeervergunningaanvraagformulier vóór de Gemeenteraadsverkiezingsuitslagbekendmaking, anders vervalt uw recht op een vergunning.',
  },
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-warning-text>You can be fined up to €5,000 if you do not register.</polder-warning-text>
    </div>`,
};

export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // The page needs the warning's stylesheet and the visually hidden class.
    adoptStyles(document, visuallyHidden);
    adoptStyles(document, styles);
    return html`<div class="polder-warning-text">
      <svg class="polder-warning-text__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z"></path>
      </svg>
      <strong class="polder-warning-text__text"
        ><span class="polder-visually-hidden">Waarschuwing:&nbsp;</span>U kunt een boete krijgen als u uw hond niet
        aanmeldt.</strong
      >
    </div>`;
  },
};
