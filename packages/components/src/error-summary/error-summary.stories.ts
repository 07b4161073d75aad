import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import styles from './error-summary.styles.js';
import './define.js';
import '../text-field/define.js';
import '../textarea/define.js';
import '../select/define.js';
import '../button/define.js';

const meta: Meta = {
  title: 'Forms/Error summary',
  component: 'polder-error-summary',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
};
export default meta;
type Story = StoryObj;

const fields = html`<polder-text-field id="naam" label="Volledige naam" name="naam" required autocomplete="name">
  </polder-text-field>
  <polder-text-field id="email" label="E-mailadres" name="email" type="email" required autocomplete="email">
  </polder-text-field>
  <polder-select id="provincie" label="Provincie" name="provincie" required>
    <option value="">Kies een provincie</option>
    <option value="fr">Friesland</option>
    <option value="gr">Groningen</option>
  </polder-select>
  <polder-textarea id="toelichting" label="Toelichting" name="toelichting" maxlength="100" required></polder-textarea>`;

export const Default: Story = {
  name: 'After a submit attempt (press Doorgaan)',
  render: () =>
    html`<polder-error-summary for="story-form"></polder-error-summary>
      <form id="story-form" action="#" @submit=${(e: Event) => e.preventDefault()}>
        ${fields}
        <polder-button>Doorgaan</polder-button>
      </form>`,
};

export const ServerErrors: Story = {
  name: 'Errors from the server',
  render: () =>
    html`<polder-error-summary for="server-form">
        <a href="#naam">Vul uw volledige naam in</a>
        <a href="#email-control">Dit e-mailadres is al in gebruik</a>
      </polder-error-summary>
      <form id="server-form" action="#" @submit=${(e: Event) => e.preventDefault()}>
        <polder-text-field id="naam" label="Volledige naam" name="naam" error="Vul uw volledige naam in">
        </polder-text-field>
        <polder-text-field
          id="email"
          label="E-mailadres"
          name="email"
          value="anne@voorbeeld.nl"
          error="Dit e-mailadres is al in gebruik"
        ></polder-text-field>
        <polder-button>Doorgaan</polder-button>
      </form>`,
};

export const LongText: Story = {
  render: () =>
    html`<polder-error-summary heading="Er zijn problemen met uw aanvraag voor een omgevingsvergunning">
      <a href="#a"
        >Vul de naam van de organisatie of het bedrijf in zoals die in het Handelsregister van de Kamer van Koophandel
        staat</a
      >
      <a href="#b">De datum van de werkzaamheden moet na de datum van vandaag liggen</a>
    </polder-error-summary>`,
};

export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-error-summary for="en-form"></polder-error-summary>
      <form id="en-form" action="#" @submit=${(e: Event) => e.preventDefault()}>
        <polder-text-field label="Full name" name="name" required></polder-text-field>
        <polder-button>Continue</polder-button>
      </form>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    adoptStyles(document, styles);
    return html`<div class="polder-error-summary" tabindex="-1">
      <div role="alert">
        <h2 class="polder-error-summary__title">Er is een probleem</h2>
        <ul class="polder-error-summary__list">
          <li><a href="#naam">Vul uw volledige naam in</a></li>
          <li><a href="#email">Vul een e-mailadres in het juiste formaat in, zoals naam@voorbeeld.nl</a></li>
        </ul>
      </div>
    </div>`;
  },
};
