import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml } from 'lit/static-html.js';

export const NOTIFICATION_BANNER_TYPES = ['info', 'success'] as const;
export type NotificationBannerType = (typeof NOTIFICATION_BANNER_TYPES)[number];

const headings = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export interface NotificationBannerState {
  type: NotificationBannerType;
  /** The title bar text, which names the banner ("Belangrijk", "Gelukt"). */
  title: string;
  /** The message's own heading, shown large under the title ("Uw wijziging is opgeslagen"). */
  heading?: string;
  /** 1–6; the level of the title in the page outline (default 2). */
  headingLevel?: number;
  /** The title's id: unique in its tree (in a shadow root the default is fine). */
  titleId?: string;
  /** Whether the banner can take focus from a script (a success banner takes focus when it first renders). */
  focusable?: boolean;
}

/**
 * The shadow markup of `<polder-notification-banner>`, also the class-based markup for pages without
 * JavaScript (`body` then is the message itself instead of a slot). Info is a region named by its title;
 * success is an alert (`role="alert"`), for the message after a redirect.
 */
export function notificationBannerTemplate(s: NotificationBannerState, body: unknown = html`<slot></slot>`) {
  const level = Math.min(6, Math.max(1, Math.round(s.headingLevel ?? 2) || 2)) - 1;
  const id = s.titleId ?? 'title';
  return html`<div
    class="polder-notification-banner polder-notification-banner--${s.type}"
    part="banner"
    role=${s.type === 'success' ? 'alert' : 'region'}
    aria-labelledby=${id}
    tabindex=${ifDefined(s.focusable ? '-1' : undefined)}
  >
    <div class="polder-notification-banner__header">
      ${staticHtml`<${headings[level]} class="polder-notification-banner__title" part="title" id=${id}>${s.title}</${headings[level]}>`}
    </div>
    <div class="polder-notification-banner__content">
      ${s.heading ? html`<p class="polder-notification-banner__heading" part="heading">${s.heading}</p>` : nothing}
      <div class="polder-notification-banner__body">${body}</div>
    </div>
  </div>`;
}
