import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';

interface Args {
  heading: string;
  reference?: string;
  headingLevel: number;
  message: string;
}

const meta: Meta<Args> = {
  title: 'Content/Panel',
  component: 'polder-panel',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    heading: 'Aanvraag verstuurd',
    reference: 'HDJ2123F',
    headingLevel: 1,
    message: 'We hebben u een bevestiging gestuurd per e-mail.',
  },
  render: ({ heading, reference, headingLevel, message }) =>
    html`<polder-panel heading=${heading} reference=${ifDefined(reference)} heading-level=${headingLevel}
      >${message}</polder-panel
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithoutReference: Story = {
  name: 'Without a reference number',
  args: { heading: 'Betaling ontvangen', reference: undefined, message: '' },
};
export const HeadingLevel: Story = { name: 'Heading level 2', args: { headingLevel: 2 } };
export const MissingHeading: Story = {
  name: 'Error: no heading (development warning)',
  args: { heading: '', message: 'Een panel zonder kop: de console waarschuwt.' },
};
export const LongText: Story = {
  args: {
    heading: 'Uw aanvraag voor een ontheffing voor het parkeren van een camper is verstuurd',
    reference: 'ONTH-2026-000123456789',
    message:
      'U krijgt binnen acht weken een besluit. Heeft u vragen over uw aanvraag? Noem dan altijd uw referentienummer.',
  },
};

export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-panel heading="Application complete" reference="HDJ2123F"
        >We have sent you a confirmation email.</polder-panel
      >
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<div class="polder-panel">
      <h1 class="polder-panel__heading">Aanvraag verstuurd</h1>
      <p class="polder-panel__reference">
        Uw referentienummer<span class="polder-visually-hidden">:</span>
        <strong class="polder-panel__reference-number">HDJ2123F</strong>
      </p>
      <div class="polder-panel__body">We hebben u een bevestiging gestuurd per e-mail.</div>
    </div>`,
};
