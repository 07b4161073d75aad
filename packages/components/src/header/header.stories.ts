import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../navigation/define.js';
import '../language-switcher/define.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import styles from './header.styles.js';
import navigationStyles from '../navigation/navigation.styles.js';
import './define.js';

interface Args {
  organisation?: string;
  serviceName?: string;
  serviceHref?: string;
}

/** A one-colour logo drawn with `currentColor`: it takes the theme's header logo colour. */
export const logo = html`<svg
  slot="logo"
  role="img"
  aria-label="Gemeente Voorbeeld"
  viewBox="0 0 40 40"
  width="48"
  height="48"
>
  <rect x="1.5" y="1.5" width="37" height="37" rx="6" fill="none" stroke="currentColor" stroke-width="3"></rect>
  <path d="M8 28 20 10l12 18z" fill="currentColor"></path>
</svg>`;

const navigation = html`<polder-navigation slot="navigation" current="/aanvragen">
  <a href="/">Home</a>
  <a href="/aanvragen">Aanvragen</a>
  <a href="/mijn-vergunningen">Mijn vergunningen</a>
  <a href="/contact">Contact</a>
</polder-navigation>`;

const languages = html`<polder-language-switcher slot="language">
  <a href="/nl/" hreflang="nl">Nederlands</a>
  <a href="/en/" hreflang="en">English</a>
</polder-language-switcher>`;

const meta: Meta<Args> = {
  title: 'Page/Header',
  component: 'polder-header',
  tags: ['autodocs'],
  parameters: { status: 'beta', layout: 'fullscreen' },
  args: { organisation: 'Gemeente Voorbeeld', serviceName: 'Parkeervergunning aanvragen', serviceHref: '/' },
  render: ({ organisation, serviceName, serviceHref }) =>
    html`<polder-header
      organisation=${ifDefined(organisation)}
      service-name=${ifDefined(serviceName)}
      service-href=${ifDefined(serviceHref)}
      >${logo}${languages}${navigation}</polder-header
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const NameOnly: Story = {
  name: 'Service name only (no link, no navigation)',
  render: () => html`<polder-header organisation="Provincie Voorbeeld" service-name="Subsidieloket"></polder-header>`,
};

/** Narrow screens and 400 % zoom: the navigation collapses behind the "Menu" button (Enter/Space, Escape). */
export const Narrow: Story = {
  name: 'Narrow screen (menu button)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const LongText: Story = {
  args: {
    organisation: 'Hoogheemraadschap van Schieland en de Krimpenerwaard',
    serviceName: 'Aanvraag ontheffing voor het lozen van bemalingswater op oppervlaktewater',
  },
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-header organisation="Municipality of Voorbeeld" service-name="Apply for a parking permit" service-href="/"
        >${logo}
        <polder-language-switcher slot="language">
          <a href="/nl/" hreflang="nl">Nederlands</a><a href="/en/" hreflang="en">English</a>
        </polder-language-switcher>
        <polder-navigation slot="navigation" current="/apply"
          ><a href="/">Home</a><a href="/apply">Apply</a><a href="/contact">Contact</a></polder-navigation
        >
      </polder-header>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  // The page links the class CSS (here: adopted into the document), as a server-rendered page would.
  decorators: [
    (story) => {
      adoptStyles(document, styles);
      adoptStyles(document, navigationStyles);
      return story();
    },
  ],
  render: () =>
    html`<header class="polder-header">
      <div class="polder-header__inner">
        <div class="polder-header__brand">
          <a class="polder-header__title" href="/"
            ><span class="polder-header__organisation">Gemeente Voorbeeld</span>
            <span class="polder-header__service-name">Parkeervergunning aanvragen</span></a
          >
        </div>
        <div class="polder-header__navigation">
          <nav class="polder-navigation" aria-label="Hoofdmenu">
            <ul class="polder-navigation__list">
              <li class="polder-navigation__item"><a class="polder-navigation__link" href="/">Home</a></li>
              <li class="polder-navigation__item">
                <a class="polder-navigation__link" href="/aanvragen" aria-current="page">Aanvragen</a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </header>`,
};
