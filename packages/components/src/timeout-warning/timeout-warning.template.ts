import { html } from 'lit';

export interface TimeoutWarningState {
  heading: string;
  /** The remaining time as shown, updated every second ("1 minuut en 30 seconden"). */
  countdown: string;
  /** The remaining time as announced: set when the dialog opens and then once a minute. */
  announcement: string;
  continueLabel: string;
  onContinue?: () => void;
  onCancel?: (event: Event) => void;
  onClose?: () => void;
}

/**
 * The shadow markup of `<polder-timeout-warning>`: a native modal `<dialog>` named by its heading, with the
 * countdown (shown, hidden from assistive technology) and a polite live region that says the remaining time
 * only when the dialog opens and once a minute.
 */
export function timeoutWarningTemplate(s: TimeoutWarningState, body: unknown = html`<slot></slot>`) {
  return html`<dialog
    class="polder-timeout-warning"
    part="dialog"
    aria-labelledby="heading"
    aria-describedby="countdown"
    @cancel=${s.onCancel}
    @close=${s.onClose}
  >
    <h2 class="polder-timeout-warning__heading" part="heading" id="heading" tabindex="-1">${s.heading}</h2>
    <p class="polder-timeout-warning__countdown" id="countdown" aria-hidden="true">${s.countdown}</p>
    <p class="polder-visually-hidden" aria-live="polite">${s.announcement}</p>
    <div class="polder-timeout-warning__body">${body}</div>
    <div class="polder-timeout-warning__actions">
      <button class="polder-timeout-warning__button" type="button" @click=${s.onContinue}>${s.continueLabel}</button>
    </div>
  </dialog>`;
}
