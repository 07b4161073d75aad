import { FormElement } from '../form-element/form-element.js';
import { NativeControl } from '../form-element/native-control.js';
import { Localize, type Catalogue } from '../localize/localize.js';
import { Listbox, listboxStrings } from '../listbox/listbox.js';
import { safeUrl } from '../url/safe-url.js';
import { fieldId } from '../form-control/field.js';
import listboxStyles from '../listbox/listbox.styles.js';
import type { Choice } from '../listbox/match.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './search.styles.js';
import { searchInputTemplate, searchTemplate, type SearchState } from './search.template.js';

/** Built-in strings: the label and button, and the listbox's result count and "type more" note. */
export const searchStrings = {
  nl: { ...listboxStrings.nl, label: 'Zoeken', button: 'Zoeken' } as Catalogue,
  en: { ...listboxStrings.en, label: 'Search', button: 'Search' } as Catalogue,
};

/**
 * A site search: a `role="search"` landmark with a labelled `type="search"` input and a submit button, a
 * native GET form that works without JavaScript. With `src`, the input becomes an editable combobox with
 * suggestions from a JSON endpoint (the same listbox as `polder-combobox`); choosing one searches for it.
 *
 * @summary Lets users search the site.
 * @status beta
 *
 * @csspart - No shadow DOM: style the public classes `.polder-search` (`__label`, `__row`, `__field`,
 *   `__input`, `__button`) and `.polder-listbox`.
 *
 * @cssprop --polder-search-button-background-color - The button.
 */
export class PolderSearch extends FormElement {
  static override styles = [visuallyHidden, listboxStyles, styles];
  /**
   * Where the search goes (GET), e.g. `/zoeken`. Script URLs are ignored.
   * @attr action
   */
  declare action: string;
  /**
   * The name of the query in the URL.
   * @attr name
   * @default 'q'
   */
  declare name: string;
  /**
   * The label of the input. Default "Zoeken" / "Search".
   * @attr label
   */
  declare label: string;
  /**
   * The text of the button. Default "Zoeken" / "Search".
   * @attr button
   */
  declare button: string;
  /**
   * An example query shown in the empty input (never instead of the label).
   * @attr placeholder
   */
  declare placeholder: string;
  /**
   * The label is for screen readers only (e.g. in a header, where the button says what the field is for).
   * @attr hide-label
   * @default false
   */
  declare hideLabel: boolean;
  /**
   * A JSON endpoint for suggestions, with `{query}` for the typed text: `/api/suggesties?q={query}`. It answers
   * `[{ "value": "…", "label": "…" }]`. Script URLs are ignored.
   * @attr src
   */
  declare src: string;

  private native?: NativeControl<HTMLInputElement>;
  private inputId = '';
  private readonly text = new Localize(this, 'search', searchStrings, () => this.strings);
  private readonly listbox = new Listbox(
    this,
    () => this.inputId,
    (choice) => this.pick(choice),
    (key, vars) => this.t(key, vars),
  );

  /** The search input. */
  get control(): HTMLInputElement | undefined {
    return this.native?.node;
  }

  /** The query: the input's live value. */
  get value(): string {
    return this.control?.value ?? '';
  }
  set value(v: string) {
    if (this.control) this.control.value = v;
  }

  private t(key: string, vars: Record<string, number> = {}): string {
    return this.text.t(key, vars);
  }

  private get state(): SearchState {
    const src = safeUrl(this.src, this, 'src');
    this.listbox.src = src;
    return {
      id: this.inputId,
      action: safeUrl(this.action, this, 'action') || undefined,
      name: this.name || 'q',
      label: this.label || this.t('label'),
      button: this.button || this.t('button'),
      hideLabel: this.hideLabel,
      placeholder: this.placeholder || undefined,
      combobox: src ? { expanded: this.listbox.expanded, active: this.listbox.activeId } : undefined,
    };
  }

  protected adopt(): void {
    const existing = this.querySelector<HTMLInputElement>('input');
    this.inputId = fieldId(this, 'search', existing?.id);
    this.native = new NativeControl(existing, searchInputTemplate(this.state));
    const input = this.native.node;
    input.addEventListener('input', () => {
      if (this.listbox.src) this.listbox.show(input.value);
    });
    input.addEventListener('keydown', (event) => {
      if (this.listbox.src && this.listbox.keydown(event, input.value)) event.preventDefault();
    });
    input.addEventListener('blur', () => this.listbox.close());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this.hasUpdated) this.native?.sync(searchInputTemplate(this.state));
    super.willUpdate(changed);
  }

  /** Choosing a suggestion searches for it. */
  private pick(choice: Choice): void {
    const input = this.control!;
    input.value = choice.label;
    input.form?.requestSubmit();
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  protected render() {
    const s = this.state;
    return searchTemplate(s, this.native!.node, s.combobox ? this.listbox.render(s.label!) : undefined);
  }
}

PolderSearch.attributeProperties({
  action: '',
  name: 'q',
  label: '',
  button: '',
  placeholder: '',
  hideLabel: ['hide-label', false],
  src: '',
});
