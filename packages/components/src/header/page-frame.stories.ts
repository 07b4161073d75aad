import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../skip-link/define.js';
import '../navigation/define.js';
import '../language-switcher/define.js';
import '../footer/define.js';
import './define.js';
import { logo } from './header.stories.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import headerStyles from './header.styles.js';
import skipLinkStyles from '../skip-link/skip-link.styles.js';
import navigationStyles from '../navigation/navigation.styles.js';
import languageSwitcherStyles from '../language-switcher/language-switcher.styles.js';
import footerStyles from '../footer/footer.styles.js';

const meta: Meta = {
  title: 'Page/Page frame',
  tags: ['autodocs'],
  parameters: { status: 'beta', layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

/**
 * Every page of a service: the skip link first, then the header (banner) with the language switcher and the main
 * navigation, the main content (`id="main"`), and the footer (contentinfo). Press Tab to see the skip link.
 */
export const PageFrame: Story = {
  name: 'Full page frame',
  render: () =>
    html`<polder-skip-link></polder-skip-link>
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
      <main id="main">
        <h1>Parkeervergunning aanvragen</h1>
        <p>Met een parkeervergunning parkeert u in uw eigen wijk.</p>
      </main>
      <polder-footer organisation="© Gemeente Voorbeeld">
        <p slot="content">Vragen? Bel 14 020.</p>
        <a href="/privacy">Privacy</a>
        <a href="/toegankelijkheid">Toegankelijkheidsverklaring</a>
        <a href="/contact">Contact</a>
      </polder-footer>`,
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
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
      <main id="main"><h1>Apply for a parking permit</h1></main>
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
      for (const sheet of [skipLinkStyles, headerStyles, navigationStyles, languageSwitcherStyles, footerStyles])
        adoptStyles(document, sheet);
      return story();
    },
  ],
  render: () =>
    html`<a class="polder-skip-link" href="#main-plain">Direct naar de inhoud</a>
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
      <main id="main-plain" tabindex="-1"><h1>Parkeervergunning aanvragen</h1></main>
      <footer class="polder-footer">
        <div class="polder-footer__inner">
          <nav class="polder-footer__navigation" aria-label="Over deze website">
            <ul class="polder-footer__list">
              <li class="polder-footer__item"><a class="polder-footer__link" href="/privacy">Privacy</a></li>
            </ul>
          </nav>
          <p class="polder-footer__organisation">© Gemeente Voorbeeld</p>
        </div>
      </footer>`,
};
