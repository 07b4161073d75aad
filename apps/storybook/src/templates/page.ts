// The page around every template and pattern example: what a service puts on each page. Skip link, header with
// the language switcher, phase banner, back link, <main> and footer, laid out with the page layer of @polder/css
// (.polder-page, .polder-width-container, .polder-page__main, .polder-grid). Copy it with the template.
import { html, nothing, type TemplateResult } from 'lit';
import '../../../../packages/components/src/back-link/define.js';
import '../../../../packages/components/src/footer/define.js';
import '../../../../packages/components/src/header/define.js';
import '../../../../packages/components/src/language-switcher/define.js';
import '../../../../packages/components/src/phase-banner/define.js';
import '../../../../packages/components/src/skip-link/define.js';

export interface PageOptions {
  /** Where the back link goes; no back link on the first page of a service. */
  back?: string;
  /** The page's content, in the two-thirds column. */
  body: TemplateResult;
}

export const page = ({ back, body }: PageOptions) =>
  html`<div class="polder-page">
    <polder-skip-link href="#main">Direct naar de inhoud</polder-skip-link>
    <polder-header organisation="Gemeente Voorbeeld" service-name="Verhuizing doorgeven" service-href="#start">
      <polder-language-switcher slot="language" current="nl">
        <a href="#nl" hreflang="nl" lang="nl">Nederlands</a>
        <a href="#en" hreflang="en" lang="en">English</a>
      </polder-language-switcher>
    </polder-header>
    <div class="polder-width-container">
      <polder-phase-banner phase="beta"
        >Dit is een nieuwe dienst. <a href="#feedback">Wat vindt u ervan?</a></polder-phase-banner
      >
      ${back ? html`<polder-back-link href=${back}>Terug</polder-back-link>` : nothing}
      <main class="polder-page__main" id="main" tabindex="-1">
        <div class="polder-grid">
          <div class="polder-grid__column--two-thirds">${body}</div>
        </div>
      </main>
    </div>
    <polder-footer organisation="© Gemeente Voorbeeld">
      <a href="#privacy">Privacy</a>
      <a href="#toegankelijkheid">Toegankelijkheidsverklaring</a>
      <a href="#contact">Contact</a>
    </polder-footer>
  </div>`;
