import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import styles from './notification-banner.styles.js';
import './define.js';

interface Args {
  type: string;
  heading: string;
  message: string;
  noFocus: boolean;
}

const meta: Meta<Args> = {
  title: 'Content/Notification banner',
  component: 'polder-notification-banner',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    type: 'info',
    heading: 'Vanaf 1 maart gelden nieuwe regels voor parkeervergunningen',
    message: 'Lees wat er voor u verandert.',
    // In the docs page several success banners render at once: none of them takes focus there.
    noFocus: true,
  },
  argTypes: {
    type: { control: 'inline-radio', options: ['info', 'success'] },
  },
  render: ({ type, heading, message, noFocus }) =>
    html`<polder-notification-banner type=${type} heading=${heading} ?no-focus=${noFocus}
      ><p>${message} <a href="#meer">Meer informatie</a></p></polder-notification-banner
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Info: Story = {};
export const Success: Story = {
  args: {
    type: 'success',
    heading: 'Uw wijziging is opgeslagen',
    message: 'Wij hebben uw nieuwe adres opgeslagen.',
  },
};
export const SuccessTakingFocus: Story = {
  name: 'Success after a redirect (takes focus)',
  args: { type: 'success', heading: 'Uw wijziging is opgeslagen', message: 'Controleer uw gegevens.', noFocus: false },
};
export const WithoutHeading: Story = { args: { heading: '', message: 'Deze dienst is vernieuwd.' } };
export const LongText: Story = {
  name: 'Long Dutch words',
  args: {
    type: 'success',
    heading: 'Uw kinderopvangtoeslagaanvraag en uw huurtoeslagwijzigingsformulier zijn opgeslagen',
    message:
      'De arbeidsongeschiktheidsverzekeringsmaatschappij ontvangt binnen vijf werkdagen de aansprakelijkheidsverzekeringspolis.',
  },
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-notification-banner type="success" heading="Your change has been saved" no-focus>
        <p>We have saved your new address.</p>
      </polder-notification-banner>
      <polder-notification-banner heading="New rules from 1 March">
        <p>Read what changes for you.</p>
      </polder-notification-banner>
    </div>`,
};
export const BadType: Story = {
  name: 'Error: unknown type (falls back to info, with a warning)',
  args: { type: 'warning' },
};
export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // The page only needs the CSS: the same stylesheet the element uses in its shadow root.
    adoptStyles(document, styles);
    return html`<div
      class="polder-notification-banner polder-notification-banner--success"
      role="alert"
      aria-labelledby="plain-title"
    >
      <div class="polder-notification-banner__header">
        <h2 class="polder-notification-banner__title" id="plain-title">Gelukt</h2>
      </div>
      <div class="polder-notification-banner__content">
        <p class="polder-notification-banner__heading">Uw wijziging is opgeslagen</p>
      </div>
    </div>`;
  },
};
