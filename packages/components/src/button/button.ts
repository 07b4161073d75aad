import type { PropertyValues } from 'lit';
import { FormElement } from '../form-element/form-element.js';
import { NativeControl } from '../form-element/native-control.js';
import { Localize } from '../localize/localize.js';
import { oneOf } from '../dev/warn.js';
import { safeUrl } from '../url/safe-url.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './button.styles.js';
import {
  BUTTON_ATTRIBUTES,
  BUTTON_TYPES,
  BUTTON_VARIANTS,
  buttonTemplate,
  type ButtonState,
} from './button.template.js';

/**
 * A button's attributes (`BUTTON_ATTRIBUTES`) have properties that read and set them, as a native button's do (see
 * `FormElement.attributeProperties`, below the class): booleans are false when absent, `variant` and `type` fall
 * back to the first variant and type (as `oneOf` does), the others to `undefined`.
 */
const BOOLEANS: readonly string[] = ['disabled', 'busy', 'formnovalidate'];
const FALLBACKS: Partial<Record<string, string>> = { variant: BUTTON_VARIANTS[0], type: BUTTON_TYPES[0] };

const translations = {
  nl: { busy: 'Bezig met verwerken, even geduld' },
  en: { busy: 'Processing, please wait' },
};

/**
 * A button, or with `href` a link that looks like one. It renders a native `<button>` (or `<a>`) into its
 * own light DOM, so `type="submit"` and `type="reset"` work with the surrounding form exactly as a native
 * button does, with or without JavaScript. A native control already inside (`<button class="polder-button">`,
 * server-rendered or hand-written) is adopted, never replaced.
 *
 * @summary Starts an action: submits a form, resets it, or goes to a page.
 * @status beta
 *
 * @slot - The label.
 * @slot icon-start - An icon before the label (decorative: give it `aria-hidden="true"`).
 * @slot icon-end - An icon after the label.
 *
 * @csspart - The button has no shadow DOM: style it through the public classes `.polder-button`,
 *   `.polder-button--primary`, `.polder-button--secondary`, `.polder-button--subtle`, `.polder-button--warning`,
 *   `.polder-button--busy`.
 *
 * @cssprop --polder-button-primary-background-color - Background of the primary variant.
 * @cssprop --polder-button-primary-color - Text colour of the primary variant.
 * @cssprop --polder-button-warning-background-color - Background of the warning variant.
 * @cssprop --polder-button-min-block-size - Minimum height; never below the 24px target size.
 */
export class PolderButton extends FormElement<Partial<(typeof translations)['nl']>> {
  static override styles = [visuallyHidden, styles];

  /**
   * Look: `primary` (the one main action), `secondary`, `subtle`, or `warning` (red: an action that cannot be
   * undone, such as "Ja, verwijderen"). Anything else falls back to `primary`.
   * @attr variant
   * @default 'primary'
   */
  declare variant: string;
  /**
   * As on a native button: `submit` (the default), `button` or `reset`.
   * @attr type
   * @default 'submit'
   */
  declare type: string;
  /**
   * Disables the native button.
   * @attr disabled
   * @default false
   */
  declare disabled: boolean;
  /**
   * Work is in progress: the button stays focusable, is announced as busy and ignores clicks.
   * @attr busy
   * @default false
   */
  declare busy: boolean;
  /**
   * Makes the button a real link `<a href>`.
   * @attr href
   */
  declare href?: string;
  /** @attr target */
  declare target?: string;
  /** @attr rel */
  declare rel?: string;
  /** @attr download */
  declare download?: string;
  /** @attr hreflang */
  declare hreflang?: string;
  /**
   * Submitted with the form as `name=value` when this button submits it.
   * @attr name
   */
  declare name?: string;
  /** @attr value */
  declare value?: string;
  /**
   * The id of the form this button belongs to, when it is not inside it.
   * @attr form
   */
  declare form?: string;
  /** @attr formaction */
  declare formaction?: string;
  /** @attr formmethod */
  declare formmethod?: ButtonState['formmethod'];
  /** @attr formenctype */
  declare formenctype?: ButtonState['formenctype'];
  /**
   * @attr formnovalidate
   * @default false
   */
  declare formnovalidate: boolean;
  /** @attr formtarget */
  declare formtarget?: ButtonState['formtarget'];
  // Made when first needed: most buttons are never busy, and a page can hold hundreds of them.
  private localize?: Localize<(typeof translations)['nl']>;
  private region?: HTMLElement;
  private native?: NativeControl<HTMLButtonElement | HTMLAnchorElement>;

  /** The native `<button>` or `<a>` inside. */
  get control(): HTMLButtonElement | HTMLAnchorElement | undefined {
    return this.native?.node;
  }

  constructor() {
    super();
    // Capture runs before the native button's own activation: a busy button neither submits nor clicks.
    this.addEventListener('click', PolderButton.guard, true);
  }

  private get state(): ButtonState {
    const state: Partial<Record<string, unknown>> = {};
    for (const name of BUTTON_ATTRIBUTES) state[name] = this[name];
    state.variant = oneOf(this, 'variant', this.variant, BUTTON_VARIANTS);
    state.type = oneOf(this, 'type', this.type, BUTTON_TYPES);
    return state as unknown as ButtonState;
  }

  protected adopt(): void {
    const existing =
      this.firstElementChild &&
      this.querySelector<HTMLButtonElement | HTMLAnchorElement>(
        ':scope > button.polder-button, :scope > a.polder-button',
      );
    const native = (this.native = new NativeControl(existing, buttonTemplate(this.state)));
    if (existing) {
      // What else the markup held (white space, a server's comments) goes; the control stays where it is, so a
      // button that has focus keeps it.
      for (const node of [...this.childNodes]) if (node !== existing) node.remove();
    } else {
      // Without adopted markup, the element's children are the label and icons: they move into the button.
      native.node.append(...this.childNodes);
      this.append(native.node);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Warn about script URLs, which the template leaves out.
    safeUrl(this.href, this);
    safeUrl(this.formaction, this, 'formaction');
    if (this.hasUpdated && changed.size > Number(changed.has('strings'))) {
      this.native?.sync(buttonTemplate(this.state));
    }
    super.willUpdate(changed);
  }

  /**
   * The element's light DOM is the native control (placed by `adopt()`, not rendered) and, once the button has
   * been clicked or busy, a live region.
   */
  protected render(): undefined {
    if (this.busy || this.region) this.announce();
    return undefined;
  }

  /**
   * The polite live region that says the button is busy. It is made on the first click (so it is on the page
   * before it has something to say, which screen readers need) or, for a button that is busy from the start,
   * when it becomes busy.
   */
  private announce(): void {
    if (!this.region) {
      this.region = document.createElement('span');
      this.region.className = 'polder-visually-hidden';
      this.region.setAttribute('role', 'status');
    }
    if (this.region.parentNode !== this) this.append(this.region);
    this.localize ??= new Localize(this, 'button', translations, () => this.strings);
    const text = this.busy ? this.localize.t('busy') : '';
    if (this.region.textContent !== text) this.region.textContent = text;
  }

  /** One click listener for every button, before anything else: makes the live region, blocks a busy button. */
  private static guard(this: PolderButton, event: Event): void {
    if (!this.region && this.native) this.announce();
    const blocked = this.busy || (this.disabled && this.href !== undefined);
    if (blocked && event.target !== this) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  override click(): void {
    this.control?.click();
  }
}

PolderButton.attributeProperties(
  Object.fromEntries(BUTTON_ATTRIBUTES.map((name) => [name, BOOLEANS.includes(name) ? false : FALLBACKS[name]])),
);
