import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  summary: string;
  open: boolean;
}

const meta: Meta<Args> = {
  title: 'Content/Details',
  component: 'polder-details',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { summary: 'Waarom vragen we uw burgerservicenummer?', open: false },
  render: ({ summary, open }) =>
    html`<polder-details summary=${summary} ?open=${open}>
      <p>Met uw burgerservicenummer (BSN) vinden we uw gegevens in de Basisregistratie Personen.</p>
    </polder-details>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Open: Story = { args: { open: true } };

export const RichSummary: Story = {
  name: 'Summary slot',
  render: () =>
    html`<polder-details>
      <span slot="summary">Hulp bij <strong>dit formulier</strong></span>
      <p>Bel 14 020 op werkdagen van 8.00 tot 17.00 uur.</p>
    </polder-details>`,
};

export const LongText: Story = {
  args: {
    open: true,
    summary:
      'Wat gebeurt er met mijn gegevens als ik de aanvraag voor een tegemoetkoming voortijdig afbreek of niet afmaak?',
  },
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-details summary="Why do we ask for your citizen service number?">
        <p>We use it to find your details in the population register.</p>
      </polder-details>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<details class="polder-details">
      <summary class="polder-details__summary">
        <span class="polder-details__summary-text">Waarom vragen we uw burgerservicenummer?</span>
      </summary>
      <div class="polder-details__content">Met uw BSN vinden we uw gegevens in de Basisregistratie Personen.</div>
    </details>`,
};
