import { html, nothing } from 'lit';
import { FormControl } from '../form-control/form-control.js';
import { Localize } from '../localize/localize.js';
import { oneOf } from '../dev/warn.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import fieldStyles from '../form-control/form-control.styles.js';
import styles from './text-field.styles.js';
import {
  TEXT_FIELD_TYPES,
  TEXT_INPUT_ATTRIBUTES,
  TEXT_FIELD_WIDTHS,
  textFieldTemplate,
  textInputTemplate,
  type TextFieldState,
} from './text-field.template.js';

const translations = {
  nl: { show: 'Toon wachtwoord', shown: 'Uw wachtwoord is zichtbaar', hidden: 'Uw wachtwoord is verborgen' },
  en: { show: 'Show password', shown: 'Your password is visible', hidden: 'Your password is hidden' },
};

/**
 * A single-line text input with its label, hint and error. It renders a native `<input>` into its own
 * light DOM, so it submits, validates, resets, autofills and restores like one, with or without
 * JavaScript. Server-rendered or hand-written markup (`<input class="polder-text-input">`) is adopted,
 * never replaced, so what the user typed before the script ran stays.
 *
 * Native attributes are passed to the input: `name`, `value` (the initial value; the `value` property is the
 * live one), `required`, `disabled`, `readonly` and the ones listed below.
 *
 * @summary Lets users enter a single line of text: a name, an email address, a number, a password.
 * @status beta
 *
 * @attr {string} value - The initial value, as on `<input>`; `form.reset()` returns to it.
 * @attr {string} form - The id of the form the input belongs to, when it is not inside it.
 * @attr {string} autocomplete - Autofill hint, e.g. `email`, `tel`, `postal-code`, `new-password`.
 * @attr {string} inputmode - The virtual keyboard to show, e.g. `numeric`.
 * @attr {'true' | 'false'} spellcheck - Whether to check spelling.
 * @attr {string} autocapitalize - As on `<input>`.
 * @attr {number} minlength - Minimum number of characters (checked on submit).
 * @attr {number} maxlength - Maximum number of characters.
 * @attr {string} pattern - A regular expression the value must match.
 * @attr {string} min - Minimum value (type number).
 * @attr {string} max - Maximum value (type number).
 * @attr {string} step - Step (type number).
 * @attr {string} placeholder - Avoid: use a hint. Placeholders disappear while typing.
 * @attr {string} list - The id of a `<datalist>` with suggestions.
 * @attr {string} dirname - Submits the text direction under this name.
 *
 * @slot label - Rich label content (instead of the `label` attribute).
 * @slot hint - Rich hint content (instead of the `hint` attribute).
 * @slot error - Rich error content (instead of the `error` attribute).
 *
 * @csspart - No shadow DOM: style the public classes `.polder-form-field` (`--invalid`, `__label`, `__hint`,
 *   `__error`), `.polder-text-input` (`--width-2|3|4|5|10|20|30`), `.polder-text-field__group`,
 *   `__prefix`, `__suffix`, `__toggle`.
 *
 * @cssprop --polder-text-field-border-color - Border of the input.
 * @cssprop --polder-text-field-invalid-border-color - Border of an invalid input.
 * @cssprop --polder-text-field-affix-background-color - Background of the prefix and suffix.
 *
 * @fires input - Native, from the input.
 * @fires change - Native, from the input.
 */
export class PolderTextField extends FormControl<HTMLInputElement> {
  static override styles = [visuallyHidden, fieldStyles, styles];
  static override nativeAttributes = [...FormControl.nativeAttributes, ...TEXT_INPUT_ATTRIBUTES];

  /**
   * `text` (default), `email`, `tel`, `url`, `number`, `password` or `search`.
   * @attr type
   * @default 'text'
   */
  declare type: string;
  /**
   * The input's width in characters: 2, 3, 4, 5, 10, 20 or 30. Without it, the full width.
   * @attr width
   */
  declare width: string;
  /**
   * Text before the input (attribute `prefix`), e.g. `€`. Read after the label and hint.
   * @attr prefix
   */
  declare prefixText: string;
  /**
   * Text after the input (attribute `suffix`), e.g. `kg`. Read after the label and hint.
   * @attr suffix
   */
  declare suffixText: string;
  /**
   * @attr readonly
   * @default false
   */
  declare readonly: boolean;

  /** The password is shown; `undefined` until the toggle was first used. */
  private reveal?: boolean;
  // Made when first needed: only a password field has strings of its own.
  private localize?: Localize<(typeof translations)['nl']>;
  /** The state of the update under way: worked out once for the native control and the markup. */
  private current?: TextFieldState;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hide) this.root?.addEventListener('submit', this.hide, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.hide) this.root?.removeEventListener('submit', this.hide, true);
  }

  // A revealed password goes back to type="password" before submitting, so the browser never stores it as text.
  // It listens on the root node from the first reveal on (made then): a page of many fields has no listener, nor a
  // function, per field.
  private hide?: () => void;

  // The toggle's click listener (Lit calls it with the element as `this`).
  private toggle(): void {
    this.reveal = !this.reveal;
    this.requestUpdate();
    this.hide ??= () => {
      if (this.reveal && this.control) {
        this.reveal = false;
        this.control.type = 'password';
        this.requestUpdate();
      }
    };
    this.root?.addEventListener('submit', this.hide, true);
  }

  private get state(): TextFieldState {
    const type = oneOf(this, 'type', this.type, TEXT_FIELD_TYPES);
    return {
      ...this.fieldState,
      type,
      name: this.name,
      value: this.attr('value'),
      width: oneOf(this, 'width', this.width, TEXT_FIELD_WIDTHS) || undefined,
      prefix: this.prefixText || undefined,
      suffix: this.suffixText || undefined,
      required: this.required,
      disabled: this.disabled,
      readonly: this.readonly,
      autocomplete: this.attr('autocomplete'),
      inputmode: this.attr('inputmode'),
      spellcheck: this.attr<'true' | 'false'>('spellcheck'),
      autocapitalize: this.attr<NonNullable<TextFieldState['autocapitalize']>>('autocapitalize'),
      minlength: this.num('minlength'),
      maxlength: this.num('maxlength'),
      pattern: this.attr('pattern'),
      min: this.attr('min'),
      max: this.attr('max'),
      step: this.attr('step'),
      placeholder: this.attr('placeholder'),
      form: this.attr('form'),
      list: this.attr('list'),
      dirname: this.attr('dirname'),
      reveal: type === 'password' && !!this.reveal,
    };
  }

  // The native control's template comes first in every update (adopt, then sync), the markup after it.
  protected controlTemplate() {
    return textInputTemplate((this.current = this.state));
  }

  protected findControl() {
    return this.firstElementChild && this.querySelector<HTMLInputElement>('input.polder-text-input');
  }

  protected render() {
    const s = this.current ?? this.state;
    this.current = undefined;
    let toggle: unknown = nothing;
    if (s.type === 'password') {
      const localize = (this.localize ??= new Localize(this, 'text-field', translations, () => this.strings));
      toggle = html`<button
          class="polder-text-field__toggle"
          type="button"
          aria-pressed=${s.reveal ? 'true' : 'false'}
          aria-controls=${s.id}
          ?disabled=${s.disabled}
          @click=${this.toggle}
        >
          ${localize.t('show')}</button
        ><span class="polder-visually-hidden" role="status"
          >${this.reveal === undefined ? '' : localize.t(this.reveal ? 'shown' : 'hidden')}</span
        >`;
    }
    return textFieldTemplate(s, this.native!.node, toggle);
  }
}

PolderTextField.attributeProperties({
  type: TEXT_FIELD_TYPES[0],
  width: '',
  prefixText: ['prefix', ''],
  suffixText: ['suffix', ''],
  readonly: false,
});
