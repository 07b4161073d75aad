import type { PropertyValues } from 'lit';
import { Localize } from '../localize/localize.js';
import { devWarn } from '../dev/warn.js';
import { LightElement } from '../light-element/light-element.js';
import styles from './table.styles.js';

const translations = {
  nl: { label: 'Tabel' },
  en: { label: 'Table' },
};

let ids = 0;

/**
 * Styles a native `<table>` (its light-DOM child) and keeps wide tables usable: when the table is wider than the
 * space it has, the element becomes a scroll region that keyboard users can focus and scroll with the arrow
 * keys (`role="region"`, `tabindex="0"`), named by the table's `<caption>` (`aria-labelledby`). When the table
 * fits, it is a plain wrapper again, without an extra tab stop. The page itself never scrolls sideways.
 *
 * @summary Styles a data table and makes a wide one scrollable with the keyboard.
 * @status beta
 *
 * @slot - A `<table>` with a `<caption>`.
 *
 * @csspart - The table has no shadow DOM: style it through the public classes `.polder-table`,
 *   `.polder-table__cell--numeric`, `.polder-table__scroll`.
 *
 * @cssprop --polder-table-border-color - Line under each row.
 * @cssprop --polder-table-head-border-color - Line under the head row.
 * @cssprop --polder-table-caption-font-size - Size of the caption.
 * @cssprop --polder-table-scroll-cover-background-color - The background the table sits on (hides the scroll shadow at
 *   an edge that is reached); set it when the table is on another background.
 */
export class PolderTable extends LightElement {
  static override observeContent: MutationObserverInit = { childList: true };

  static override styles = [styles];
  static override properties = {
    label: {},
    strings: { attribute: false },
  };

  /** Names the scroll region when the table has no `<caption>` (prefer a caption: it helps everyone). */
  label?: string;

  /** Per-instance overrides of built-in strings. */
  strings: Partial<(typeof translations)['nl']> = {};

  /** Whether the table is wider than the element, so the element is a scroll region. */
  get scrollable(): boolean {
    const table = this.table;
    return !!table && table.offsetWidth > this.clientWidth + 1;
  }

  private readonly localize = new Localize(this, 'table', translations, () => this.strings);
  private readonly resize =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.requestUpdate());

  private get table(): HTMLTableElement | null {
    return this.querySelector(':scope > table');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const table = this.table;
    if (!table) {
      devWarn(this, 'expects a <table> child.');
      return;
    }
    table.classList.add('polder-table');
    this.resize?.observe(table);
    const caption = table.caption;
    if (!caption && !this.label) devWarn(this, 'the table needs a <caption> (or a label) to name it.');
    if (!this.scrollable) {
      for (const name of ['role', 'tabindex', 'aria-labelledby', 'aria-label']) this.removeAttribute(name);
      return;
    }
    this.setAttribute('role', 'region');
    this.setAttribute('tabindex', '0');
    if (caption && !this.label) {
      caption.id ||= `polder-table-caption-${++ids}`;
      this.setAttribute('aria-labelledby', caption.id);
      this.removeAttribute('aria-label');
    } else {
      this.setAttribute('aria-label', this.label || this.localize.t('label'));
      this.removeAttribute('aria-labelledby');
    }
  }
}
