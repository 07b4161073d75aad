import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withPageStyles } from '../test-helpers/stories.js';
import styles from './back-link.styles.js';
import './define.js';

interface Args {
  href: string;
  text: string;
}

const meta: Meta<Args> = {
  title: 'Page/Back link',
  component: 'polder-back-link',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { href: '#vorige-stap', text: '' },
  render: ({ href, text }) => html`<polder-back-link href=${href}>${text}</polder-back-link>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: 'Default ("Terug")' };
export const OwnText: Story = { name: 'Own text', args: { text: 'Terug naar stap 2: uw gegevens' } };
export const LongText: Story = {
  args: {
    text: 'Terug naar het overzicht van al uw lopende aanvragen voor huurtoeslag, zorgtoeslag en kinderopvangtoeslag',
  },
};
export const Narrow: Story = {
  name: 'Narrow screen (320px)',
  args: { text: 'Terug naar het overzicht van uw aanvragen' },
  globals: { viewport: { value: 'reflow' } },
};
export const English: Story = {
  render: () => html`<div lang="en"><polder-back-link href="#previous"></polder-back-link></div>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  // The page links the class CSS (here: adopted into the document), as a server-rendered page would.
  decorators: [withPageStyles(styles)],
  render: () => html`<a class="polder-back-link" href="#vorige">Terug</a>`,
};
