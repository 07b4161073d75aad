import { LitElement, type PropertyValues } from 'lit';
import { Hydration } from '../hydration/hydration.js';
import { oneOf } from '../dev/warn.js';
import styles from './tabs.styles.js';
import { TABS_ACTIVATIONS, tabsTemplate } from './tabs.template.js';
import { PolderTab } from './tab.js';
import { PolderTabPanel } from './tab-panel.js';

let uid = 0;

/**
 * Tabs: `<polder-tab>` and `<polder-tab-panel>` children, paired by order. Follows the WAI-ARIA Authoring
 * Practices tabs pattern: Tab enters the tab list at the selected tab and leaves it for the panel; Left and
 * Right move between tabs (wrapping around), Home and End jump to the first and last. A tab is selected as it
 * gets focus (automatic activation), or with `activation="manual"` only on Enter or Space.
 *
 * Before and without JavaScript (server-rendered), every panel shows in order under its tab label as a heading.
 *
 * @summary Switches between panels of related content on one page.
 * @status beta
 *
 * @slot - `<polder-tab>` and `<polder-tab-panel>` elements, in pairs (a tab, then its panel, or all tabs first).
 * @csspart tabs - The box.
 * @csspart tablist - The tab list.
 * @fires polder-tab-change - After the user selected another tab; `detail.index` is its position.
 * @cssprop --polder-tabs-tab-color - Text colour of a tab that is not selected.
 * @cssprop --polder-tabs-tab-selected-border-block-start-color - The line that marks the selected tab.
 */
export class PolderTabs extends LitElement {
  static override styles = styles;
  static override properties = {
    activation: { reflect: true },
    label: {},
  };

  /** `automatic` (default): a tab is selected when it gets focus. `manual`: on Enter or Space. */
  activation: string = 'automatic';

  /** The accessible name of the tab list (recommended when the page has more than one). */
  label?: string;

  /** Rendered without a server-rendered shadow root: enhance at once. Hydrating: first match the server. */
  private readonly hydration = new Hydration(this, { onEnhance: () => this.select(this.selectedIndex, false) });
  private readonly uid = `polder-tabs-${++uid}`;

  /** The tabs, in order. */
  get tabs(): PolderTab[] {
    return [...this.children].filter((c): c is PolderTab => c instanceof PolderTab);
  }

  /** The panels, in order. */
  get panels(): PolderTabPanel[] {
    return [...this.children].filter((c): c is PolderTabPanel => c instanceof PolderTabPanel);
  }

  /** The position of the selected tab. */
  get selectedIndex(): number {
    return Math.max(
      0,
      this.tabs.findIndex((t) => t.selected),
    );
  }

  set selectedIndex(index: number) {
    this.select(index, false);
  }

  private select(index: number, focus: boolean, user = false) {
    const tabs = this.tabs;
    const panels = this.panels;
    const changed = index !== this.selectedIndex;
    tabs.forEach((tab, i) => {
      const panel = panels[i];
      const selected = i === index;
      tab.id ||= `${this.uid}-tab-${i}`;
      tab.selected = selected;
      tab.slot = 'tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      if (!panel) return;
      panel.id ||= `${this.uid}-panel-${i}`;
      tab.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      panel.hidden = !selected;
    });
    if (focus) tabs[index]?.focus();
    if (user && changed) this.dispatchEvent(new CustomEvent('polder-tab-change', { detail: { index }, bubbles: true }));
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const tabs = this.tabs;
    const current = tabs.indexOf((event.target as Element).closest('polder-tab') as PolderTab);
    if (current < 0) return;
    const manual = oneOf(this, 'activation', this.activation, TABS_ACTIVATIONS) === 'manual';
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number;
    if (step) next = (current + step + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else if (manual && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.select(current, true, true);
      return;
    } else return;
    event.preventDefault();
    if (manual) tabs[next].focus();
    else this.select(next, true, true);
  };

  private readonly onClick = (event: MouseEvent) => {
    const tab = (event.target as Element).closest('polder-tab');
    const index = this.tabs.indexOf(tab as PolderTab);
    if (index >= 0) this.select(index, true, true);
  };

  protected override firstUpdated(): void {
    this.shadowRoot!.addEventListener('slotchange', () => this.select(this.selectedIndex, false));
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('activation')) oneOf(this, 'activation', this.activation, TABS_ACTIVATIONS);
  }

  protected override render() {
    return tabsTemplate({
      enhanced: this.hydration.enhanced,
      label: this.label,
      onKeyDown: this.onKeyDown,
      onClick: this.onClick,
    });
  }
}
