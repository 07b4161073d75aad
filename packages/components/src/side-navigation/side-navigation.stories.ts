import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import linkListStyles from '../link-list/link-list.styles.js';
import styles from './side-navigation.styles.js';
import './define.js';

interface Args {
  current: string;
  label: string;
}

const pages = html`<ul>
  <li><a href="#parkeren">Parkeren</a></li>
  <li>
    <a href="#vergunning">Parkeervergunning</a>
    <ul>
      <li><a href="#aanvragen">Aanvragen</a></li>
      <li><a href="#wijzigen">Wijzigen</a></li>
      <li><a href="#opzeggen">Opzeggen</a></li>
    </ul>
  </li>
  <li><a href="#boete">Parkeerboete</a></li>
  <li><a href="#invalide">Gehandicaptenparkeerkaart</a></li>
</ul>`;

const meta: Meta<Args> = {
  title: 'Page/Side navigation',
  component: 'polder-side-navigation',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { current: '#aanvragen', label: '' },
  argTypes: {
    current: {
      control: 'select',
      options: ['', '#parkeren', '#vergunning', '#aanvragen', '#wijzigen', '#opzeggen', '#boete', '#invalide'],
    },
  },
  render: ({ current, label }) =>
    html`<polder-side-navigation current=${ifDefined(current || undefined)} label=${ifDefined(label || undefined)}
      >${pages}</polder-side-navigation
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const CurrentSubPage: Story = { name: 'Current page is a sub-page' };
export const CurrentTopLevel: Story = { name: 'Current page at the top level', args: { current: '#boete' } };
export const NoCurrentPage: Story = { name: 'No current page', args: { current: '' } };
export const Flat: Story = {
  name: 'Without sub-pages',
  render: () =>
    html`<polder-side-navigation current="#b"
      ><ul>
        <li><a href="#a">Wat is een omgevingsvergunning?</a></li>
        <li><a href="#b">Aanvragen</a></li>
        <li><a href="#c">Kosten</a></li>
      </ul></polder-side-navigation
    >`,
};
export const WithLabel: Story = { name: 'With its own label', args: { label: 'Parkeren' } };

export const Dark: Story = { globals: { scheme: 'dark' } };

export const LongDutchWords: Story = {
  name: 'Long Dutch words (320 px)',
  globals: { viewport: { value: 'reflow' } },
  render: () =>
    html`<polder-side-navigation current="#b"
      ><ul>
        <li>
          <a href="#a">Parkeervergunningaanvraagformulier</a>
          <ul>
            <li><a href="#b">Bewonersparkeervergunningverlengingsaanvraag voor tweede voertuigen</a></li>
          </ul>
        </li>
        <li><a href="#c">Gehandicaptenparkeerplaatsaanvraag</a></li>
      </ul></polder-side-navigation
    >`,
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-side-navigation current="#apply"
        ><ul>
          <li><a href="#parking">Parking</a></li>
          <li>
            <a href="#permit">Parking permit</a>
            <ul>
              <li><a href="#apply">Apply</a></li>
              <li><a href="#change">Change</a></li>
            </ul>
          </li>
        </ul></polder-side-navigation
      >
    </div>`,
};

export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // The page only needs the CSS: the same stylesheets the element uses.
    adoptStyles(document, linkListStyles);
    adoptStyles(document, styles);
    return html`<nav class="polder-side-navigation" aria-label="In dit onderdeel">
      <ul class="polder-side-navigation__list">
        <li class="polder-side-navigation__item"><a class="polder-side-navigation__link" href="#p">Parkeren</a></li>
        <li class="polder-side-navigation__item">
          <a class="polder-side-navigation__link" href="#v">Parkeervergunning</a>
          <ul class="polder-side-navigation__list">
            <li class="polder-side-navigation__item">
              <a class="polder-side-navigation__link" href="#a" aria-current="page">Aanvragen</a>
            </li>
          </ul>
        </li>
      </ul>
    </nav>`;
  },
};
