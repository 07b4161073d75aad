import { LitElement } from 'lit';
import styles from './tabs.styles.js';
import { tabPanelTemplate } from './tabs.template.js';

/**
 * A panel of a `<polder-tabs>`, shown when the tab of the same position is selected. The tab list sets its
 * role, `aria-labelledby` and `hidden`.
 *
 * @summary The content of a tab.
 * @status beta
 *
 * @slot - The content.
 * @csspart panel - The panel box.
 */
export class PolderTabPanel extends LitElement {
  static override styles = styles;

  protected override render() {
    return tabPanelTemplate();
  }
}
