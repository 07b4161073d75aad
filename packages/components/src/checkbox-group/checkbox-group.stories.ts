import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../checkbox/define.js';
import './define.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  name: string;
  required: boolean;
  disabled: boolean;
}

const options = html`<polder-checkbox value="bijstand" label="Bijstandsuitkering"></polder-checkbox>
  <polder-checkbox value="toeslag" label="Zorgtoeslag" hint="Van de Belastingdienst"></polder-checkbox>
  <polder-checkbox value="kwijtschelding" label="Kwijtschelding gemeentelijke belastingen"></polder-checkbox>`;

const meta: Meta<Args> = {
  title: 'Forms/Checkbox group',
  component: 'polder-checkbox-group',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    label: 'Welke regelingen ontvangt u?',
    hint: '',
    error: '',
    name: 'regelingen',
    required: false,
    disabled: false,
  },
  render: ({ label, hint, error, name, required, disabled }) =>
    html`<polder-checkbox-group
      label=${label}
      hint=${hint}
      error=${error}
      name=${name}
      ?required=${required}
      ?disabled=${disabled}
      >${options}</polder-checkbox-group
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Kies alles wat van toepassing is.' } };
export const Error: Story = { args: { error: 'Kies welke regelingen u ontvangt' } };
export const Disabled: Story = { args: { disabled: true } };
export const LongText: Story = {
  args: {
    label:
      'Welke van de volgende voorzieningen heeft u in de afgelopen twaalf maanden gebruikt of bij de gemeente aangevraagd, ook als de aanvraag nog in behandeling is?',
    hint: 'Tel ook aanvragen mee die zijn afgewezen of die u heeft ingetrokken, en voorzieningen voor uw partner of kinderen.',
  },
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<form lang="en">
      <polder-checkbox-group label="Which pets do you have?" name="pets" required>
        <polder-checkbox value="dog" label="Dog"></polder-checkbox>
        <polder-checkbox value="cat" label="Cat"></polder-checkbox>
      </polder-checkbox-group>
      <button class="polder-button polder-button--primary">Continue</button>
    </form>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<fieldset class="polder-fieldset polder-checkbox-group">
      <legend class="polder-fieldset__legend">Welke huisdieren heeft u?</legend>
      <div class="polder-fieldset__items">
        <div class="polder-checkbox">
          <input class="polder-checkbox__input" type="checkbox" id="plain-hond" name="plain-dieren" value="hond" />
          <label class="polder-checkbox__label" for="plain-hond">Hond</label>
        </div>
        <div class="polder-checkbox">
          <input class="polder-checkbox__input" type="checkbox" id="plain-kat" name="plain-dieren" value="kat" />
          <label class="polder-checkbox__label" for="plain-kat">Kat</label>
        </div>
      </div>
    </fieldset>`,
};
export const QuestionAsPageHeading: Story = {
  name: 'Question as the page heading (legend-as-heading)',
  render: () =>
    html`<polder-checkbox-group
      label="Welke omgevingsvergunningsprocedures lopen er al?"
      hint="Kies alles wat van toepassing is."
      name="procedures"
      legend-as-heading
    >
      <polder-checkbox value="bouw" label="Bouwvergunning"></polder-checkbox>
      <polder-checkbox value="kap" label="Kapvergunning"></polder-checkbox>
    </polder-checkbox-group>`,
};
export const QuestionAsPageHeadingEnglishDark: Story = {
  name: 'Question as the page heading, English, dark',
  globals: { scheme: 'dark' },
  render: () =>
    html`<div lang="en">
      <polder-checkbox-group label="Which benefits do you receive?" name="benefits" legend-as-heading>
        <polder-checkbox value="rent" label="Rent benefit"></polder-checkbox>
        <polder-checkbox value="care" label="Healthcare benefit"></polder-checkbox>
      </polder-checkbox-group>
    </div>`,
};
