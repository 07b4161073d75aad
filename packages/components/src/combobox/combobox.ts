import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FormControl } from '../form-control/form-control.js';
import { describedBy, invalid } from '../form-control/field.template.js';
import fieldStyles from '../form-control/form-control.styles.js';
import { Localize, type Catalogue } from '../localize/localize.js';
import { Listbox, listboxStrings } from '../listbox/listbox.js';
import { safeUrl } from '../url/safe-url.js';
import listboxStyles from '../listbox/listbox.styles.js';
import { ChoiceIndex, type Choice } from '../listbox/match.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './combobox.styles.js';
import { comboboxControlTemplate, comboboxTemplate, type ComboboxState } from './combobox.template.js';
import { takeOptions } from '../form-control/select-options.js';

/** Built-in strings: the listbox's result count and "type more" note, and the error for text that matches nothing. */
export const comboboxStrings = {
  nl: { ...listboxStrings.nl, noMatch: 'Kies een optie uit de lijst' } as Catalogue,
  en: { ...listboxStrings.en, noMatch: 'Choose an option from the list' } as Catalogue,
};

/** Marks options the element added to the select: free text, or a choice from `src`. */
const ADDED = 'data-polder-added';
const stop = (event: Event) => event.stopPropagation();

/**
 * An editable combobox: a text input that filters a long list as you type, on top of a native `<select>`.
 * The select is the form control and the source of truth — it has the `name`, and `FormData`, `form.reset()`,
 * `<fieldset disabled>`, validation and back-navigation restore act on it — so without JavaScript the element
 * simply is a select. With JavaScript the select is hidden and a `role="combobox"` input, labelled by the same
 * label and described by the hint and error, and a listbox take its place (WAI-ARIA Authoring Practices,
 * "editable combobox with list autocomplete").
 *
 * @summary Lets users find and choose one option from a long list by typing.
 * @status beta
 *
 * @attr {string} value - The option chosen initially, when no option has `selected`; `form.reset()` returns to it.
 * @attr {string} form - The id of the form the select belongs to, when it is not inside it.
 * @attr {string} autocomplete - Autofill hint for the select (without JavaScript), e.g. `country-name`.
 *
 * @slot - `<option>` (with `data-alt` alternative names) and `<optgroup>` elements, or a `<select>` to adopt.
 * @slot label - Rich label content (instead of the `label` attribute).
 * @slot hint - Rich hint content (instead of the `hint` attribute).
 * @slot error - Rich error content (instead of the `error` attribute).
 *
 * @csspart - No shadow DOM: style the public classes `.polder-combobox` (`__select`, `__input`) and
 *   `.polder-listbox` (`__list`, `__option`, `__note`).
 *
 * @cssprop --polder-combobox-border-color - Border of the input.
 * @cssprop --polder-listbox-option-selected-background-color - The active option.
 *
 * @fires input - From the select, when the chosen option changes.
 * @fires change - From the select, when the chosen option changes.
 */
export class PolderCombobox extends FormControl<HTMLSelectElement> {
  static override styles = [visuallyHidden, fieldStyles, listboxStyles, styles];
  /** Options added later (to the element or the select) are taken in and indexed. */
  static override observeContent = { childList: true, subtree: true };
  /**
   * Text that matches no option may be submitted: it is added to the select as an option and chosen.
   * @attr free-text
   * @default false
   */
  declare freeText: boolean;
  /**
   * A JSON endpoint for the options, with `{query}` for the typed text: `/api/plaatsen?q={query}`. It answers
   * `[{ "value": "…", "label": "…" }]`. Script URLs are ignored.
   * @attr src
   */
  declare src: string;

  private readonly text = new Localize(this, 'combobox', comboboxStrings, () => this.strings);
  private readonly listbox = new Listbox(
    this,
    () => this.fieldState.id,
    (choice) => this.pick(choice),
    (key, vars) => this.text.t(key, vars),
  );
  /** How many options the index holds: it is prepared again when that changes. */
  private indexed = -1;

  private get state(): ComboboxState {
    return { ...this.controlState, enhanced: true };
  }

  private get input(): HTMLInputElement | null {
    return this.querySelector('.polder-combobox__input');
  }

  /** The chosen option, if it has a value (a placeholder `value=""` is no choice). */
  private get chosen(): HTMLOptionElement | undefined {
    const option = this.control?.selectedOptions[0];
    return option?.value ? option : undefined;
  }

  /** The text input: where the label, `focus()` and error summary links lead. */
  override get focusTarget(): HTMLElement | undefined {
    return this.input ?? super.focusTarget;
  }

  override get value(): string {
    return super.value;
  }
  override set value(v: string) {
    super.value = v;
    this.show();
  }

  protected controlTemplate() {
    return comboboxControlTemplate(this.state);
  }

  protected findControl() {
    return this.querySelector('select');
  }

  /** Moves `<option>` and `<optgroup>` children of the element into the select. */
  private takeOptions(): void {
    takeOptions(this, this.control, this.attr('value'), !this.hasUpdated);
  }

  protected override adopt(): void {
    super.adopt();
    this.takeOptions();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.takeOptions();
    super.willUpdate(changed);
    this.listbox.src = safeUrl(this.src, this, 'src');
    this.check();
  }

  protected override firstUpdated(): void {
    this.show();
  }

  /** Shows the chosen option's label in the input. */
  private show(): void {
    const input = this.input;
    if (input) input.value = this.chosen?.label ?? '';
    this.check();
  }

  /** Text that matches no option (without `free-text`) is an error after a submit attempt. */
  private check(): void {
    const text = this.input?.value.trim();
    this.control?.setCustomValidity(text && !this.chosen && !this.freeText ? this.text.t('noMatch') : '');
  }

  /** Chooses `option` (undefined: no choice) and fires `input` and `change` when the value changed. */
  private select(option?: HTMLOptionElement): void {
    const control = this.control!;
    const before = control.value;
    const empty = [...control.options].find((o) => !o.value && !o.hasAttribute(ADDED));
    if (option) option.selected = true;
    else if (empty) empty.selected = true;
    else control.selectedIndex = -1;
    for (const o of control.querySelectorAll(`[${ADDED}]`)) if (o !== option) o.remove();
    if (control.value !== before)
      for (const type of ['input', 'change']) control.dispatchEvent(new Event(type, { bubbles: true }));
    this.check();
    this.requestUpdate();
  }

  /** Chooses an option of the list (one from `src` is added to the select). */
  private pick(choice: Choice): void {
    const control = this.control!;
    this.select([...control.options].find((o) => o.value === choice.value) ?? this.add(choice.label, choice.value));
    this.show();
  }

  /** Leaving the input: the text's only match is chosen; other text is free text, or no choice. */
  private commit(): void {
    const text = this.input!.value;
    if (this.chosen?.label === text) return;
    const one = text.trim() ? (this.src ? new ChoiceIndex(this.listbox.items) : this.prepare()).only(text) : undefined;
    if (one) this.pick(one);
    else this.select(text.trim() && this.freeText ? this.add(text, text) : undefined);
  }

  private add(label: string, value: string): HTMLOptionElement {
    const option = new Option(label, value);
    option.setAttribute(ADDED, '');
    this.control!.append(option);
    return option;
  }

  /** The options, prepared for matching once (and again after the options changed). */
  private prepare(): ChoiceIndex {
    const options = this.control!.options;
    if (options.length !== this.indexed) {
      this.indexed = options.length;
      this.listbox.index = new ChoiceIndex(
        [...options]
          .filter((o) => o.value && !o.disabled && !o.hasAttribute(ADDED))
          .map((o) => ({ value: o.value, label: o.label, alt: o.dataset.alt })),
      );
    }
    return this.listbox.index;
  }

  private onInput = (event: Event): void => {
    event.stopPropagation();
    const text = this.input!.value;
    if (this.chosen && this.chosen.label !== text) this.select();
    this.prepare();
    if (text.trim()) this.listbox.show(text);
    else this.listbox.close();
    this.check();
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const input = this.input!;
    const { open, active } = this.listbox;
    if (event.key === 'Escape' && !open && input.value) {
      input.value = '';
      this.select();
    } else if (event.key === 'Enter' && active < 0) {
      this.listbox.close();
      this.commit();
      // With the list open, Enter only closes it; with the list closed, the form submits.
      if (!open) return;
    } else {
      this.prepare();
      if (!this.listbox.keydown(event, this.chosen?.label === input.value ? '' : input.value)) return;
    }
    event.preventDefault();
  };

  private onBlur = (): void => {
    this.listbox.close();
    this.commit();
  };

  protected override formReset(): void {
    // Options added for free text or from `src` are no defaults: the reset removes them.
    for (const o of this.control?.querySelectorAll(`[${ADDED}]`) ?? []) o.remove();
    this.listbox.close();
    this.show();
  }

  protected render() {
    const s = this.state;
    const label = this.label || this.labelElement?.textContent?.trim() || '';
    return comboboxTemplate(
      s,
      this.native!.node,
      html`<input
          class="polder-combobox__control polder-combobox__input"
          id=${s.id}
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-controls=${`${s.id}-listbox`}
          aria-expanded=${this.listbox.expanded}
          aria-activedescendant=${ifDefined(this.listbox.activeId)}
          aria-describedby=${ifDefined(describedBy(s))}
          aria-invalid=${ifDefined(invalid(s))}
          aria-required=${ifDefined(this.required ? 'true' : undefined)}
          ?disabled=${this.disabled}
          @input=${this.onInput}
          @change=${stop}
          @keydown=${this.onKeydown}
          @blur=${this.onBlur}
        />${this.listbox.render(label)}`,
    );
  }
}

PolderCombobox.attributeProperties({ freeText: ['free-text', false], src: '' });
