import type { PropertyValues, ReactiveElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormElement } from '../form-element/form-element.js';
import type { Localize } from '../localize/localize.js';
import type { ChoiceGroupState } from './choice-group.template.js';

let count = 0;

/** The strings every choice group has. */
export interface ChoiceGroupStrings {
  errorPrefix: string;
  valueMissing: string;
  [key: string]: string;
}

/**
 * Base of the fieldset-based groups (`polder-checkbox-group`, `polder-radio-group`): a native `<fieldset>` with a
 * `<legend>` (from `label`), hint and error around option elements that render their own native inputs. The group
 * passes `name` and `form` down, moves options added later into the fieldset, shows Polder's message after a
 * submit attempt (not the browser bubble), clears it on `reset`, and tells `polder-error-summary` where focus
 * goes. Subclasses name their block class, option tag and input type, and render with `choiceGroupTemplate`.
 */
export abstract class ChoiceGroup extends FormElement {
  /** The question, rendered as the fieldset's `<legend>`. */
  @property() label = '';
  /** Help text below the legend; it describes the fieldset. */
  @property() hint = '';
  /** An error message (e.g. from the server). */
  @property() error = '';
  /** Passed to every native input inside. */
  @property({ reflect: true }) name = '';
  /** An answer is needed. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Disables the whole group (the native fieldset). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The id of the form the inputs belong to, when they are not inside it. */
  @property({ reflect: true }) form?: string;

  /** Per-instance overrides of built-in strings, e.g. `{ valueMissing: 'Kies …' }`. */
  @property({ attribute: false }) strings: Partial<ChoiceGroupStrings> = {};

  /** Set by a failed submit attempt, until the group is valid again or its form resets. */
  @state() protected attempted = false;

  protected abstract readonly localize: Localize<ChoiceGroupStrings>;
  /** The public class of the fieldset, e.g. `polder-radio-group`. */
  protected abstract readonly block: string;
  /** The option element, e.g. `polder-radio`. */
  protected abstract readonly optionTag: string;
  /** The native input type inside, `radio` or `checkbox`. */
  protected abstract readonly inputType: string;

  protected groupId = '';
  protected items: Node[] = [];
  protected parts: Partial<Record<'label' | 'hint' | 'error', Node[]>> = {};

  constructor() {
    super();
    this.addEventListener('invalid', this.onInvalid, { capture: true });
    this.addEventListener('change', this.onChange);
  }

  /** Options added to the element later (by a script or a framework) move into the fieldset. */
  private readonly observer = new MutationObserver((records) => {
    const added = records
      .flatMap((r) => [...r.addedNodes])
      .filter(
        (n) => n instanceof Element && n.parentNode === this && n.localName !== 'fieldset' && !n.hasAttribute('slot'),
      );
    if (!added.length) return;
    this.items = [...this.items.filter((n) => n.isConnected), ...added];
    this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('reset', this.onReset);
    this.observer.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('reset', this.onReset);
    this.observer.disconnect();
  }

  /** The native inputs inside. */
  get controls(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[type="${this.inputType}"]`)];
  }

  /** The native fieldset. */
  get fieldset(): HTMLFieldSetElement | null {
    return this.querySelector(':scope > fieldset');
  }

  /** Where focus goes from an error summary link or `focus()`: the checked option, else the first. */
  get focusTarget(): HTMLInputElement | undefined {
    const enabled = this.controls.filter((c) => !c.disabled);
    return enabled.find((c) => c.checked) ?? enabled[0];
  }

  /** What an error summary scrolls into view. */
  get labelElement(): HTMLElement | null {
    return this.querySelector('legend');
  }

  /** The error shown now: Polder's message after a submit attempt, else the `error` attribute. */
  get errorMessage(): string {
    return this.validationError || this.error;
  }

  checkValidity(): boolean {
    this.syncValidity();
    return this.controls.every((c) => c.checkValidity());
  }

  protected get validationError(): string {
    return this.attempted && this.controls.some((c) => !c.validity.valid) ? this.localize.t('valueMissing') : '';
  }

  /** Brings the native inputs' validity in line with the group (a custom validity, say). */
  protected syncValidity(): void {}

  /** A native input written straight into the group (plain HTML) gets what options get from the group. */
  protected abstract syncPlainInput(input: HTMLInputElement): void;

  private onInvalid = (event: Event): void => {
    event.preventDefault();
    this.attempted = true;
  };

  private onChange = (): void => {
    this.syncValidity();
    if (this.attempted && !this.validationError) this.attempted = false;
  };

  private onReset = (event: Event): void => {
    if (!this.controls.some((c) => c.form === event.target)) return;
    // The reset event comes before the values are reset: update after it.
    setTimeout(() => {
      this.attempted = false;
      this.syncValidity();
    });
  };

  protected get groupState(): ChoiceGroupState {
    return {
      id: this.groupId,
      label: this.parts.label ?? this.label,
      hint: this.parts.hint ?? this.hint,
      error: this.validationError || (this.parts.error ?? this.error),
      errorPrefix: this.localize.t('errorPrefix'),
      disabled: this.disabled,
    };
  }

  protected adopt(): void {
    const slotted = (name: string) => {
      const nodes = [...this.querySelectorAll(`:scope > [slot="${name}"]`)];
      return nodes.length ? nodes : undefined;
    };
    this.parts = { label: slotted('label'), hint: slotted('hint'), error: slotted('error') };
    this.groupId = this.id ? `${this.id}-group` : `${this.block}-${Math.random().toString(36).slice(2, 7)}${++count}`;
    const fieldset = this.fieldset;
    if (fieldset) {
      // Server-rendered or hand-written: keep the options and a legend given as content.
      const legend = fieldset.querySelector(':scope > legend');
      if (!this.label && !this.parts.label && legend) this.parts.label = [...legend.childNodes];
      const hint = fieldset.querySelector(`:scope > .${this.block}__hint`);
      if (!this.hint && !this.parts.hint && hint) this.parts.hint = [...hint.childNodes];
      const items = fieldset.querySelector(`:scope > .${this.block}__items`);
      const option = this.optionTag.replace(/^polder-/, '');
      this.items = items
        ? [...items.childNodes]
        : [...fieldset.querySelectorAll(`${this.optionTag}, .polder-${option}`)];
    } else {
      this.items = [...this.childNodes].filter((n) => !(n instanceof Element && n.hasAttribute('slot')));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The options read name, form and more from the group: let them render again.
    const options = [...this.querySelectorAll(this.optionTag)] as Partial<ReactiveElement>[];
    for (const option of options) option.requestUpdate?.();
    for (const input of this.controls) if (!input.closest(this.optionTag)) this.syncPlainInput(input);
    this.syncValidity();
    // The options render their native inputs after the group's update: check the validity again after them.
    void Promise.all(options.map((o) => o.updateComplete)).then(() => this.syncValidity());
  }

  override focus(options?: FocusOptions): void {
    this.focusTarget?.focus(options);
  }
}
