import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import '../text-field/define.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  name: string;
  checked: boolean;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Checkbox',
  component: 'polder-checkbox',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    label: 'Ik ga akkoord met de voorwaarden',
    hint: '',
    error: '',
    name: 'akkoord',
    checked: false,
    required: false,
    disabled: false,
  },
  render: ({ label, hint, error, name, checked, required, disabled }) =>
    html`<polder-checkbox
      label=${label}
      hint=${hint}
      error=${error}
      name=${name}
      value="ja"
      ?checked=${checked}
      ?required=${required}
      ?disabled=${disabled}
    ></polder-checkbox>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Checked: Story = { args: { checked: true } };
export const WithHint: Story = { args: { hint: 'U kunt de voorwaarden nalezen op de website van de gemeente.' } };
export const Error: Story = { args: { error: 'Ga akkoord met de voorwaarden om verder te gaan' } };
export const Disabled: Story = { args: { disabled: true, checked: true } };
export const LongText: Story = {
  args: {
    label:
      'Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld, en dat ik weet dat een onjuiste of onvolledige opgave gevolgen kan hebben voor mijn aanvraag',
  },
};
export const RichLabel: Story = {
  name: 'Rich label (slot)',
  render: () =>
    html`<polder-checkbox name="akkoord" required>
      <span slot="label">Ik ga akkoord met de <a href="#voorwaarden">voorwaarden</a></span>
    </polder-checkbox>`,
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<form lang="en">
      <polder-checkbox name="terms" label="I agree to the terms and conditions" required></polder-checkbox>
      <button class="polder-button polder-button--primary">Continue</button>
    </form>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<div class="polder-checkbox">
      <input class="polder-checkbox__input" type="checkbox" id="plain-akkoord" name="plain-akkoord" value="ja" />
      <label class="polder-checkbox__label" for="plain-akkoord">Ik ga akkoord met de voorwaarden</label>
    </div>`,
};
export const ConditionalReveal: Story = {
  name: 'Follow-up question (conditional reveal)',
  render: () =>
    html`<polder-checkbox
        name="brief"
        value="ja"
        label="Stuur mij de omgevingsvergunningsprocedure ook per post"
        checked
      >
        <polder-text-field slot="conditional" label="Postadres" name="postadres" autocomplete="street-address">
        </polder-text-field>
      </polder-checkbox>
      <div lang="en">
        <polder-checkbox name="sms" value="yes" label="Also send me a text message">
          <polder-text-field slot="conditional" type="tel" label="Mobile number" name="mobile"></polder-text-field>
        </polder-checkbox>
      </div>`,
};
export const ConditionalRevealDark: Story = {
  ...ConditionalReveal,
  name: 'Follow-up question, dark',
  globals: { scheme: 'dark' },
};
