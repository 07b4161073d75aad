import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withPageStyles } from '../test-helpers/stories.js';
import styles from './skip-link.styles.js';
import './define.js';

interface Args {
  href: string;
}

const main = html`<main id="main"><p>De hoofdinhoud. Druk op Tab om de link te tonen.</p></main>`;

const meta: Meta<Args> = {
  title: 'Page/Skip link',
  component: 'polder-skip-link',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { href: '#main' },
  render: ({ href }) => html`<polder-skip-link href=${href}></polder-skip-link>${main}`,
};
export default meta;
type Story = StoryObj<Args>;

/** Hidden until it has keyboard focus: press Tab in the canvas. */
export const Default: Story = {};

export const OwnText: Story = {
  name: 'Own text and target',
  render: () =>
    html`<polder-skip-link href="#formulier">Direct naar het formulier</polder-skip-link>
      <form id="formulier" aria-label="Voorbeeld"><p>Het formulier.</p></form>`,
};

export const LongText: Story = {
  render: () =>
    html`<polder-skip-link
        >Direct naar de inhoud van deze pagina over het aanvragen van een parkeervergunning voor
        bewoners</polder-skip-link
      >${main}`,
};

export const English: Story = {
  render: () => html`<div lang="en"><polder-skip-link></polder-skip-link>${main}</div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  // The page links the class CSS (here: adopted into the document), as a server-rendered page would.
  decorators: [withPageStyles(styles)],
  render: () =>
    html`<a class="polder-skip-link" href="#main-plain">Direct naar de inhoud</a>
      <main id="main-plain" tabindex="-1"><p>De hoofdinhoud.</p></main>`,
};
