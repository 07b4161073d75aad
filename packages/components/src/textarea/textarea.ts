import { html, type PropertyValues } from 'lit';
import { FormControl } from '../form-control/form-control.js';
import { TEXT_ENTRY_ATTRIBUTES } from '../form-control/field.template.js';
import { Localize } from '../localize/localize.js';
import { devWarn, quote } from '../dev/warn.js';
import { MAX_ATTRIBUTE_INTEGER, parseNonNegativeInteger } from '../numbers/numbers.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import fieldStyles from '../form-control/form-control.styles.js';
import styles from './textarea.styles.js';
import { textareaControlTemplate, textareaTemplate, type TextareaState } from './textarea.template.js';

type Vars = { n: number };
const plural =
  (one: string, other: string) =>
  (v: Vars, p: Intl.PluralRules): string =>
    (p.select(v.n) === 'one' ? one : other).replace('#', String(v.n));

/** The count's strings. `#` is the number. */
export const textareaStrings = {
  nl: {
    limitChars: plural('U kunt maximaal # teken invoeren', 'U kunt maximaal # tekens invoeren'),
    limitWords: plural('U kunt maximaal # woord invoeren', 'U kunt maximaal # woorden invoeren'),
    charsLeft: plural('U heeft nog # teken over', 'U heeft nog # tekens over'),
    charsOver: plural('U heeft # teken te veel', 'U heeft # tekens te veel'),
    wordsLeft: plural('U heeft nog # woord over', 'U heeft nog # woorden over'),
    wordsOver: plural('U heeft # woord te veel', 'U heeft # woorden te veel'),
    tooManyChars: plural('{Name} mag maximaal # teken lang zijn', '{Name} mag maximaal # tekens lang zijn'),
    tooManyWords: plural('{Name} mag maximaal # woord bevatten', '{Name} mag maximaal # woorden bevatten'),
  },
  en: {
    limitChars: plural('You can enter up to # character', 'You can enter up to # characters'),
    limitWords: plural('You can enter up to # word', 'You can enter up to # words'),
    charsLeft: plural('You have # character remaining', 'You have # characters remaining'),
    charsOver: plural('You have # character too many', 'You have # characters too many'),
    wordsLeft: plural('You have # word remaining', 'You have # words remaining'),
    wordsOver: plural('You have # word too many', 'You have # words too many'),
    tooManyChars: plural('{Name} must be # character or fewer', '{Name} must be # characters or fewer'),
    tooManyWords: plural('{Name} must be # word or fewer', '{Name} must be # words or fewer'),
  },
};

/**
 * A multi-line text input with its label, hint and error, and with `maxlength` or `max-words` a count
 * ("U heeft nog 12 tekens over" / "You have 12 characters remaining") that screen readers hear in a polite
 * live region once the user pauses typing. It renders a native `<textarea>` into its own light DOM, so it
 * submits, validates, resets and restores natively; server-rendered markup is adopted, never replaced.
 *
 * With JavaScript, nothing the user types or pastes is cut off at the limit: the count shows how much is too
 * much and a submit is stopped with Polder's message (GOV.UK's character count). Without JavaScript the native
 * `maxlength` applies and the instruction "U kunt maximaal 200 tekens invoeren" is shown.
 *
 * @summary Lets users enter more than one line of text, optionally with a character or word count.
 * @status beta
 *
 * @attr {string} value - The initial value; `form.reset()` returns to it.
 * @attr {string} form - The id of the form the textarea belongs to, when it is not inside it.
 * @attr {string} autocomplete - Autofill hint.
 * @attr {'true' | 'false'} spellcheck - Whether to check spelling.
 * @attr {number} minlength - Minimum number of characters (checked on submit).
 * @attr {number} maxlength - Maximum number of characters: shows the count.
 * @attr {number} max-words - Maximum number of words: shows a word count.
 * @attr {string} placeholder - Avoid: use a hint.
 * @attr {string} dirname - Submits the text direction under this name.
 *
 * @slot label - Rich label content (instead of the `label` attribute).
 * @slot hint - Rich hint content (instead of the `hint` attribute).
 * @slot error - Rich error content (instead of the `error` attribute).
 *
 * @csspart - No shadow DOM: style the public classes `.polder-form-field` (`--invalid`, `__label`, `__hint`,
 *   `__error`), `.polder-textarea`, `.polder-textarea__count`, `.polder-textarea__count--over`.
 *
 * @cssprop --polder-textarea-border-color - Border of the textarea.
 * @cssprop --polder-textarea-invalid-border-color - Border of an invalid textarea.
 * @cssprop --polder-textarea-count-color - The count.
 * @cssprop --polder-textarea-count-invalid-color - The count when over the limit.
 *
 * @fires input - Native, from the textarea.
 * @fires change - Native, from the textarea.
 */
export class PolderTextarea extends FormControl<HTMLTextAreaElement> {
  static override styles = [visuallyHidden, fieldStyles, styles];
  static override nativeAttributes = [...FormControl.nativeAttributes, ...TEXT_ENTRY_ATTRIBUTES, 'max-words'];

  static override properties = {
    rows: { type: Number },
    announceDelay: { type: Number, attribute: false },
    announced: { state: true, attribute: false },
  };

  /**
   * Visible lines (default 5). The textarea grows no further by itself; users can resize it.
   * @attr rows
   */
  rows = 5;
  /**
   * @attr readonly
   * @default false
   */
  declare readonly: boolean;
  /** How long typing must pause before the count is announced, in milliseconds. */
  announceDelay = 1000;

  private announced = '';
  private readonly localize = new Localize(this, 'textarea', textareaStrings, () => this.strings);
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.addEventListener('input', () => {
      this.requestUpdate();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => (this.announced = this.countText()), this.announceDelay);
    });
  }

  /**
   * `maxlength` or `max-words` as the browser reads `maxlength`: a whole number from 0 to 2147483647; any other
   * value (`-5`, `NaN`, `99999999999`) is ignored with a development warning, so there is no limit; as in HTML,
   * digits are read up to the first non-digit (`"1e400"` is 1).
   */
  private limitAttribute(name: 'maxlength' | 'max-words'): number | undefined {
    const value = this.getAttribute(name);
    const n = parseNonNegativeInteger(value);
    if (value !== null && value.trim() !== '' && n === undefined)
      devWarn(this, `${name} ${quote(value)} is not a whole number from 0 to ${MAX_ATTRIBUTE_INTEGER}; it is ignored.`);
    return n;
  }

  private get limit(): { n: number; words: boolean } | undefined {
    const words = this.limitAttribute('max-words');
    const chars = this.limitAttribute('maxlength');
    return words ? { n: words, words: true } : chars ? { n: chars, words: false } : undefined;
  }

  /** Characters or words still allowed (negative: too many). */
  private get left(): number {
    const limit = this.limit!;
    const value = this.control?.value ?? this.attr('value') ?? '';
    return limit.n - (limit.words ? (value.match(/\S+/g)?.length ?? 0) : value.length);
  }

  private countText(): string {
    if (!this.limit) return '';
    const left = this.left;
    const key = `${this.limit.words ? 'words' : 'chars'}${left < 0 ? 'Over' : 'Left'}` as const;
    return this.localize.t(key, { n: Math.abs(left) });
  }

  private get state(): TextareaState {
    const limit = this.limit;
    return {
      ...this.fieldState,
      name: this.name,
      value: this.attr('value'),
      rows: this.rows,
      required: this.required,
      disabled: this.disabled,
      readonly: this.readonly,
      autocomplete: this.attr('autocomplete'),
      spellcheck: this.attr<'true' | 'false'>('spellcheck'),
      minlength: this.num('minlength'),
      maxlength: this.limitAttribute('maxlength'),
      maxWords: this.limitAttribute('max-words'),
      placeholder: this.attr('placeholder'),
      form: this.attr('form'),
      dirname: this.attr('dirname'),
      limitText: limit && this.localize.t(limit.words ? 'limitWords' : 'limitChars', { n: limit.n }),
      counting: true,
    };
  }

  protected controlTemplate() {
    return textareaControlTemplate({ ...this.state, value: undefined });
  }

  protected findControl() {
    return this.querySelector<HTMLTextAreaElement>('textarea.polder-textarea');
  }

  protected override adopt(): void {
    const adopted = !!this.findControl();
    super.adopt();
    const control = this.control!;
    // Server markup carries the native maxlength for pages without JavaScript; the count takes over now.
    control.removeAttribute('maxlength');
    if (!adopted) control.defaultValue = this.attr('value') ?? '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const value = this.attr('value');
    if (this.control && value !== undefined && this.control.defaultValue !== value) this.control.defaultValue = value;
  }

  // Over the limit: invalid through the constraint validation API, with Polder's message.
  private checkLimit(control: HTMLTextAreaElement): void {
    const limit = this.limit;
    const label = (this.labelElement?.textContent ?? this.label).trim();
    control.setCustomValidity(
      limit && this.left < 0
        ? this.localize.t(limit.words ? 'tooManyWords' : 'tooManyChars', { n: limit.n, Name: label })
        : '',
    );
  }

  protected override formReset(): void {
    clearTimeout(this.timer);
    this.announced = '';
  }

  protected render() {
    this.checkLimit(this.control!);
    const s = this.state;
    const over = !!this.limit && this.left < 0;
    const count = this.limit
      ? html`<div class="polder-textarea__count${over ? ' polder-textarea__count--over' : ''}" aria-hidden="true">
            ${this.countText()}
          </div>
          <div class="polder-visually-hidden" role="status">${this.announced}</div>`
      : '';
    return textareaTemplate(s, this.native!.node, count);
  }
}

PolderTextarea.attributeProperties({ readonly: false });
