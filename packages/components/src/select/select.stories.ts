import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import fieldStyles from '../form-control/form-control.styles.js';
import styles from './select.styles.js';
import './define.js';
import '../button/define.js';

interface Args {
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  disabled: boolean;
  required: boolean;
}

const provinces = html`<option value="">Kies een provincie</option>
  <option value="dr">Drenthe</option>
  <option value="fl">Flevoland</option>
  <option value="fr">Friesland</option>
  <option value="gr">Groningen</option>
  <option value="li">Limburg</option>
  <optgroup label="Randstad">
    <option value="nh">Noord-Holland</option>
    <option value="ut">Utrecht</option>
    <option value="zh">Zuid-Holland</option>
  </optgroup>`;

const meta: Meta<Args> = {
  title: 'Forms/Select',
  component: 'polder-select',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { label: 'Provincie', disabled: false, required: false },
  render: (a) =>
    html`<polder-select
      label=${a.label}
      hint=${ifDefined(a.hint)}
      error=${ifDefined(a.error)}
      value=${ifDefined(a.value)}
      name="provincie"
      ?disabled=${a.disabled}
      ?required=${a.required}
      >${provinces}</polder-select
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Chosen: Story = { args: { value: 'ut' } };
export const WithHint: Story = { name: 'Hint', args: { hint: 'De provincie waar u staat ingeschreven' } };
export const Error: Story = { args: { error: 'Kies uw provincie', required: true } };
export const Disabled: Story = { args: { disabled: true, value: 'fr' } };
export const LongText: Story = {
  render: () =>
    html`<polder-select
      label="In welke gemeente of welk openbaar lichaam in het Caribisch deel van Nederland staat u ingeschreven?"
      hint="Staat u niet ingeschreven in de Basisregistratie Personen (BRP), kies dan de gemeente waar u het meest verblijft."
    >
      <option>Openbaar lichaam Bonaire, Sint Eustatius en Saba (Caribisch Nederland)</option>
      <option>Súdwest-Fryslân</option>
    </polder-select>`,
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<form lang="en" action="#" @submit=${(e: Event) => e.preventDefault()}>
      <polder-select label="Country" name="country" required autocomplete="country-name">
        <option value="">Choose a country</option>
        <option value="NL">Netherlands</option>
        <option value="BE">Belgium</option>
      </polder-select>
      <polder-button>Continue</polder-button>
    </form>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    for (const s of [visuallyHidden, fieldStyles, styles]) adoptStyles(document, s);
    return html`<div class="polder-form-field">
      <label class="polder-form-field__label" for="plain-provincie">Provincie</label>
      <select class="polder-select" id="plain-provincie" name="provincie">
        <option value="fr">Friesland</option>
        <option value="gr">Groningen</option>
      </select>
    </div>`;
  },
};
export const QuestionAsPageHeading: Story = {
  name: 'Question as the page heading (label-as-heading)',
  render: () =>
    html`<polder-select label="In welke gemeente woont u na de verhuizing?" name="gemeente" label-as-heading>
      <option value="">Kies een gemeente</option>
      <option value="sudwest-fryslan">Súdwest-Fryslân</option>
      <option value="westerkwartier">Westerkwartier</option>
    </polder-select>`,
};
export const QuestionAsPageHeadingEnglishDark: Story = {
  name: 'Question as the page heading, English, dark',
  globals: { scheme: 'dark' },
  render: () =>
    html`<div lang="en">
      <polder-select label="Which province do you live in?" name="province" label-as-heading>
        <option value="">Choose a province</option>
        <option value="ut">Utrecht</option>
      </polder-select>
    </div>`,
};
