import { html, nothing } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';

const headings = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export interface AccordionState {
  /** Whether the script runs: only then is there a "show all" control. */
  enhanced: boolean;
  allExpanded: boolean;
  /** "Alle secties tonen" / "Alle secties verbergen". */
  toggleAllLabel: string;
  onToggleAll?: () => void;
}

/** The shadow markup of `<polder-accordion>`. */
export function accordionTemplate(s: AccordionState, sections: unknown = html`<slot></slot>`) {
  return html`<div class="polder-accordion" part="accordion">
    ${
      s.enhanced
        ? html`<div class="polder-accordion__controls">
            <button
              class="polder-accordion__toggle-all"
              part="toggle-all"
              type="button"
              aria-expanded=${s.allExpanded ? 'true' : 'false'}
              @click=${s.onToggleAll}
            >
              <span class="polder-accordion__icon" aria-hidden="true"></span>${s.toggleAllLabel}
            </button>
          </div>`
        : nothing
    }
    ${sections}
  </div>`;
}

export interface AccordionSectionState {
  heading?: string;
  /** 1–6; the heading's level in the page outline. */
  headingLevel: number;
  expanded: boolean;
  /**
   * Whether the script runs. Without it (server-rendered, before or without JavaScript) the heading is plain
   * text and the content is shown: a button that does nothing would be a lie.
   */
  enhanced: boolean;
  onToggle?: () => void;
  onBeforeMatch?: () => void;
}

/** The shadow markup of `<polder-accordion-section>`; `heading` and `content` default to the slots. */
export function accordionSectionTemplate(
  s: AccordionSectionState,
  content: unknown = html`<slot></slot>`,
  heading: unknown = html`<slot name="heading">${s.heading}</slot>`,
) {
  const tag = headings[Math.min(6, Math.max(1, Math.round(s.headingLevel) || 2)) - 1];
  const open = s.expanded || !s.enhanced;
  const label = html`<span class="polder-accordion__heading-text">${heading}</span>`;
  return staticHtml`<div class="polder-accordion__section${open ? ' polder-accordion__section--expanded' : ''}" part="section">
    <${tag} class="polder-accordion__heading" part="heading">${
      s.enhanced
        ? html`<button
            class="polder-accordion__button"
            part="button"
            id="button"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="content"
            @click=${s.onToggle}
          >
            ${label}<span class="polder-accordion__icon" aria-hidden="true"></span>
          </button>`
        : label
    }</${tag}>
    <div class="polder-accordion__content" part="content" id="content" hidden=${open ? nothing : 'until-found'} @beforematch=${s.onBeforeMatch}>
      ${content}
    </div>
  </div>`;
}
