import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import '../text-field/define.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  name: string;
  required: boolean;
  disabled: boolean;
  orientation: string;
}

const options = html`<polder-radio value="paspoort" label="Paspoort"></polder-radio>
  <polder-radio value="id-kaart" label="Identiteitskaart" hint="Een Nederlandse identiteitskaart"></polder-radio>
  <polder-radio value="rijbewijs" label="Rijbewijs"></polder-radio>`;

const meta: Meta<Args> = {
  title: 'Forms/Radio group',
  component: 'polder-radio-group',
  subcomponents: { Radio: 'polder-radio' },
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    label: 'Met welk document identificeert u zich?',
    hint: '',
    error: '',
    name: 'document',
    required: false,
    disabled: false,
    orientation: 'vertical',
  },
  argTypes: { orientation: { control: 'inline-radio', options: ['vertical', 'inline'] } },
  render: ({ label, hint, error, name, required, disabled, orientation }) =>
    html`<polder-radio-group
      label=${label}
      hint=${hint}
      error=${error}
      name=${name}
      orientation=${orientation}
      ?required=${required}
      ?disabled=${disabled}
      >${options}</polder-radio-group
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Het document moet nog geldig zijn.' } };
export const Inline: Story = {
  name: 'Inline (Ja / Nee)',
  render: () =>
    html`<polder-radio-group label="Heeft u een partner?" name="partner" orientation="inline">
      <polder-radio value="ja" label="Ja"></polder-radio>
      <polder-radio value="nee" label="Nee"></polder-radio>
    </polder-radio-group>`,
};
export const Error: Story = { args: { error: 'Kies met welk document u zich identificeert' } };
export const Disabled: Story = { args: { disabled: true } };
export const LongText: Story = {
  render: () =>
    html`<polder-radio-group
      name="buitenland"
      label="Heeft u in de afgelopen vijf jaar langer dan drie maanden achter elkaar in een ander land dan Nederland gewoond, gewerkt of gestudeerd?"
      hint="Tel ook verblijf in landen van de Europese Unie mee, en ook een verblijf dat nog niet is afgelopen."
    >
      <polder-radio
        value="ja"
        label="Ja, ik heb langer dan drie maanden achter elkaar in het buitenland gewoond"
      ></polder-radio>
      <polder-radio value="nee" label="Nee, ik heb de afgelopen vijf jaar steeds in Nederland gewoond"></polder-radio>
    </polder-radio-group>`,
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<form lang="en">
      <polder-radio-group label="How do you want to be contacted?" name="contact" required>
        <polder-radio value="email" label="Email"></polder-radio>
        <polder-radio value="phone" label="Phone"></polder-radio>
      </polder-radio-group>
      <button class="polder-button polder-button--primary">Continue</button>
    </form>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<fieldset class="polder-fieldset polder-radio-group">
      <legend class="polder-fieldset__legend">Heeft u een partner?</legend>
      <div class="polder-fieldset__items">
        <div class="polder-radio">
          <input class="polder-radio__input" type="radio" id="plain-ja" name="plain-partner" value="ja" />
          <label class="polder-radio__label" for="plain-ja">Ja</label>
        </div>
        <div class="polder-radio">
          <input class="polder-radio__input" type="radio" id="plain-nee" name="plain-partner" value="nee" />
          <label class="polder-radio__label" for="plain-nee">Nee</label>
        </div>
      </div>
    </fieldset>`,
};
export const QuestionAsPageHeading: Story = {
  name: 'Question as the page heading (legend-as-heading)',
  render: () =>
    html`<polder-radio-group
      label="Heeft u een parkeervergunningaanvraagformulier ingevuld?"
      name="ingevuld"
      legend-as-heading
    >
      <polder-radio value="ja" label="Ja"></polder-radio>
      <polder-radio value="nee" label="Nee"></polder-radio>
    </polder-radio-group>`,
};
export const QuestionAsPageHeadingEnglishDark: Story = {
  name: 'Question as the page heading, English, dark',
  globals: { scheme: 'dark' },
  render: () =>
    html`<div lang="en">
      <polder-radio-group label="Where do you live?" name="country" legend-as-heading>
        <polder-radio value="nl" label="The Netherlands"></polder-radio>
        <polder-radio value="abroad" label="Abroad"></polder-radio>
      </polder-radio-group>
    </div>`,
};
export const ConditionalReveal: Story = {
  name: 'Follow-up question (conditional reveal)',
  render: () =>
    html`<polder-radio-group label="Gaat u inwonen bij iemand?" name="inwonen">
      <polder-radio value="ja" label="Ja" checked>
        <polder-text-field
          slot="conditional"
          label="Naam van de hoofdbewoner van het parkeervergunningaanvraagformulieradres"
          name="hoofdbewoner"
          autocomplete="off"
        ></polder-text-field>
      </polder-radio>
      <polder-radio value="nee" label="Nee"></polder-radio>
      <polder-radio value="weet-niet" label="Dat weet ik nog niet">
        <polder-text-field slot="conditional" label="Wanneer weet u het?" name="wanneer"></polder-text-field>
      </polder-radio>
    </polder-radio-group>`,
};
export const ConditionalRevealEnglishDark: Story = {
  name: 'Follow-up question, English, dark',
  globals: { scheme: 'dark' },
  render: () =>
    html`<div lang="en">
      <polder-radio-group label="How would you like to be contacted?" name="contact" legend-as-heading>
        <polder-radio value="email" label="Email" checked>
          <polder-text-field slot="conditional" type="email" label="Email address" name="email"></polder-text-field>
        </polder-radio>
        <polder-radio value="phone" label="Phone">
          <polder-text-field slot="conditional" type="tel" label="Phone number" name="phone"></polder-text-field>
        </polder-radio>
      </polder-radio-group>
    </div>`,
};
export const ConditionalRevealWithoutJavaScript: Story = {
  name: 'Plain HTML: follow-up question (no JavaScript, always shown)',
  render: () =>
    html`<fieldset class="polder-fieldset polder-radio-group">
      <legend class="polder-fieldset__legend">Gaat u inwonen bij iemand?</legend>
      <div class="polder-fieldset__items">
        <div class="polder-radio">
          <input class="polder-radio__input" type="radio" id="plain-inwonen-ja" name="plain-inwonen" value="ja" />
          <label class="polder-radio__label" for="plain-inwonen-ja">Ja</label>
          <div class="polder-radio__conditional" id="plain-inwonen-ja-conditional">
            <div class="polder-form-field">
              <label class="polder-form-field__label" for="plain-hoofdbewoner">Naam van de hoofdbewoner</label>
              <input class="polder-text-input" id="plain-hoofdbewoner" name="plain-hoofdbewoner" />
            </div>
          </div>
        </div>
        <div class="polder-radio">
          <input class="polder-radio__input" type="radio" id="plain-inwonen-nee" name="plain-inwonen" value="nee" />
          <label class="polder-radio__label" for="plain-inwonen-nee">Nee</label>
        </div>
      </div>
    </fieldset>`,
};
