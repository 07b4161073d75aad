import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  describedBy,
  fieldTemplate,
  invalid,
  textEntryAttributes,
  TEXT_ENTRY_ATTRIBUTES,
  type TextEntryState,
} from '../form-control/field.template.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

export const TEXT_FIELD_TYPES = ['text', 'email', 'tel', 'url', 'number', 'password', 'search'] as const;
export type TextFieldType = (typeof TEXT_FIELD_TYPES)[number];
/** Widths in characters; each is a class `.polder-text-input--width-<n>`. */
export const TEXT_FIELD_WIDTHS = ['', '2', '3', '4', '5', '10', '20', '30'] as const;

/** Everything the text field's markup depends on; the element and the server fill it the same way. */
export interface TextFieldState extends TextEntryState {
  type: TextFieldType;
  width?: string;
  prefix?: string;
  suffix?: string;
  inputmode?: string;
  autocapitalize?: 'off' | 'none' | 'on' | 'sentences' | 'words' | 'characters';
  pattern?: string;
  min?: string;
  max?: string;
  step?: string;
  list?: string;
  /** The password is shown (type text); only with JavaScript. */
  reveal?: boolean;
}

/**
 * The native attributes the element takes as they are: observed, passed to the input, and written on the server's
 * element. Each is an option of `TextFieldState` of the same name.
 */
export const TEXT_INPUT_ATTRIBUTES = [
  ...TEXT_ENTRY_ATTRIBUTES,
  'inputmode',
  'autocapitalize',
  'pattern',
  'min',
  'max',
  'step',
  'list',
] as const satisfies readonly (keyof TextFieldState)[];

// Any autofill token list and step="any" are valid HTML; lit-analyzer only knows single tokens and numbers.
type AnyAutofill = 'on' | undefined;
type AnyStep = number | undefined;

/** The native `<input>` with the public classes. */
export function textInputTemplate(s: TextFieldState) {
  return html`<input
    class="polder-text-input${s.width ? ` polder-text-input--width-${s.width}` : ''}"
    id=${s.id}
    type=${s.reveal ? 'text' : s.type}
    name=${ifDefined(s.name || undefined)}
    value=${ifDefined(s.value)}
    ?required=${s.required}
    ?disabled=${s.disabled}
    ?readonly=${s.readonly}
    autocomplete=${ifDefined(s.autocomplete as AnyAutofill)}
    inputmode=${ifDefined(s.inputmode)}
    spellcheck=${ifDefined(s.spellcheck)}
    autocapitalize=${ifDefined(s.autocapitalize)}
    minlength=${ifDefined(s.minlength)}
    maxlength=${ifDefined(s.maxlength)}
    pattern=${ifDefined(s.pattern)}
    min=${ifDefined(s.min)}
    max=${ifDefined(s.max)}
    step=${ifDefined(s.step as unknown as AnyStep)}
    placeholder=${ifDefined(s.placeholder)}
    form=${ifDefined(s.form)}
    list=${ifDefined(s.list)}
    dirname=${ifDefined(s.dirname)}
    aria-describedby=${ifDefined(describedBy(s, s.prefix && `${s.id}-prefix`, s.suffix && `${s.id}-suffix`))}
    aria-invalid=${ifDefined(invalid(s))}
  />`;
}

/**
 * The text field's light-DOM content: label, hint, error and the input (with prefix, suffix and, for
 * passwords, `toggle`: the show/hide button, which the element adds; the server leaves it out because it
 * needs JavaScript). `input` is the input's markup: `textInputTemplate(s)` on the server, the kept node in
 * the browser.
 */
export function textFieldTemplate(s: TextFieldState, input: unknown = textInputTemplate(s), toggle: unknown = nothing) {
  const group = s.prefix || s.suffix || toggle !== nothing;
  return fieldTemplate(
    s,
    group
      ? html`<div class="polder-text-field__group">
          ${
            s.prefix
              ? html`<span class="polder-text-field__prefix" id=${`${s.id}-prefix`} aria-hidden="true"
                  >${s.prefix}</span
                >`
              : nothing
          }${input}${
            s.suffix
              ? html`<span class="polder-text-field__suffix" id=${`${s.id}-suffix`} aria-hidden="true"
                  >${s.suffix}</span
                >`
              : nothing
          }${toggle}
        </div>`
      : input,
  );
}

/** The whole element for server rendering: `<polder-text-field>` with its markup inside. */
export function renderTextField(s: TextFieldState & ExtraAttributes) {
  return withExtraAttributes(
    'polder-text-field',
    s,
    html`<polder-text-field>${textFieldTemplate(s)}</polder-text-field>`,
    {
      type: s.type,
      width: s.width || undefined,
      prefix: s.prefix,
      suffix: s.suffix,
      ...textEntryAttributes(s, TEXT_INPUT_ATTRIBUTES),
    },
  );
}
