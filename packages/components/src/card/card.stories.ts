import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';

interface Args {
  heading: string;
  href?: string;
  headingLevel: number;
  description: string;
}

const image = html`<svg slot="image" viewBox="0 0 40 16" role="presentation" aria-hidden="true">
  <rect width="40" height="16" fill="#9bb0d0"></rect>
  <circle cx="8" cy="6" r="3" fill="#f5d76e"></circle>
</svg>`;

const meta: Meta<Args> = {
  title: 'Content/Card',
  component: 'polder-card',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    heading: 'Parkeervergunning aanvragen',
    href: '#parkeren',
    headingLevel: 3,
    description: 'Vraag een vergunning aan voor uw straat of wijk.',
  },
  render: ({ heading, href, headingLevel, description }) =>
    html`<polder-card heading=${heading} href=${ifDefined(href)} heading-level=${headingLevel}
      >${description}</polder-card
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithImage: Story = {
  name: 'With an image',
  render: () =>
    html`<polder-card heading="Afvalkalender" href="#afval">${image}Wanneer wordt uw afval opgehaald?</polder-card>`,
};
export const WithoutLink: Story = { name: 'Without a link (not interactive)', args: { href: undefined } };
export const NestedLink: Story = {
  name: 'Error: a link inside (development warning)',
  render: () =>
    html`<polder-card heading="Afval" href="#afval">Lees <a href="#meer">meer over afval</a>.</polder-card>`,
};
export const LongText: Story = {
  args: {
    heading: 'Ontheffing aanvragen voor het parkeren van een camper, caravan of aanhanger op de openbare weg',
    description:
      'U mag een voertuig langer dan zes meter alleen op de openbare weg parkeren met een ontheffing. Lees wat de voorwaarden zijn en hoe u die aanvraagt.',
  },
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-card heading="Apply for a parking permit" href="#parking"
        >Apply for a permit for your street or neighbourhood.</polder-card
      >
    </div>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<div class="polder-card">
      <div class="polder-card__content">
        <h3 class="polder-card__heading">
          <a class="polder-card__link" href="#parkeren">Parkeervergunning aanvragen</a>
        </h3>
        <div class="polder-card__body">Vraag een vergunning aan voor uw straat of wijk.</div>
      </div>
    </div>`,
};
