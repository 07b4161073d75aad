import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import styles from './exit-this-page.styles.js';
import './define.js';

interface Args {
  href: string;
}

/** Stories never leave the docs site: the cover shows for a moment, then the page comes back. */
const stay = (event: Event) => {
  event.preventDefault();
  const cover = (event.target as Element).querySelector<HTMLElement>('.polder-exit-this-page__cover');
  setTimeout(() => cover?.hidePopover(), 1000);
};

const meta: Meta<Args> = {
  title: 'Page/Exit this page',
  component: 'polder-exit-this-page',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { href: 'https://www.weeronline.nl/' },
  render: ({ href }) =>
    html`<polder-exit-this-page href=${href} @polder-exit=${stay}></polder-exit-this-page>
      <p>Druk drie keer op Shift om deze pagina snel te verlaten.</p>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const OwnText: Story = {
  name: 'Own text and another site',
  render: () =>
    html`<polder-exit-this-page href="https://www.google.nl/" @polder-exit=${stay}>Snel weg</polder-exit-this-page>`,
};
export const LongText: Story = {
  name: 'Long Dutch words',
  render: () =>
    html`<polder-exit-this-page @polder-exit=${stay}
      >Verlaat onmiddellijk deze hulpverleningswebsite</polder-exit-this-page
    >`,
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-exit-this-page @polder-exit=${stay}></polder-exit-this-page>
      <p>Press Shift 3 times to leave this page quickly.</p>
    </div>`,
};
export const BadHref: Story = {
  name: 'Error: script URL (goes to the neutral site, with a warning)',
  args: { href: 'javascript:alert(1)' },
};
export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    adoptStyles(document, styles);
    return html`<a class="polder-exit-this-page" href="https://www.weeronline.nl/" rel="nofollow noreferrer"
      >Verlaat deze pagina</a
    >`;
  },
};
