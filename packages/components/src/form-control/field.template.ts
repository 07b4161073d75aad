import { html, nothing } from 'lit';

/** What a form field's label, hint and error depend on; the element and the server fill it the same way. */
export interface FieldState {
  /** The id of the native control: the label's `for`; the hint and error ids derive from it. */
  id: string;
  /** Text, or nodes (the element passes the `slot="label"` children). Always rendered as text, never as HTML. */
  label?: unknown;
  hint?: unknown;
  error?: unknown;
  /** Visually hidden before the error message, so it reads "Fout: Vul uw naam in". Default "Fout:". */
  errorPrefix?: string;
}

const filled = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length);

/** The ids the native control's `aria-describedby` must name: hint, then `extra` (e.g. a count), then error. */
export function describedBy(s: FieldState, ...extra: (string | false | undefined)[]): string | undefined {
  const ids = [filled(s.hint) && `${s.id}-hint`, ...extra, filled(s.error) && `${s.id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** `aria-invalid` for the native control. */
export const invalid = (s: FieldState): 'true' | undefined => (filled(s.error) ? 'true' : undefined);

/**
 * A form field: label, hint, error and the control, in one tree, with the public classes
 * `.polder-form-field`, `--invalid`, `__label`, `__hint`, `__error`. `control` is the native control's
 * markup (a template on the server, the kept node in the browser); `after` comes after it (e.g. a count).
 */
export function fieldTemplate(s: FieldState, control: unknown, after: unknown = nothing) {
  return html`<div class="polder-form-field${filled(s.error) ? ' polder-form-field--invalid' : ''}">
    <label class="polder-form-field__label" for=${s.id}>${s.label}</label>
    ${filled(s.hint) ? html`<div class="polder-form-field__hint" id=${`${s.id}-hint`}>${s.hint}</div>` : nothing}
    ${
      filled(s.error)
        ? html`<p class="polder-form-field__error" id=${`${s.id}-error`}>
            <span class="polder-visually-hidden">${s.errorPrefix ?? 'Fout:'}</span> ${s.error}
          </p>`
        : nothing
    }
    ${control}${after}
  </div>`;
}
