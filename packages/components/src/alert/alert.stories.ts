import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import styles from './alert.styles.js';
import './define.js';

interface Args {
  type: string;
  heading: string;
  message: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Content/Alert',
  component: 'polder-alert',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    type: 'info',
    heading: 'Let op',
    message: 'Uw aanvraag is nog niet verstuurd. Controleer uw gegevens en verstuur de aanvraag.',
    headingLevel: 2,
  },
  argTypes: {
    type: { control: 'inline-radio', options: ['info', 'success', 'warning', 'error'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ type, heading, message, headingLevel }) =>
    html`<polder-alert type=${type} heading=${heading} heading-level=${headingLevel}><p>${message}</p></polder-alert>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Info: Story = {};
export const Success: Story = { args: { type: 'success', heading: 'Gelukt', message: 'Uw gegevens zijn opgeslagen.' } };
export const Warning: Story = {
  args: {
    type: 'warning',
    heading: 'Onderhoud',
    message: 'Vanavond tussen 22.00 en 23.00 uur is deze dienst niet bereikbaar.',
  },
};
export const Error: Story = {
  args: { type: 'error', heading: 'Er ging iets mis', message: 'Uw betaling is niet gelukt. Probeer het opnieuw.' },
};
export const WithoutHeading: Story = { args: { heading: '', message: 'Een korte melding zonder kop.' } };
export const LongText: Story = {
  args: {
    type: 'warning',
    heading: 'Uw aanvraag voor een omgevingsvergunning voor het kappen van een houtopstand is nog niet compleet',
    message:
      'U moet nog een situatietekening, een foto van de boom en een toelichting op de noodzaak van het kappen uploaden voordat wij uw aanvraag in behandeling kunnen nemen.',
  },
};
export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-alert type="error" heading="Something went wrong"><p>Your payment failed. Try again.</p></polder-alert>
    </div>`,
};
export const MarkupLikeText: Story = {
  name: 'Markup-like text is shown as text',
  args: { heading: '<img src=x onerror=alert(1)>', message: '<script>alert(1)</script>' },
};
export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // The page only needs the CSS: the same stylesheet the element uses in its shadow root.
    adoptStyles(document, styles);
    return html`<div class="polder-alert polder-alert--success">
      <div class="polder-alert__content">
        <h2 class="polder-alert__heading">Gelukt</h2>
        <div class="polder-alert__body"><p>Uw gegevens zijn opgeslagen.</p></div>
      </div>
    </div>`;
  },
};
