import { LitElement } from 'lit';
import { Hydration } from '../hydration/hydration.js';
import styles from './tabs.styles.js';
import { tabTemplate } from './tabs.template.js';

/**
 * A tab of a `<polder-tabs>`: its label. The n-th tab shows the n-th `<polder-tab-panel>`. The tab list sets
 * its role, `aria-selected`, `aria-controls` and tab index.
 *
 * Without JavaScript (server-rendered) it is the heading of its panel.
 *
 * @summary The label of a tab.
 * @status beta
 *
 * @slot - The label (phrasing content).
 * @csspart tab - The tab.
 * @csspart heading - The heading it is without JavaScript.
 */
export class PolderTab extends LitElement {
  static override styles = styles;
  static override properties = {
    selected: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Whether this tab is the selected one. Set it to choose the first tab shown; the tab list keeps it in sync. */
  selected = false;

  /** The level of the heading the label is without JavaScript, 1–6 (default 2). */
  headingLevel = 2;

  /** Rendered without a server-rendered shadow root: enhance at once. Hydrating: first match the server. */
  private readonly hydration = new Hydration(this);

  protected override render() {
    return tabTemplate({ enhanced: this.hydration.enhanced, selected: this.selected, headingLevel: this.headingLevel });
  }
}
