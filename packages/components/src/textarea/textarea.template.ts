import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  describedBy,
  fieldTemplate,
  invalid,
  textEntryAttributes,
  type TextEntryState,
} from '../form-control/field.template.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** Everything the textarea's markup depends on; the element and the server fill it the same way. */
export interface TextareaState extends TextEntryState {
  rows?: number;
  /** A limit in words, counted with JavaScript (and checked again by the server). */
  maxWords?: number;
  /** The instruction, e.g. "U kunt maximaal 200 tekens invoeren" (shown without JavaScript, read with it). */
  limitText?: string;
  /**
   * The element counts (JavaScript): the native `maxlength` is left off so nothing the user types or pastes
   * is cut off silently; the count says how many characters are too many and validation stops the submit.
   */
  counting?: boolean;
}

// Any autofill token list is valid HTML; lit-analyzer only knows single tokens.
type AnyAutofill = 'on' | undefined;

const hasLimit = (s: TextareaState) => !!(s.maxlength || s.maxWords);

/**
 * The native `<textarea>` with the public classes, without its text: its attributes are the same for the element
 * (which sets `defaultValue` itself) and the server (`textareaMarkup`). One template for every value, so nothing
 * is kept per value.
 */
export function textareaControlTemplate(s: TextareaState) {
  return html`<textarea
    class="polder-textarea"
    id=${s.id}
    name=${ifDefined(s.name || undefined)}
    rows=${s.rows ?? 5}
    ?required=${s.required}
    ?disabled=${s.disabled}
    ?readonly=${s.readonly}
    autocomplete=${ifDefined(s.autocomplete as AnyAutofill)}
    spellcheck=${ifDefined(s.spellcheck)}
    minlength=${ifDefined(s.minlength)}
    maxlength=${ifDefined(s.counting ? undefined : s.maxlength)}
    placeholder=${ifDefined(s.placeholder)}
    form=${ifDefined(s.form)}
    dirname=${ifDefined(s.dirname)}
    aria-describedby=${ifDefined(describedBy(s, hasLimit(s) && `${s.id}-limit`))}
    aria-invalid=${ifDefined(invalid(s))}
  ></textarea>`;
}

const escapeAttribute = (v: string) =>
  v.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);

/**
 * The server's `<textarea>` with its text. Lit cannot bind inside `<textarea>` (raw text): the textarea is written
 * out here, from `textareaControlTemplate`, as Lit's server renderer writes attribute bindings (a binding that is
 * `nothing` or false leaves no attribute, others are escaped), with the initial value as its text, escaped for a
 * textarea (only character references and the end tag are markup there). Every value goes through the same
 * template, so a server that renders thousands of different values keeps nothing per value.
 */
function textareaMarkup(s: TextareaState) {
  const { strings, values } = textareaControlTemplate(s) as TemplateResult;
  let markup = strings[0];
  values.forEach((value, i) => {
    const [, flag, name] = /(\??)([\w-]+)=$/.exec(markup)!;
    markup = markup.slice(0, -(flag.length + name.length + 1));
    if (flag) markup += value ? name : '';
    else if (value !== nothing) markup += `${name}="${escapeAttribute(String(value))}"`;
    markup += strings[i + 1];
  });
  const text = (s.value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return unsafeHTML(markup.replace('></textarea', `>${text}</textarea`));
}

/**
 * The textarea's light-DOM content: label, hint, error, the textarea and, with a limit, the instruction. The
 * element adds `count`: the visible count and the polite live region.
 */
export function textareaTemplate(s: TextareaState, control: unknown = textareaMarkup(s), count: unknown = nothing) {
  return fieldTemplate(
    s,
    control,
    hasLimit(s)
      ? html`<div class="polder-textarea__count${s.counting ? ' polder-visually-hidden' : ''}" id=${`${s.id}-limit`}>
            ${s.limitText}
          </div>
          ${count}`
      : nothing,
  );
}

/** The whole element for server rendering: `<polder-textarea>` with its markup inside. */
export function renderTextarea(s: TextareaState & ExtraAttributes) {
  return withExtraAttributes('polder-textarea', s, html`<polder-textarea>${textareaTemplate(s)}</polder-textarea>`, {
    ...textEntryAttributes(s),
    rows: s.rows,
    'max-words': s.maxWords,
  });
}
