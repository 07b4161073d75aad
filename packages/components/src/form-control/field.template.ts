import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AttributeValue } from '../extra-attributes/extra-attributes.js';

/** What a form field's label, hint and error depend on; the element and the server fill it the same way. */
export interface FieldState {
  /** The id of the native control (a fieldset: the base id); the hint and error ids derive from it. */
  id: string;
  /** Text, or nodes (the element passes the `slot="label"` children). Always rendered as text, never as HTML. */
  label?: unknown;
  hint?: unknown;
  error?: unknown;
  /** Visually hidden before the error message, so it reads "Fout: Vul uw naam in". Default "Fout:". */
  errorPrefix?: string;
  /**
   * The label (a fieldset: the legend) is the page's `<h1>`, for a page that asks one question (GOV.UK's
   * `isPageHeading`): the label inside `<h1 class="polder-form-field__heading">`, or
   * `<h1 class="polder-fieldset__heading">` inside the legend.
   */
  heading?: boolean;
}

/**
 * The native attributes of text entry that `<input>` and `<textarea>` share: a field passes them to its control as
 * they are, and its server template writes them on its element.
 */
export const TEXT_ENTRY_ATTRIBUTES = [
  'autocomplete',
  'spellcheck',
  'minlength',
  'maxlength',
  'placeholder',
  'form',
  'dirname',
] as const;

/** What a text entry field (text field, textarea) carries on its element in a server template. */
export interface TextEntryState extends FieldState {
  name?: string;
  /** The initial value. */
  value?: string;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  /** An autofill token list, e.g. `email`, `shipping postal-code`, `new-password`. */
  autocomplete?: string;
  spellcheck?: 'true' | 'false';
  minlength?: number;
  maxlength?: number;
  placeholder?: string;
  form?: string;
  dirname?: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The attributes of a text entry field's element in a server template (`renderTextField`, `renderTextarea`), so the
 * upgraded element has the same label, hint, error, name, value and states as the markup inside it (rich label,
 * hint and error content is only in the markup), with the native attributes `native` as they are.
 */
export function textEntryAttributes<S extends TextEntryState>(
  s: S,
  native: readonly (keyof S & string)[] = TEXT_ENTRY_ATTRIBUTES,
): Record<string, AttributeValue> {
  return {
    label: text(s.label),
    hint: text(s.hint),
    error: text(s.error),
    name: s.name || undefined,
    value: s.value,
    required: s.required,
    disabled: s.disabled,
    'label-as-heading': s.heading,
    readonly: s.readonly,
    ...Object.fromEntries(native.map((name) => [name, s[name] as AttributeValue])),
  };
}

/** What a fieldset (a group of controls with one legend, hint and error) depends on. */
export interface FieldsetState extends FieldState {
  disabled?: boolean;
  /** The id of the form the controls belong to, when they are not inside it. */
  form?: string;
}

/** True for a part that renders: not undefined, null, '', false or an empty list of nodes. */
export const filled = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && v !== false && !(Array.isArray(v) && !v.length);

/** The ids the native control's `aria-describedby` must name: hint, then `extra` (e.g. a count), then error. */
export function describedBy(s: FieldState, ...extra: (string | false | undefined)[]): string | undefined {
  const ids = [filled(s.hint) && `${s.id}-hint`, ...extra, filled(s.error) && `${s.id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** `aria-invalid` for the native control. */
export const invalid = (s: FieldState): 'true' | undefined => (filled(s.error) ? 'true' : undefined);

/** The hint, `<id>-hint`, with the class `<block>__hint`; nothing when there is none. */
export const hintTemplate = (s: FieldState, block: string) =>
  filled(s.hint) ? html`<div class="${block}__hint" id="${s.id}-hint">${s.hint}</div>` : nothing;

/** The error, `<id>-error`, with the class `<block>__error` and the visually hidden prefix; nothing when none. */
export const errorTemplate = (s: FieldState, block: string) =>
  filled(s.error)
    ? html`<p class="${block}__error" id="${s.id}-error">
        <span class="polder-visually-hidden">${s.errorPrefix ?? 'Fout:'} </span>${s.error}
      </p>`
    : nothing;

/**
 * Two neighbouring values of a template in one part: each part costs every element a marker node and a part object,
 * and most fields have no hint and no error (or nothing after their control). Both there: a small template of two.
 */
export const pair = (a: unknown, b: unknown): unknown => (a === nothing ? b : b === nothing ? a : html`${a}${b}`);

/**
 * A form field: label, hint, error and the control, in one tree, with the public classes
 * `.polder-form-field`, `--invalid`, `__label`, `__hint`, `__error` (and `__heading`, the `<h1>` around the label
 * when `heading` is set). `control` is the native control's
 * markup (a template on the server, the kept node in the browser); `after` comes after it (e.g. a count).
 */
export function fieldTemplate(s: FieldState, control: unknown, after: unknown = nothing) {
  const modifier = filled(s.error) ? ' polder-form-field--invalid' : '';
  const notes = pair(hintTemplate(s, 'polder-form-field'), errorTemplate(s, 'polder-form-field'));
  const rest = pair(control, after);
  // One template for each shape, with the label in it (a label template of its own would cost every field a
  // second template to clone), and no white space between the parts (each text node would be one more node).
  // prettier-ignore
  return s.heading
    ? html`<div class="polder-form-field${modifier}"><h1 class="polder-form-field__heading"><label
        class="polder-form-field__label" for=${s.id}>${s.label}</label></h1>${notes}${rest}</div>`
    : html`<div class="polder-form-field${modifier}"><label class="polder-form-field__label" for=${s.id}>${s.label
        }</label>${notes}${rest}</div>`;
}

/**
 * A group of controls: a native `<fieldset>` with a `<legend>`, hint and error, and `items` (the options, or a
 * date's three inputs) in `.polder-fieldset__items`, with the public classes `.polder-fieldset`, `--invalid`,
 * `__legend`, `__hint`, `__error`, `__items` (and `__heading`, the `<h1>` in the legend when `heading` is set).
 * `block` is the component's class beside `.polder-fieldset` (with its modifiers, e.g.
 * `polder-radio-group polder-radio-group--inline`). The hint and error describe the fieldset,
 * so a screen reader reads them when focus enters the group. `after` comes after the items (e.g. a hidden input).
 */
export function fieldsetTemplate(s: FieldsetState, block: string, items: unknown, after: unknown = nothing) {
  const legend = s.heading ? html`<h1 class="polder-fieldset__heading">${s.label}</h1>` : s.label;
  const notes = pair(hintTemplate(s, 'polder-fieldset'), errorTemplate(s, 'polder-fieldset'));
  const modifier = filled(s.error) ? ' polder-fieldset--invalid' : '';
  // No white space between the parts, as in fieldTemplate (kept so: the formatter would add it back).
  // prettier-ignore
  return html`<fieldset class="polder-fieldset ${block}${modifier}" ?disabled=${s.disabled} form=${ifDefined(s.form)
    } aria-describedby=${ifDefined(describedBy(s))}><legend class="polder-fieldset__legend">${legend}</legend>${notes
    }<div class="polder-fieldset__items">${items}</div>${after}</fieldset>`;
}

/** What one choice (a checkbox, a radio) depends on: a native input with its own label, hint and error. */
export interface ChoiceState extends FieldState {
  name?: string;
  value?: string;
  /** The initial state (the native `checked` attribute): what `form.reset()` goes back to. */
  checked?: boolean;
  required?: boolean;
  disabled?: boolean;
  form?: string;
  /** Marks the input invalid without an error of its own (a radio in an invalid group). */
  invalid?: boolean;
  /** Extra ids for `aria-describedby`, after its own hint and error (e.g. the hint of a group). */
  describedBy?: string;
  /**
   * A follow-up question shown under this choice when it is chosen (conditional reveal): its content, nodes or
   * markup, in `.<block>__conditional` (id `<id>-conditional`).
   */
  conditional?: unknown;
  /**
   * With JavaScript only, for a choice with a follow-up: whether it is shown. The input then gets
   * `aria-controls` (a checkbox also `aria-expanded`: ARIA 1.2 does not allow it on a radio), and a hidden
   * follow-up the class `.<block>__conditional--hidden`. Left out (server, no JavaScript), it is always shown.
   */
  expanded?: boolean;
}

/** The native `<input type="checkbox | radio">` of a choice, with the class `<block>__input`. */
export function choiceInputTemplate(block: string, type: 'checkbox' | 'radio', s: ChoiceState) {
  const ids = [describedBy(s), s.describedBy].filter(Boolean).join(' ');
  const reveals = filled(s.conditional) && s.expanded !== undefined;
  return html`<input
    class="${block}__input"
    type=${type}
    id=${s.id}
    name=${ifDefined(s.name)}
    value=${ifDefined(s.value)}
    form=${ifDefined(s.form)}
    ?checked=${s.checked}
    ?required=${s.required}
    ?disabled=${s.disabled}
    aria-describedby=${ifDefined(ids || undefined)}
    aria-invalid=${ifDefined(s.invalid || filled(s.error) ? 'true' : undefined)}
    aria-controls=${ifDefined(reveals ? `${s.id}-conditional` : undefined)}
    aria-expanded=${ifDefined(reveals && type === 'checkbox' ? (s.expanded ? 'true' : 'false') : undefined)}
  />`;
}

/**
 * The follow-up of a choice (conditional reveal), `<id>-conditional`, with the class `<block>__conditional`, and
 * `<block>__conditional--hidden` when `expanded` is false; nothing when there is none.
 */
export function conditionalTemplate(block: string, s: ChoiceState) {
  if (!filled(s.conditional)) return nothing;
  const hidden = s.expanded === false ? ` ${block}__conditional--hidden` : '';
  return html`<div class="${block}__conditional${hidden}" id="${s.id}-conditional">${s.conditional}</div>`;
}

/**
 * A choice: its error (if any), the native input, its label and hint, and its follow-up question (if any), in
 * `.<block>` (`--invalid` with an error). `input` is the native input: the element passes the one it keeps; the
 * server leaves it out.
 */
export function choiceTemplate(block: string, s: ChoiceState, input: unknown) {
  const error = errorTemplate(s, block);
  const after = pair(hintTemplate(s, block), conditionalTemplate(block, s));
  const modifier = filled(s.error) ? ` ${block}--invalid` : '';
  // No white space between the parts, as in fieldTemplate (kept so: the formatter would add it back).
  // prettier-ignore
  return html`<div class="${block}${modifier}">${error}${input}<label class="${block}__label" for=${s.id}>${s.label
    }</label>${after}</div>`;
}

/** What the element of a group of options (checkbox group, radio group) carries on the server. */
export interface GroupHostState {
  label: string;
  name: string;
  hint?: string;
  error?: string;
  form?: string;
  required?: boolean;
  disabled?: boolean;
  /** The legend is the page's heading (`legend-as-heading`). */
  heading?: boolean;
}

/**
 * The attributes of a group's element in a server template (`renderCheckboxGroup`, `renderRadioGroup`), so the
 * upgraded element has the same label, name, hint, error and states as the markup inside it.
 */
export const groupAttributes = (s: GroupHostState): Record<string, AttributeValue> => ({
  label: s.label,
  name: s.name,
  hint: s.hint,
  error: s.error,
  form: s.form,
  required: s.required,
  disabled: s.disabled,
  'legend-as-heading': s.heading,
});
