import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml } from 'lit/static-html.js';

export const ALERT_TYPES = ['info', 'success', 'warning', 'error'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

const headings = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** One 24×24 icon per type, so the type never depends on colour alone (WCAG 1.4.1). */
const icons: Record<AlertType, string> = {
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z',
  success: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8l-9 9Z',
  warning: 'M1 21h22L12 2 1 21Zm12-3h-2v-2h2v2Zm0-4h-2v-4h2v4Z',
  error: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z',
};

export interface AlertState {
  type: AlertType;
  heading?: string;
  /** 1–6; the heading's level in the page outline. */
  headingLevel: number;
  /** Visually hidden name of the type, read before the heading ("Fout:"). */
  typeLabel: string;
  /** `alert`/`status` for a message that appears after the page loaded; none for one that was there. */
  role?: 'alert' | 'status';
  /** Whether the content is shown yet (a live region announces content added after it exists). */
  showContent: boolean;
}

/**
 * The shadow markup of `<polder-alert>`, also the class-based markup for pages without JavaScript
 * (`body` then is the message itself instead of a slot).
 */
export function alertTemplate(s: AlertState, body: unknown = html`<slot></slot>`) {
  const level = Math.min(6, Math.max(1, Math.round(s.headingLevel) || 2)) - 1;
  const content = s.showContent
    ? html`${
          s.heading
            ? staticHtml`<${headings[level]} class="polder-alert__heading"><span class="polder-visually-hidden">${s.typeLabel}</span>${s.heading}</${headings[level]}>`
            : html`<span class="polder-visually-hidden">${s.typeLabel}</span>`
        }
        <div class="polder-alert__body">${body}</div>`
    : nothing;
  return html`<div class="polder-alert polder-alert--${s.type}" part="alert" role=${ifDefined(s.role)}>
    <svg class="polder-alert__icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d=${icons[s.type]}></path>
    </svg>
    <div class="polder-alert__content">${content}</div>
  </div>`;
}
