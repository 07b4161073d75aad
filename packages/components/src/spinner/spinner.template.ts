import { html } from 'lit';

export const SPINNER_SIZES = ['medium', 'small', 'large'] as const;
export type SpinnerSize = (typeof SPINNER_SIZES)[number];

export interface SpinnerState {
  size: SpinnerSize;
  /** The text that says what is happening ("Bezig met laden"). */
  label: string;
  /** Announce the label to assistive technology only, without showing it. */
  hideLabel?: boolean;
  /**
   * Whether the label is in the live region yet. A spinner that appears after the page loaded gets its text one
   * frame after the (empty) status region exists, so screen readers announce it.
   */
  showLabel: boolean;
}

/**
 * The shadow markup of `<polder-spinner>`, also the class-based markup for pages without JavaScript: a status
 * region with a decorative ring and the label.
 */
export function spinnerTemplate(s: SpinnerState) {
  return html`<div class="polder-spinner polder-spinner--${s.size}" part="spinner" role="status">
    <svg class="polder-spinner__icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle class="polder-spinner__track" cx="12" cy="12" r="10"></circle>
      <path class="polder-spinner__indicator" d="M12 2a10 10 0 0 1 10 10"></path>
    </svg>
    <span class="polder-spinner__label${s.hideLabel ? ' polder-visually-hidden' : ''}" part="label"
      >${s.showLabel ? s.label : ''}</span
    >
  </div>`;
}
