import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  headingLevel: number;
  firstExpanded: boolean;
}

const meta: Meta<Args> = {
  title: 'Content/Accordion',
  component: 'polder-accordion',
  subcomponents: { PolderAccordionSection: 'polder-accordion-section' },
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { headingLevel: 2, firstExpanded: false },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  render: ({ headingLevel, firstExpanded }) =>
    html`<polder-accordion heading-level=${headingLevel}>
      <polder-accordion-section heading="Wie kan een parkeervergunning aanvragen?" ?expanded=${firstExpanded}>
        <p>Iedereen die in een wijk met betaald parkeren woont en een auto op zijn naam heeft.</p>
      </polder-accordion-section>
      <polder-accordion-section heading="Wat kost een vergunning?">
        <p>Een vergunning kost € 120 per jaar. U betaalt vooraf.</p>
      </polder-accordion-section>
      <polder-accordion-section heading="Hoe lang duurt het?">
        <p>U krijgt binnen acht weken een besluit.</p>
      </polder-accordion-section>
    </polder-accordion>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const OneExpanded: Story = { args: { firstExpanded: true } };

export const RichHeading: Story = {
  name: 'Heading slot',
  render: () =>
    html`<polder-accordion>
      <polder-accordion-section>
        <span slot="heading">Kosten in <abbr title="twee­duizend vijf­en­twintig">2025</abbr></span>
        <p>€ 120 per jaar.</p>
      </polder-accordion-section>
    </polder-accordion>`,
};

export const LongText: Story = {
  render: () =>
    html`<polder-accordion>
      <polder-accordion-section
        expanded
        heading="Hoe lang duurt het voordat ik een besluit krijg over mijn aanvraag voor een parkeervergunning voor bezoekers?"
      >
        <p>
          Kinderopvangtoeslagaanvraagformulieren en parkeervergunningaanvragen worden binnen acht weken behandeld. Als
          wij meer tijd nodig hebben, krijgt u daarover een brief.
        </p>
      </polder-accordion-section>
      <polder-accordion-section heading="Kort">Kort antwoord.</polder-accordion-section>
    </polder-accordion>`,
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-accordion>
        <polder-accordion-section heading="Who can apply?"
          ><p>Anyone who lives in the area.</p></polder-accordion-section
        >
        <polder-accordion-section heading="What does it cost?"><p>€ 120 a year.</p></polder-accordion-section>
      </polder-accordion>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<div class="polder-accordion">
      <div class="polder-accordion__section">
        <h2 class="polder-accordion__heading">
          <span class="polder-accordion__heading-text">Wie kan een parkeervergunning aanvragen?</span>
        </h2>
        <div class="polder-accordion__content"><p>Iedereen die in de wijk woont.</p></div>
      </div>
      <div class="polder-accordion__section">
        <h2 class="polder-accordion__heading">
          <span class="polder-accordion__heading-text">Wat kost een vergunning?</span>
        </h2>
        <div class="polder-accordion__content"><p>€ 120 per jaar.</p></div>
      </div>
    </div>`,
};
