import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  name: string;
  value: string;
  min: string;
  max: string;
  autocomplete: string;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Date input',
  component: 'polder-date-input',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    label: 'Geboortedatum',
    hint: 'Bijvoorbeeld 27 3 2007',
    error: '',
    name: 'geboortedatum',
    value: '',
    min: '',
    max: '',
    autocomplete: 'bday',
    required: false,
    disabled: false,
  },
  render: (a) =>
    html`<polder-date-input
      label=${a.label}
      hint=${a.hint}
      error=${a.error}
      name=${a.name}
      value=${a.value}
      min=${a.min}
      max=${a.max}
      autocomplete=${a.autocomplete}
      ?required=${a.required}
      ?disabled=${a.disabled}
    ></polder-date-input>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Filled: Story = { args: { value: '2007-03-27' } };
export const WithoutHint: Story = { args: { hint: '', label: 'Datum van het besluit', autocomplete: '' } };
export const Error: Story = { args: { error: 'De datum moet een echte datum zijn', value: '2023-02-31' } };
export const Disabled: Story = { args: { disabled: true, value: '1990-01-01' } };
export const LongText: Story = {
  args: {
    label:
      'Op welke datum heeft u het besluit ontvangen waartegen u bezwaar wilt maken, of waarop u het besluit had moeten ontvangen?',
    hint: 'U vindt de datum rechtsboven in de brief. Weet u de precieze datum niet meer, vul dan de datum in die u het beste weet.',
    autocomplete: '',
  },
};
export const ValidationInAForm: Story = {
  name: 'Validation (required, min and max)',
  render: () =>
    html`<form>
      <polder-date-input
        name="ingang"
        label="Ingangsdatum"
        hint="Tussen 1 januari 2025 en 31 december 2026"
        min="2025-01-01"
        max="2026-12-31"
        required
      ></polder-date-input>
      <button class="polder-button polder-button--primary">Doorgaan</button>
    </form>`,
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<form lang="en">
      <polder-date-input name="dob" label="Date of birth" hint="For example, 27 3 2007" autocomplete="bday" required>
      </polder-date-input>
      <button class="polder-button polder-button--primary">Continue</button>
    </form>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<fieldset class="polder-fieldset polder-date-input" aria-describedby="plain-gd-hint">
      <legend class="polder-fieldset__legend">Geboortedatum</legend>
      <div class="polder-fieldset__hint" id="plain-gd-hint">Bijvoorbeeld 27 3 2007</div>
      <div class="polder-fieldset__items">
        <div class="polder-date-input__item">
          <label class="polder-date-input__label" for="plain-gd-day">Dag</label>
          <input
            class="polder-date-input__input polder-date-input__input--day"
            id="plain-gd-day"
            name="gd-day"
            inputmode="numeric"
            maxlength="2"
          />
        </div>
        <div class="polder-date-input__item">
          <label class="polder-date-input__label" for="plain-gd-month">Maand</label>
          <input
            class="polder-date-input__input polder-date-input__input--month"
            id="plain-gd-month"
            name="gd-month"
            inputmode="numeric"
            maxlength="2"
          />
        </div>
        <div class="polder-date-input__item">
          <label class="polder-date-input__label" for="plain-gd-year">Jaar</label>
          <input
            class="polder-date-input__input polder-date-input__input--year"
            id="plain-gd-year"
            name="gd-year"
            inputmode="numeric"
            maxlength="4"
          />
        </div>
      </div>
    </fieldset>`,
};
export const QuestionAsPageHeading: Story = {
  name: 'Question as the page heading (label-as-heading)',
  render: () =>
    html`<polder-date-input
      label="Wanneer gaat de omgevingsvergunningsprocedure in?"
      hint="Bijvoorbeeld 27 3 2027"
      name="ingang"
      label-as-heading
    ></polder-date-input>`,
};
export const QuestionAsPageHeadingEnglishDark: Story = {
  name: 'Question as the page heading, English, dark',
  globals: { scheme: 'dark' },
  render: () =>
    html`<div lang="en">
      <polder-date-input
        label="What is your date of birth?"
        hint="For example, 27 3 2007"
        name="dob"
        autocomplete="bday"
        label-as-heading
      ></polder-date-input>
    </div>`,
};
