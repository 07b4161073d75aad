import { html } from 'lit';

export const PHASES = ['beta', 'alpha'] as const;
export type Phase = (typeof PHASES)[number];

/** Everything the banner's markup depends on; the element and the server fill it the same way. */
export interface PhaseBannerState {
  phase: Phase;
  /** The phase as shown in the tag ("Bèta", "Alpha"). */
  phaseLabel: string;
}

/**
 * The shadow markup of `<polder-phase-banner>`, also the class-based markup for pages without JavaScript
 * (`body` then is the text with the feedback link instead of a slot). The phase is a `.polder-tag`, styled by
 * the tag's public stylesheet and tokens.
 */
export function phaseBannerTemplate(s: PhaseBannerState, body: unknown = html`<slot></slot>`) {
  return html`<div class="polder-phase-banner polder-phase-banner--${s.phase}" part="banner">
    <p class="polder-phase-banner__content">
      <strong class="polder-tag polder-tag--info polder-phase-banner__tag" part="tag">${s.phaseLabel}</strong>
      <span class="polder-phase-banner__text">${body}</span>
    </p>
  </div>`;
}
