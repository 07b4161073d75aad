import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import fieldsetStyles from '../form-control/fieldset.styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import '../text-field/define.js';
import './define.js';

interface Args {
  legend: string;
  hint: string;
  error: string;
  legendAsHeading: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Fieldset',
  component: 'polder-fieldset',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { legend: 'Wat is uw adres?', hint: '', error: '', legendAsHeading: false, disabled: false },
  render: ({ legend, hint, error, legendAsHeading, disabled }) =>
    html`<polder-fieldset
      legend=${legend}
      hint=${hint}
      error=${error}
      ?legend-as-heading=${legendAsHeading}
      ?disabled=${disabled}
    >
      <polder-text-field label="Straat en huisnummer" name="straat" autocomplete="street-address"></polder-text-field>
      <polder-text-field label="Postcode" name="postcode" width="10" autocomplete="postal-code"></polder-text-field>
      <polder-text-field label="Woonplaats" name="plaats" autocomplete="address-level2"></polder-text-field>
    </polder-fieldset>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Het adres waar u staat ingeschreven.' } };
export const WithError: Story = { args: { error: 'Vul uw volledige adres in' } };
export const Disabled: Story = { args: { disabled: true } };
export const LegendAsHeading: Story = {
  name: 'Legend as the page heading (one question per page)',
  args: { legendAsHeading: true, hint: 'Het adres waar u staat ingeschreven.' },
};

export const NativeControls: Story = {
  name: 'A custom question with native controls',
  render: () =>
    html`<form>
      <polder-fieldset legend="Uw kenteken" hint="Bijvoorbeeld AB-12-CD.">
        <label for="story-kenteken">Kenteken</label>
        <input id="story-kenteken" name="kenteken" required autocomplete="off" />
      </polder-fieldset>
    </form>`,
};

export const Dark: Story = { args: { error: 'Vul uw volledige adres in' }, globals: { scheme: 'dark' } };

export const LongDutchWords: Story = {
  name: 'Long Dutch words (320 px)',
  globals: { viewport: { value: 'reflow' } },
  args: {
    legend: 'Parkeervergunningaanvraagformulier: wat is uw adres?',
    hint: 'Gemeenteraadsverkiezingsuitslagbekendmaking',
    legendAsHeading: true,
  },
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-fieldset legend="What is your address?" hint="Where you are registered." error="Enter your address">
        <polder-text-field label="Street and number" name="street"></polder-text-field>
        <polder-text-field label="Town or city" name="town"></polder-text-field>
      </polder-fieldset>
    </div>`,
};

export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // The page only needs the shared fieldset stylesheet (and the visually hidden class).
    adoptStyles(document, visuallyHidden);
    adoptStyles(document, fieldsetStyles);
    return html`<fieldset class="polder-fieldset polder-fieldset--question" aria-describedby="plain-hint">
      <legend class="polder-fieldset__legend"><h1 class="polder-fieldset__heading">Waar woont u?</h1></legend>
      <div class="polder-fieldset__hint" id="plain-hint">Het adres waar u staat ingeschreven.</div>
      <div class="polder-fieldset__items">
        <label for="plain-plaats">Woonplaats</label>
        <input id="plain-plaats" name="plaats" autocomplete="address-level2" />
      </div>
    </fieldset>`;
  },
};
