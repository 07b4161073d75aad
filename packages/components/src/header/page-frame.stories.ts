import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import '../skip-link/define.js';
import '../navigation/define.js';
import '../language-switcher/define.js';
import '../footer/define.js';
import '../heading/define.js';
import './define.js';
import { logo } from './header.stories.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import headerStyles from './header.styles.js';
import skipLinkStyles from '../skip-link/skip-link.styles.js';
import navigationStyles from '../navigation/navigation.styles.js';
import languageSwitcherStyles from '../language-switcher/language-switcher.styles.js';
import footerStyles from '../footer/footer.styles.js';
import headingStyles from '../heading/heading.styles.js';
import paragraphStyles from '../paragraph/paragraph.styles.js';
// The page layer of @polder/css (width container, grid, text), from its source.
import pageLayerSource from '../../../css/src/page.css?inline';

const pageLayer = unsafeCSS(pageLayerSource);

const meta: Meta = {
  title: 'Page/Page frame',
  tags: ['autodocs'],
  parameters: { status: 'beta', layout: 'fullscreen' },
  // The page links @polder/css (here: its page layer adopted into the document), as a service does.
  decorators: [
    (story) => {
      adoptStyles(document, pageLayer);
      return story();
    },
  ],
};
export default meta;
type Story = StoryObj;

/**
 * Every page of a service (the page template of @polder/css: `polder-page`, `polder-page__main`,
 * `polder-width-container`, `polder-grid`, `polder-prose`): the skip link first, then the header (banner) with the language switcher and the main
 * navigation, the main content (`id="main"`), and the footer (contentinfo). Press Tab to see the skip link.
 */
export const PageFrame: Story = {
  name: 'Full page frame',
  render: () =>
    html`<div class="polder-page">
      <polder-skip-link></polder-skip-link>
      <polder-header organisation="Gemeente Voorbeeld" service-name="Parkeervergunning aanvragen" service-href="/"
        >${logo}
        <polder-language-switcher slot="language" current="nl">
          <a href="/nl/" hreflang="nl">Nederlands</a>
          <a href="/en/" hreflang="en">English</a>
        </polder-language-switcher>
        <polder-navigation slot="navigation" current="/aanvragen">
          <a href="/">Home</a>
          <a href="/aanvragen">Aanvragen</a>
          <a href="/mijn-vergunningen">Mijn vergunningen</a>
          <a href="/contact">Contact</a>
        </polder-navigation>
      </polder-header>
      <main class="polder-page__main polder-width-container" id="main">
        <div class="polder-grid">
          <div class="polder-grid__column--two-thirds">
            <polder-heading level="1">Parkeervergunning aanvragen</polder-heading>
            <div class="polder-prose">
              <p>Met een parkeervergunning parkeert u in uw eigen wijk. U heeft nodig:</p>
              <ul>
                <li>het kenteken van uw auto</li>
                <li>uw DigiD</li>
              </ul>
              <p>Lees eerst <a href="/voorwaarden">de voorwaarden voor een parkeervergunning</a>.</p>
            </div>
          </div>
          <aside class="polder-grid__column--one-third polder-prose" aria-label="Hulp">
            <p>Vragen? Bel 14 020.</p>
          </aside>
        </div>
      </main>
      <polder-footer organisation="© Gemeente Voorbeeld">
        <p slot="content">Vragen? Bel 14 020.</p>
        <a href="/privacy">Privacy</a>
        <a href="/toegankelijkheid">Toegankelijkheidsverklaring</a>
        <a href="/contact">Contact</a>
      </polder-footer>
    </div>`,
};

/** No logo: the logo slot takes no space, and the service name starts on the edge of the main content. */
export const LongWords: Story = {
  name: 'Long Dutch words, no logo',
  render: () =>
    html`<div class="polder-page">
      <polder-skip-link></polder-skip-link>
      <polder-header
        organisation="Omgevingsvergunningsprocedure"
        service-name="Parkeervergunningaanvraagformulier"
        service-href="/"
      >
        <polder-navigation slot="navigation" current="/aanvragen">
          <a href="/">Home</a>
          <a href="/aanvragen">Parkeervergunningaanvraagformulier</a>
        </polder-navigation>
      </polder-header>
      <main class="polder-page__main polder-width-container" id="main">
        <div class="polder-grid">
          <div class="polder-grid__column--two-thirds">
            <polder-heading level="1">Parkeervergunningaanvraagformulier</polder-heading>
            <div class="polder-prose">
              <p>De omgevingsvergunningsprocedure en het parkeervergunningaanvraagformulier.</p>
              <ul>
                <li>Omgevingsvergunningsprocedure</li>
              </ul>
            </div>
          </div>
          <div class="polder-grid__column--one-third polder-prose">
            <p><a href="/omgevingsvergunningsprocedure">Omgevingsvergunningsprocedure</a></p>
          </div>
        </div>
      </main>
      <polder-footer organisation="© Omgevingsvergunningsprocedure">
        <a href="/privacy">Parkeervergunningaanvraagformulier</a>
      </polder-footer>
    </div>`,
};

export const English: Story = {
  render: () =>
    html`<div class="polder-page" lang="en">
      <polder-skip-link></polder-skip-link>
      <polder-header
        organisation="Municipality of Voorbeeld"
        service-name="Apply for a parking permit"
        service-href="/en/"
        >${logo}
        <polder-language-switcher slot="language">
          <a href="/nl/" hreflang="nl">Nederlands</a>
          <a href="/en/" hreflang="en">English</a>
        </polder-language-switcher>
        <polder-navigation slot="navigation" current="/en/apply">
          <a href="/en/">Home</a>
          <a href="/en/apply">Apply</a>
        </polder-navigation>
      </polder-header>
      <main class="polder-page__main polder-width-container" id="main">
        <polder-heading level="1">Apply for a parking permit</polder-heading>
      </main>
      <polder-footer organisation="© Municipality of Voorbeeld">
        <a href="/en/privacy">Privacy</a>
        <a href="/en/accessibility">Accessibility statement</a>
      </polder-footer>
    </div>`,
};

/** The same frame with the public classes only, as a server renders it for a page without JavaScript. */
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  // The page links the class CSS (here: adopted into the document), as a server-rendered page would.
  decorators: [
    (story) => {
      for (const sheet of [
        pageLayer,
        skipLinkStyles,
        headerStyles,
        navigationStyles,
        languageSwitcherStyles,
        footerStyles,
        headingStyles,
        paragraphStyles,
      ])
        adoptStyles(document, sheet);
      return story();
    },
  ],
  render: () =>
    html`<div class="polder-page">
      <a class="polder-skip-link" href="#main-plain">Direct naar de inhoud</a>
      <header class="polder-header">
        <div class="polder-header__inner">
          <div class="polder-header__brand">
            <a class="polder-header__title" href="/"
              ><span class="polder-header__organisation">Gemeente Voorbeeld</span>
              <span class="polder-header__service-name">Parkeervergunning aanvragen</span></a
            >
          </div>
          <div class="polder-header__language">
            <nav class="polder-language-switcher" aria-label="Taalkeuze">
              <ul class="polder-language-switcher__list">
                <li class="polder-language-switcher__item">
                  <a class="polder-language-switcher__link" href="/nl/" hreflang="nl" lang="nl" aria-current="true"
                    >Nederlands</a
                  >
                </li>
                <li class="polder-language-switcher__item">
                  <a class="polder-language-switcher__link" href="/en/" hreflang="en" lang="en">English</a>
                </li>
              </ul>
            </nav>
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
      </header>
      <main class="polder-page__main polder-width-container" id="main-plain" tabindex="-1">
        <div class="polder-grid">
          <div class="polder-grid__column--two-thirds">
            <h1 class="polder-heading polder-heading--1">Parkeervergunning aanvragen</h1>
            <p class="polder-paragraph polder-paragraph--lead">
              Met een parkeervergunning parkeert u in uw eigen wijk.
            </p>
            <ul class="polder-list polder-list--bullet">
              <li>het kenteken van uw auto</li>
              <li>uw DigiD</li>
            </ul>
          </div>
        </div>
      </main>
      <footer class="polder-footer">
        <div class="polder-footer__inner">
          <nav class="polder-footer__navigation" aria-label="Over deze website">
            <ul class="polder-footer__list">
              <li class="polder-footer__item"><a class="polder-footer__link" href="/privacy">Privacy</a></li>
            </ul>
          </nav>
          <p class="polder-footer__organisation">© Gemeente Voorbeeld</p>
        </div>
      </footer>
    </div>`,
};
