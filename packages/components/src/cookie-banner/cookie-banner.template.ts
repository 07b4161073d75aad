import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';

/** The two answers, submitted as `<name>=accept` or `<name>=reject`. */
export const COOKIE_CHOICES = ['accept', 'reject'] as const;
export type CookieChoice = (typeof COOKIE_CHOICES)[number];

export interface CookieBannerState {
  heading?: string;
  /** Where the form posts the choice; without it, the current page. */
  action?: string;
  /** The name the buttons submit under (default `cookies`). */
  name: string;
  /** Hidden fields the form sends with the choice (name and value), e.g. an anti-forgery token. */
  fields?: readonly (readonly [string, string])[];
  /** The answer given in this page (with JavaScript); none while the question is open. */
  choice?: CookieChoice;
  acceptLabel: string;
  rejectLabel: string;
  /** The confirmation for the answer given ("U heeft aanvullende cookies geaccepteerd."). */
  confirmation?: string;
  hideLabel: string;
  onSubmit?: (event: SubmitEvent) => void;
  onHide?: () => void;
}

/**
 * The shadow markup of `<polder-cookie-banner>`: a region named by its heading, with a real
 * `<form method="post">` whose two submit buttons send `<name>=accept` or `<name>=reject`, so the choice reaches
 * the server without JavaScript. The form and its buttons live in one tree, so the form owns them (also as
 * declarative shadow DOM, before any script), with the hidden `fields` (an anti-forgery token) at its start. With
 * an answer it shows the confirmation and a hide button.
 * Buttons use polder-button's public classes.
 */
export function cookieBannerTemplate(s: CookieBannerState, body: unknown = html`<slot></slot>`) {
  const heading = html`<h2 class="polder-cookie-banner__heading" part="heading" id="heading">${s.heading}</h2>`;
  return html`<div class="polder-cookie-banner" part="banner" role="region" aria-labelledby="heading">
    ${
      s.choice
        ? html`<div class="polder-cookie-banner__message" part="message" role="alert" tabindex="-1">
            ${heading}
            <p class="polder-cookie-banner__body">${s.confirmation}</p>
            <div class="polder-cookie-banner__actions">
              <button class="polder-button polder-button--secondary" type="button" @click=${s.onHide}>
                ${s.hideLabel}
              </button>
            </div>
          </div>`
        : html`<form
            class="polder-cookie-banner__form"
            method="post"
            action=${ifDefined(safeUrl(s.action))}
            @submit=${s.onSubmit}
          >
            ${(s.fields ?? []).map(([name, value]) => html`<input type="hidden" name=${name} value=${value} />`)}
            ${heading}
            <div class="polder-cookie-banner__body">${body}</div>
            <div class="polder-cookie-banner__actions">
              <button class="polder-button polder-button--primary" type="submit" name=${s.name} value="accept">
                ${s.acceptLabel}
              </button>
              <button class="polder-button polder-button--primary" type="submit" name=${s.name} value="reject">
                ${s.rejectLabel}
              </button>
            </div>
          </form>`
    }
  </div>`;
}
