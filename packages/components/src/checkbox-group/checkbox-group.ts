import type { PropertyValues, ReactiveElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormElement } from '../form-element/form-element.js';
import { Localize } from '../localize/localize.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './checkbox-group.styles.js';
import { checkboxGroupTemplate, type CheckboxGroupState } from './checkbox-group.template.js';

const translations = {
  nl: { errorPrefix: 'Fout:', valueMissing: 'Kies ten minste één antwoord' },
  en: { errorPrefix: 'Error:', valueMissing: 'Select at least one answer' },
};

let count = 0;

/**
 * A question with any number of answers: a native `<fieldset>` with a `<legend>` (from `label`), hint and
 * error, around `polder-checkbox` options. The group passes its `name` and `form` to every native checkbox
 * inside, so the form submits one `name=value` entry per checked box, `form.reset()` restores the initial
 * state and `<fieldset disabled>` disables it — with or without JavaScript.
 *
 * With `required`, at least one box must be checked: the group sets a custom validity on its first box, so the
 * native constraint validation blocks the submit, and shows Polder's message after the attempt.
 *
 * @summary Lets the user choose any number of options for one question.
 * @status beta
 *
 * @slot - The `polder-checkbox` options.
 * @slot label - Rich legend content (e.g. a page heading: `<h1 slot="label">`).
 * @slot hint - Rich hint content.
 * @slot error - Rich error content.
 *
 * @csspart - No shadow DOM: style it through the public classes `.polder-checkbox-group`,
 *   `.polder-checkbox-group--invalid`, `.polder-checkbox-group__legend`, `.polder-checkbox-group__hint`,
 *   `.polder-checkbox-group__error`, `.polder-checkbox-group__items`.
 *
 * @cssprop --polder-checkbox-group-row-gap - Space between the options.
 * @cssprop --polder-checkbox-group-error-color - Colour of the error message.
 *
 * @fires change - Native, from the box the user checked or unchecked.
 */
export class PolderCheckboxGroup extends FormElement {
  static override styles = [visuallyHidden, styles];

  /** The question, rendered as the fieldset's `<legend>`. */
  @property() label = '';
  /** Help text below the legend, such as "Kies alles wat van toepassing is"; it describes the fieldset. */
  @property() hint = '';
  /** An error message (e.g. from the server). */
  @property() error = '';
  /** Passed to every native checkbox inside: the form submits it once per checked box. */
  @property({ reflect: true }) name = '';
  /** At least one box must be checked. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Disables the whole group (the native fieldset). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The id of the form the boxes belong to, when they are not inside it. */
  @property({ reflect: true }) form?: string;

  /** Per-instance overrides of built-in strings, e.g. `{ valueMissing: 'Kies welke dieren u heeft' }`. */
  @property({ attribute: false }) strings: Partial<(typeof translations)['nl']> = {};

  /** Set by a failed submit attempt, until the group is valid again or its form resets. */
  @state() private attempted = false;

  private readonly localize = new Localize(this, 'checkbox-group', translations);
  private groupId = '';
  private items: Node[] = [];
  private parts: Partial<Record<'label' | 'hint' | 'error', Node[]>> = {};

  constructor() {
    super();
    this.addEventListener('invalid', this.onInvalid, { capture: true });
    this.addEventListener('change', this.onChange);
  }

  /** Options added to the element later (by a script or a framework) move into the fieldset. */
  private readonly observer = new MutationObserver((records) => {
    const added = records
      .flatMap((r) => [...r.addedNodes])
      .filter((n) => n instanceof Element && n.parentNode === this && !this.isOwn(n));
    if (!added.length) return;
    this.items = [...this.items.filter((n) => n.isConnected), ...added];
    this.requestUpdate();
  });

  private isOwn(node: Node): boolean {
    return node instanceof Element && (node.localName === 'fieldset' || node.hasAttribute('slot'));
  }

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

  /** The native checkboxes inside. */
  get controls(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  /** The native fieldset. */
  get fieldset(): HTMLFieldSetElement | null {
    return this.querySelector(':scope > fieldset');
  }

  /** Where focus goes from an error summary link or `focus()`: the first box that can take it. */
  get focusTarget(): HTMLInputElement | undefined {
    return this.controls.find((c) => !c.disabled);
  }

  /** What an error summary scrolls into view. */
  get labelElement(): HTMLElement | null {
    return this.querySelector('legend');
  }

  /** The error shown now: Polder's message after a submit attempt, else the `error` attribute. */
  get errorMessage(): string {
    return this.validationError || this.error;
  }

  /** The values of the checked boxes, in order. */
  get value(): string[] {
    return this.controls.filter((c) => c.checked).map((c) => c.value);
  }

  checkValidity(): boolean {
    this.syncValidity();
    return this.controls.every((c) => c.checkValidity());
  }

  private get missing(): boolean {
    return this.required && !this.disabled && !this.controls.some((c) => c.checked);
  }

  private get validationError(): string {
    this.localize.overrides = this.strings;
    if (!this.attempted) return '';
    if (this.missing) return this.localize.t('valueMissing');
    const invalid = this.controls.find((c) => !c.validity.valid);
    return invalid ? this.localize.t('valueMissing') : '';
  }

  /** "At least one" has no native attribute: a custom validity on the first box carries it. */
  private syncValidity(): void {
    this.localize.overrides = this.strings;
    const message = this.missing ? this.localize.t('valueMissing') : '';
    const first = this.focusTarget;
    for (const box of this.controls) box.setCustomValidity(box === first ? message : '');
  }

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

  private get state(): CheckboxGroupState {
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
    this.groupId = this.id
      ? `${this.id}-group`
      : `polder-checkbox-group-${Math.random().toString(36).slice(2, 7)}${++count}`;
    const fieldset = this.querySelector(':scope > fieldset');
    if (fieldset) {
      // Server-rendered or hand-written: keep the options and a legend given as content.
      const legend = fieldset.querySelector(':scope > legend');
      if (!this.label && !this.parts.label && legend) this.parts.label = [...legend.childNodes];
      const hint = fieldset.querySelector(':scope > .polder-checkbox-group__hint');
      if (!this.hint && !this.parts.hint && hint) this.parts.hint = [...hint.childNodes];
      const items = fieldset.querySelector(':scope > .polder-checkbox-group__items');
      this.items = items ? [...items.childNodes] : [...fieldset.querySelectorAll('polder-checkbox, .polder-checkbox')];
    } else {
      this.items = [...this.childNodes].filter((n) => !(n instanceof Element && n.hasAttribute('slot')));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The options read name and form from the group; plain native boxes get them here.
    const boxes = [...this.querySelectorAll('polder-checkbox')] as Partial<ReactiveElement>[];
    for (const box of boxes) box.requestUpdate?.();
    // The options render their native boxes after the group's first update: set the validity after them.
    void Promise.all(boxes.map((box) => box.updateComplete)).then(() => this.syncValidity());
    for (const input of this.controls) {
      if (input.closest('polder-checkbox')) continue;
      if (this.name) input.name = this.name;
      if (this.form) input.setAttribute('form', this.form);
    }
    this.syncValidity();
  }

  protected render() {
    return checkboxGroupTemplate(this.state, this.items);
  }

  override focus(options?: FocusOptions): void {
    this.focusTarget?.focus(options);
  }
}
