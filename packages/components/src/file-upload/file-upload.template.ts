import { html } from 'lit';
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
}

/** The native `<input type="file">` with the public class. */
export function fileUploadInputTemplate(s: FileUploadState) {
  return html`<input
    class="polder-file-upload__input"
    type="file"
    id=${s.id}
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
 * adds (the list of chosen files, in a live region).
 */
export function fileUploadTemplate(s: FileUploadState, input: unknown = fileUploadInputTemplate(s), status?: unknown) {
  return fieldTemplate(
    s,
    html`<div
      class="polder-file-upload${s.disabled ? ' polder-file-upload--disabled' : ''}${
        s.dragover ? ' polder-file-upload--dragover' : ''
      }"
    >
      ${input}
    </div>`,
    status,
  );
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
