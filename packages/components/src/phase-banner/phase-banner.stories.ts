import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import tagStyles from '../tag/tag.styles.js';
import styles from './phase-banner.styles.js';
import './define.js';

interface Args {
  phase: string;
}

const meta: Meta<Args> = {
  title: 'Page/Phase banner',
  component: 'polder-phase-banner',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { phase: 'beta' },
  argTypes: { phase: { control: 'inline-radio', options: ['alpha', 'beta'] } },
  render: ({ phase }) =>
    html`<polder-phase-banner phase=${phase}
      >Dit is een nieuwe dienst. Help ons hem te verbeteren:
      <a href="#feedback">geef uw mening</a>.</polder-phase-banner
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Beta: Story = {};
export const Alpha: Story = { args: { phase: 'alpha' } };

export const Dark: Story = { globals: { scheme: 'dark' } };

export const LongDutchWords: Story = {
  name: 'Long Dutch words (320 px)',
  globals: { viewport: { value: 'reflow' } },
  render: () =>
    html`<polder-phase-banner
      >Het Parkeervergunningaanvraagformulier is nieuw.
      <a href="#feedback">Geefuwmeningoverhetparkeervergunningaanvraagformulier</a>.</polder-phase-banner
    >`,
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-phase-banner phase="alpha"
        >This is a new service. Help us improve it: <a href="#feedback">give your feedback</a>.</polder-phase-banner
      >
    </div>`,
};

export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // The page needs the tag's and the banner's stylesheets: the same ones the element uses in its shadow root.
    adoptStyles(document, tagStyles);
    adoptStyles(document, styles);
    return html`<div class="polder-phase-banner">
      <p class="polder-phase-banner__content">
        <strong class="polder-tag polder-tag--info polder-phase-banner__tag">Bèta</strong>
        <span class="polder-phase-banner__text"
          >Dit is een nieuwe dienst. Help ons hem te verbeteren: <a href="#feedback">geef uw mening</a>.</span
        >
      </p>
    </div>`;
  },
};
