import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import fieldStyles from '../form-control/form-control.styles.js';
import styles from './textarea.styles.js';
import './define.js';
import '../button/define.js';

interface Args {
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  maxlength?: number;
  maxWords?: number;
  rows?: number;
  disabled: boolean;
  readonly: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Textarea',
  component: 'polder-textarea',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { label: 'Toelichting', disabled: false, readonly: false },
  render: (a) =>
    html`<polder-textarea
      label=${a.label}
      hint=${ifDefined(a.hint)}
      error=${ifDefined(a.error)}
      value=${ifDefined(a.value)}
      maxlength=${ifDefined(a.maxlength)}
      max-words=${ifDefined(a.maxWords)}
      rows=${ifDefined(a.rows)}
      name="toelichting"
      ?disabled=${a.disabled}
      ?readonly=${a.readonly}
    ></polder-textarea>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = {
  name: 'Hint',
  args: { hint: 'Beschrijf wat er is gebeurd, waar en wanneer. Vermeld geen medische gegevens.' },
};
export const CharacterCount: Story = {
  name: 'Character count',
  args: { label: 'Waarom vraagt u een ontheffing aan?', maxlength: 200, value: 'Ik woon aan de Dorpsstraat en' },
};
export const WordCount: Story = { name: 'Word count', args: { label: 'Samenvatting', maxWords: 50 } };
export const OverTheLimit: Story = {
  name: 'Over the limit',
  args: { label: 'Korte omschrijving', maxlength: 20, value: 'Dit is duidelijk meer dan twintig tekens' },
};
export const Error: Story = { args: { error: 'Vul een toelichting in', hint: 'Waarom vraagt u dit aan?' } };
export const Disabled: Story = { args: { disabled: true, value: 'Deze tekst kan niet worden gewijzigd' } };
export const ReadOnly: Story = { name: 'Read-only', args: { readonly: true, value: 'Ingediend op 3 maart 2026' } };
export const LongText: Story = {
  args: {
    label:
      'Beschrijf zo precies mogelijk welke werkzaamheden u wilt uitvoeren aan de dijk, de oever of het water, en op welke data',
    hint: 'Noem ook de machines die u gebruikt, de route van zwaar verkeer en de maatregelen die u neemt om schade aan de waterkering te voorkomen.',
    maxlength: 1000,
    rows: 8,
  },
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-textarea label="Summary" hint="Describe your situation" max-words="50"></polder-textarea>
      <polder-textarea label="Comment" maxlength="10" value="Too long for this"></polder-textarea>
    </div>`,
};
export const Validation: Story = {
  name: 'In a form: messages after a submit attempt',
  render: () =>
    html`<form action="#" @submit=${(e: Event) => e.preventDefault()}>
      <polder-textarea label="Uw vraag" name="vraag" required maxlength="300"></polder-textarea>
      <polder-button>Verstuur</polder-button>
    </form>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    for (const s of [visuallyHidden, fieldStyles, styles]) adoptStyles(document, s);
    return html`<div class="polder-form-field">
      <label class="polder-form-field__label" for="plain-toelichting">Toelichting</label>
      <div class="polder-form-field__hint" id="plain-toelichting-hint">Waarom vraagt u dit aan?</div>
      <textarea
        class="polder-textarea"
        id="plain-toelichting"
        name="toelichting"
        rows="5"
        maxlength="200"
        aria-describedby="plain-toelichting-hint plain-toelichting-limit"
      ></textarea>
      <div class="polder-textarea__count" id="plain-toelichting-limit">U kunt maximaal 200 tekens invoeren</div>
    </div>`;
  },
};
export const QuestionAsPageHeading: Story = {
  name: 'Question as the page heading (label-as-heading)',
  render: () =>
    html`<polder-textarea
      label="Waarom vraagt u een omgevingsvergunningsprocedure aan?"
      hint="Beschrijf in het kort wat u wilt bouwen of verbouwen."
      name="toelichting"
      label-as-heading
    ></polder-textarea>`,
};
export const QuestionAsPageHeadingEnglishDark: Story = {
  name: 'Question as the page heading, English, dark',
  globals: { scheme: 'dark' },
  render: () =>
    html`<div lang="en">
      <polder-textarea label="Why are you applying?" name="reason" maxlength="200" label-as-heading></polder-textarea>
    </div>`,
};
