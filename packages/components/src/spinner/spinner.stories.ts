import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';

interface Args {
  size: string;
  label?: string;
  hideLabel: boolean;
}

const meta: Meta<Args> = {
  title: 'Content/Spinner',
  component: 'polder-spinner',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { size: 'medium', hideLabel: false },
  argTypes: { size: { control: 'inline-radio', options: ['small', 'medium', 'large'] } },
  render: ({ size, label, hideLabel }) =>
    html`<polder-spinner size=${size} label=${ifDefined(label)} ?hide-label=${hideLabel}></polder-spinner>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Small: Story = { args: { size: 'small' } };
export const Large: Story = { args: { size: 'large', label: 'Uw betaling wordt gecontroleerd' } };
export const HiddenLabel: Story = { name: 'Label for screen readers only', args: { hideLabel: true } };
export const BadSize: Story = { name: 'Error: unknown size (falls back, with a warning)', args: { size: 'huge' } };
export const LongText: Story = {
  args: {
    label:
      'Even geduld: we halen uw gegevens op bij de Basisregistratie Personen en de Kamer van Koophandel. Dit kan een minuut duren.',
  },
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () => html`<div lang="en"><polder-spinner></polder-spinner></div>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<div class="polder-spinner polder-spinner--medium" role="status">
      <svg class="polder-spinner__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle class="polder-spinner__track" cx="12" cy="12" r="10"></circle>
        <path class="polder-spinner__indicator" d="M12 2a10 10 0 0 1 10 10"></path>
      </svg>
      <span class="polder-spinner__label">Bezig met laden</span>
    </div>`,
};
