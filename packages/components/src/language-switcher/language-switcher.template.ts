import { html } from 'lit';

/** Everything the language switcher's markup depends on; the element and the server fill it the same way. */
export interface LanguageSwitcherState {
  /** The landmark's accessible name ("Taalkeuze"). */
  label: string;
}

/**
 * The shadow markup of `<polder-language-switcher>`: a named `<nav>` around the slotted links. A page without
 * JavaScript writes the same classes with a `<ul class="polder-language-switcher__list">` (see README).
 */
export function languageSwitcherTemplate(s: LanguageSwitcherState, links: unknown = html`<slot></slot>`) {
  return html`<nav class="polder-language-switcher" part="navigation" aria-label=${s.label}>
    <div class="polder-language-switcher__list" part="list">${links}</div>
  </nav>`;
}
