import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';

/** Everything the header's markup depends on; the element and the server fill it the same way. */
export interface HeaderState {
  serviceName?: string;
  /**
   * With it, the organisation and service name are one link (usually to the service's start page). A script
   * URL (`javascript:`) is not rendered (see `safeUrl`): the title is then plain text.
   */
  serviceHref?: string;
  organisation?: string;
  /** The menu button's text ("Menu"). */
  menuLabel: string;
  /** JavaScript runs: on narrow screens the navigation collapses behind the menu button. */
  enhanced: boolean;
  /** The collapsed navigation is open. */
  open: boolean;
}

export interface HeaderContent {
  logo?: unknown;
  navigation?: unknown;
  language?: unknown;
}

/**
 * The shadow markup of `<polder-header>`. The landmark role is explicit: a `<header>` inside a shadow root is not
 * a `banner` landmark by itself. A server or a page without JavaScript may pass content instead of the slots.
 */
export function headerTemplate(s: HeaderState, content: HeaderContent = {}) {
  const {
    logo = html`<slot name="logo"></slot>`,
    navigation = html`<slot name="navigation"></slot>`,
    language = html`<slot name="language"></slot>`,
  } = content;
  const title = html`${
    s.organisation
      ? html`<span class="polder-header__organisation" part="organisation">${s.organisation}</span> `
      : nothing
  }${
    s.serviceName
      ? html`<span class="polder-header__service-name" part="service-name">${s.serviceName}</span>`
      : nothing
  }`;
  const serviceHref = safeUrl(s.serviceHref);
  const classes = `polder-header${s.enhanced ? ' polder-header--enhanced' : ''}${s.open ? ' polder-header--open' : ''}`;
  return html`<header class=${classes} role="banner" part="header">
    <div class="polder-header__inner">
      <div class="polder-header__brand">
        <span class="polder-header__logo" part="logo">${logo}</span>
        ${
          serviceHref
            ? html`<a class="polder-header__title" part="title" href=${serviceHref}>${title}</a>`
            : html`<span class="polder-header__title" part="title">${title}</span>`
        }
      </div>
      <div class="polder-header__language" part="language">${language}</div>
      <button
        class="polder-header__menu-button"
        part="menu-button"
        type="button"
        aria-expanded=${s.open ? 'true' : 'false'}
        aria-controls=${ifDefined(s.enhanced ? 'navigation' : undefined)}
      >
        <svg class="polder-header__menu-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path class="polder-header__menu-icon-open" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z"></path>
          <path
            class="polder-header__menu-icon-close"
            d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z"
          ></path>
        </svg>
        ${s.menuLabel}
      </button>
      <div class="polder-header__navigation" part="navigation" id="navigation">${navigation}</div>
    </div>
  </header>`;
}
