import { html } from 'lit';

export interface DialogState {
  heading?: string;
  /** Accessible name of the close button ("Sluiten"). */
  closeLabel: string;
  onClose?: (event: Event) => void;
  onCloseClick?: () => void;
  /** Whether anything is in the footer slot. */
  hasFooter: boolean;
  onFooterChange?: (event: Event) => void;
}

/** The shadow markup of `<polder-dialog>`: a native `<dialog>`, named by its heading. */
export function dialogTemplate(s: DialogState) {
  return html`<dialog class="polder-dialog" part="dialog" aria-labelledby="heading" @close=${s.onClose}>
    <div class="polder-dialog__header">
      <h2 class="polder-dialog__heading" part="heading" id="heading" tabindex="-1">
        <slot name="heading">${s.heading}</slot>
      </h2>
      <button
        class="polder-dialog__close"
        part="close"
        type="button"
        aria-label=${s.closeLabel}
        @click=${s.onCloseClick}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4l5.6 5.6L5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6z"></path>
        </svg>
      </button>
    </div>
    <div class="polder-dialog__body" part="body"><slot></slot></div>
    <div class="polder-dialog__footer" part="footer" ?hidden=${!s.hasFooter}>
      <slot name="footer" @slotchange=${s.onFooterChange}></slot>
    </div>
  </dialog>`;
}
