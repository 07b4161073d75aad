import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';

interface Args {
  label: string;
  variant: string;
  type: string;
  disabled: boolean;
  busy: boolean;
  href?: string;
}

const arrow = html`<svg slot="icon-end" aria-hidden="true" viewBox="0 0 24 24" fill="currentColor">
  <path d="M12 4l-1.4 1.4 5.6 5.6H4v2h12.2l-5.6 5.6L12 20l8-8z" />
</svg>`;

const meta: Meta<Args> = {
  title: 'Forms/Button',
  component: 'polder-button',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { label: 'Doorgaan', variant: 'primary', type: 'submit', disabled: false, busy: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'subtle', 'warning'] },
    type: { control: 'inline-radio', options: ['submit', 'button', 'reset'] },
  },
  render: ({ label, variant, type, disabled, busy, href }) =>
    html`<polder-button variant=${variant} type=${type} ?disabled=${disabled} ?busy=${busy} href=${ifDefined(href)}
      >${label}</polder-button
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary', label: 'Opslaan en later verder' } };
export const Subtle: Story = { args: { variant: 'subtle', label: 'Annuleren' } };
export const Warning: Story = {
  name: 'Warning (cannot be undone)',
  args: { variant: 'warning', label: 'Ja, verwijderen' },
};
export const WarningLongLabel: Story = {
  name: 'Warning with a long label',
  args: { variant: 'warning', label: 'Ja, mijn omgevingsvergunningsaanvraag definitief verwijderen' },
};
export const WarningEnglish: Story = {
  name: 'Warning in English',
  render: () => html`<div lang="en"><polder-button variant="warning">Yes, delete</polder-button></div>`,
};
export const Disabled: Story = { args: { disabled: true } };
export const Busy: Story = { args: { busy: true, label: 'Betalen' } };
export const AsLink: Story = { name: 'As a link (href)', args: { href: '#start', label: 'Start nu' } };

export const WithIcon: Story = {
  render: () => html`<polder-button>Volgende stap ${arrow}</polder-button>`,
};

export const LongLabel: Story = {
  args: {
    label: 'Ik ga akkoord met de voorwaarden en wil mijn aanvraag voor een parkeervergunning nu definitief versturen',
  },
};

export const English: Story = {
  render: () => html`<div lang="en"><polder-button busy>Pay now</polder-button></div>`,
};

export const InAForm: Story = {
  name: 'In a form (submit and reset)',
  render: () =>
    html`<form action="#">
      <polder-button name="actie" value="verstuur">Verstuur</polder-button>
      <polder-button type="reset" variant="secondary">Wis formulier</polder-button>
    </form>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<button class="polder-button polder-button--primary" type="button">Doorgaan</button>
      <a class="polder-button polder-button--secondary" href="#start">Start nu</a>
      <button class="polder-button polder-button--warning" type="button">Ja, verwijderen</button>`,
};
