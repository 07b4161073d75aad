import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import fieldStyles from '../form-control/form-control.styles.js';
import styles from './text-field.styles.js';
import './define.js';
import '../button/define.js';

interface Args {
  label: string;
  hint?: string;
  error?: string;
  type: string;
  width?: string;
  value?: string;
  disabled: boolean;
  readonly: boolean;
  required: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Text field',
  component: 'polder-text-field',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { label: 'Volledige naam', type: 'text', disabled: false, readonly: false, required: false },
  argTypes: {
    type: { control: 'select', options: ['text', 'email', 'tel', 'url', 'number', 'password', 'search'] },
    width: { control: 'select', options: ['', '2', '3', '4', '5', '10', '20', '30'] },
  },
  render: (a) =>
    html`<polder-text-field
      label=${a.label}
      hint=${ifDefined(a.hint)}
      error=${ifDefined(a.error)}
      type=${a.type}
      width=${ifDefined(a.width)}
      value=${ifDefined(a.value)}
      name="veld"
      ?disabled=${a.disabled}
      ?readonly=${a.readonly}
      ?required=${a.required}
    ></polder-text-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Filled: Story = { args: { value: 'Anne de Vries' } };
export const WithHint: Story = {
  name: 'Hint',
  args: { label: 'E-mailadres', type: 'email', hint: 'We sturen de bevestiging naar dit adres' },
};
export const Error: Story = {
  args: { label: 'E-mailadres', type: 'email', value: 'anne@', error: 'Vul een e-mailadres in het juiste formaat in' },
};
export const Disabled: Story = { args: { disabled: true, value: 'Anne de Vries' } };
export const ReadOnly: Story = { name: 'Read-only', args: { label: 'Kenteken', readonly: true, value: 'AB-123-C' } };
export const LongText: Story = {
  args: {
    label:
      'Wat is de naam van de organisatie of het bedrijf waarvoor u deze vergunning aanvraagt, zoals die in het Handelsregister staat?',
    hint: 'Gebruik de statutaire naam. Hebt u meerdere vestigingen, vul dan de naam van de hoofdvestiging in. U vindt deze op uw uittreksel van de Kamer van Koophandel.',
    value: 'Stichting Waterbeheer en Landschapsonderhoud Noordelijk Poldergebied',
  },
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<form lang="en" action="#" novalidate>
      <polder-text-field label="Password" type="password" hint="At least 12 characters"></polder-text-field>
      <polder-text-field label="Email address" type="email" error="Enter your email address"></polder-text-field>
    </form>`,
};
export const Widths: Story = {
  name: 'Widths, prefix and suffix',
  render: () =>
    html`<polder-text-field label="Huisnummer" width="4" inputmode="numeric"></polder-text-field>
      <polder-text-field label="Postcode" width="10" autocomplete="postal-code"></polder-text-field>
      <polder-text-field label="Bedrag" width="10" prefix="€" inputmode="decimal"></polder-text-field>
      <polder-text-field label="Gewicht" width="5" suffix="kg" inputmode="decimal"></polder-text-field>
      <polder-text-field label="Plaats" width="20"></polder-text-field>`,
};
export const Password: Story = {
  name: 'Password with show/hide',
  render: () =>
    html`<polder-text-field
      label="Wachtwoord"
      type="password"
      hint="Minstens 12 tekens"
      name="wachtwoord"
      autocomplete="current-password"
    ></polder-text-field>`,
};
export const Validation: Story = {
  name: 'In a form: messages after a submit attempt',
  render: () =>
    html`<form action="#" @submit=${(e: Event) => e.preventDefault()}>
      <polder-text-field label="Volledige naam" name="naam" required autocomplete="name"></polder-text-field>
      <polder-text-field
        label="E-mailadres"
        name="email"
        type="email"
        required
        autocomplete="email"
      ></polder-text-field>
      <polder-text-field
        label="Postcode"
        name="postcode"
        width="10"
        pattern="[1-9][0-9]{3} ?[A-Za-z]{2}"
      ></polder-text-field>
      <polder-button>Doorgaan</polder-button>
    </form>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // The same markup a server renders; the page only needs the CSS.
    for (const s of [visuallyHidden, fieldStyles, styles]) adoptStyles(document, s);
    return html`<div class="polder-form-field polder-form-field--invalid">
      <label class="polder-form-field__label" for="plain-postcode">Postcode</label>
      <div class="polder-form-field__hint" id="plain-postcode-hint">Bijvoorbeeld 1234 AB</div>
      <p class="polder-form-field__error" id="plain-postcode-error">
        <span class="polder-visually-hidden">Fout:</span> Vul uw postcode in
      </p>
      <input
        class="polder-text-input polder-text-input--width-10"
        id="plain-postcode"
        name="postcode"
        autocomplete="postal-code"
        aria-describedby="plain-postcode-hint plain-postcode-error"
        aria-invalid="true"
      />
    </div>`;
  },
};
export const QuestionAsPageHeading: Story = {
  name: 'Question as the page heading (label-as-heading)',
  render: () =>
    html`<polder-text-field
      label="Wat is uw parkeervergunningaanvraagformuliernummer?"
      hint="Het nummer staat bovenaan de brief van de gemeente."
      name="nummer"
      label-as-heading
    ></polder-text-field>`,
};
export const QuestionAsPageHeadingEnglishDark: Story = {
  name: 'Question as the page heading, English, dark',
  globals: { scheme: 'dark' },
  render: () =>
    html`<div lang="en">
      <polder-text-field
        label="What is your full name?"
        name="name"
        autocomplete="name"
        label-as-heading
      ></polder-text-field>
    </div>`,
};
