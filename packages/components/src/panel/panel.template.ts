import { html, nothing } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';

const headings = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export interface PanelState {
  heading?: string;
  /** 1–6; the heading's level in the page outline (1 on a confirmation page). */
  headingLevel: number;
  /** The reference number, e.g. `HDJ2123F`. */
  reference?: string;
  /** The text before the reference number ("Uw referentienummer"). */
  referenceLabel: string;
}

/**
 * The shadow markup of `<polder-panel>`, also the class-based markup for pages without JavaScript
 * (`body` then is the message itself instead of a slot).
 */
export function panelTemplate(s: PanelState, body: unknown = html`<slot></slot>`) {
  const level = Math.min(6, Math.max(1, Math.round(s.headingLevel) || 1)) - 1;
  return html`<div class="polder-panel" part="panel">
    ${
      s.heading
        ? staticHtml`<${headings[level]} class="polder-panel__heading" part="heading">${s.heading}</${headings[level]}>`
        : nothing
    }
    ${
      s.reference
        ? html`<p class="polder-panel__reference">
            ${s.referenceLabel}<span class="polder-visually-hidden">:</span>
            <strong class="polder-panel__reference-number">${s.reference}</strong>
          </p>`
        : nothing
    }
    <div class="polder-panel__body">${body}</div>
  </div>`;
}
