import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, fieldTemplate, invalid, type FieldState } from '../form-control/field.template.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** Everything a file upload's markup depends on; the element and the server fill it the same way. */
export interface FileUploadState extends FieldState {
  name?: string;
  /** As on a native file input: file types (`.pdf,image/*`), several files, required, disabled. */
  accept?: string;
  multiple?: boolean;
  required?: boolean;
  disabled?: boolean;
  form?: string;
  /** Files are being dragged over the drop zone (element only). */
  dragover?: boolean;
  /** How many files are chosen (element only). */
  files?: number;
  /**
   * With JavaScript only: a Polder button and status text stand in for the browser's own "choose file" control.
   * The native input stays, visually hidden and out of the tab order, for the form (it holds the files); the
   * button takes over its id, so the label and error summary links reach the button.
   */
  enhanced?: boolean;
}

/** The texts of the enhanced control, in the page's language. */
export interface FileUploadButtonTexts {
  /** "Kies bestand" / "Choose file". */
  choose: string;
  /** "Geen bestand gekozen", the file's name, or "2 bestanden gekozen". */
  status: string;
  /** "of sleep het bestand hierheen" / "or drop file". */
  drop: string;
}

/**
 * The enhanced control (element only): a native `<button>` with the input's id, named by the label and by its
 * own text (the status and "Kies bestand"), described as the input was; a click opens the native input's picker.
 */
export function fileUploadButtonTemplate(s: FileUploadState, t: FileUploadButtonTexts) {
  return html`<button
      type="button"
      class="polder-file-upload__button"
      id=${s.id}
      ?disabled=${s.disabled}
      aria-labelledby="${s.id}-label ${s.id}"
      aria-describedby=${ifDefined(describedBy(s))}
    >
      <span class="polder-file-upload__choose">${t.choose}</span>
      <span class="polder-file-upload__status-text${s.files ? '' : ' polder-file-upload__status-text--empty'}"
        >${t.status}</span
      >
    </button>
    <span class="polder-file-upload__instruction" aria-hidden="true">${t.drop}</span>`;
}

/** The native `<input type="file">` with the public class. */
export function fileUploadInputTemplate(s: FileUploadState) {
  return html`<input
    class="polder-file-upload__input${s.enhanced ? ' polder-visually-hidden' : ''}"
    type="file"
    id=${s.enhanced ? `${s.id}-input` : s.id}
    tabindex=${ifDefined(s.enhanced ? -1 : undefined)}
    aria-hidden=${ifDefined(s.enhanced ? 'true' : undefined)}
    name=${ifDefined(s.name || undefined)}
    accept=${ifDefined(s.accept || undefined)}
    form=${ifDefined(s.form)}
    ?multiple=${s.multiple}
    ?required=${s.required}
    ?disabled=${s.disabled}
    aria-describedby=${ifDefined(describedBy(s))}
    aria-invalid=${ifDefined(invalid(s))}
  />`;
}

/**
 * The file upload: the shared form field (label, hint, error) around a drop zone with the native input.
 * `input` is the native input the element keeps (the server leaves it out); `status` is what only the element
 * adds (the list of chosen files, in a live region), and `button` the enhanced control
 * (`fileUploadButtonTemplate`).
 */
export function fileUploadTemplate(
  s: FileUploadState,
  input: unknown = fileUploadInputTemplate(s),
  status?: unknown,
  button: unknown = nothing,
) {
  const modifiers = [s.disabled && 'disabled', s.dragover && 'dragover', s.enhanced && 'enhanced']
    .filter(Boolean)
    .map((m) => ` polder-file-upload--${m}`)
    .join('');
  return fieldTemplate(s, html`<div class="polder-file-upload${modifiers}">${input}${button}</div>`, status);
}

/** The whole element for server rendering: `<polder-file-upload>` with its markup inside. */
export function renderFileUpload(
  s: FileUploadState & { label: string; hint?: string; error?: string } & ExtraAttributes,
) {
  return withExtraAttributes(
    'polder-file-upload',
    s,
    html`<polder-file-upload
      label=${s.label}
      hint=${ifDefined(s.hint)}
      error=${ifDefined(s.error)}
      name=${ifDefined(s.name)}
      accept=${ifDefined(s.accept)}
      form=${ifDefined(s.form)}
      ?multiple=${s.multiple}
      ?required=${s.required}
      ?disabled=${s.disabled}
      ?label-as-heading=${s.heading}
      >${fileUploadTemplate(s)}</polder-file-upload
    >`,
  );
}
