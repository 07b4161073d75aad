import { PolderTabs } from './tabs.js';
import { PolderTab } from './tab.js';
import { PolderTabPanel } from './tab-panel.js';

if (!customElements.get('polder-tab')) customElements.define('polder-tab', PolderTab);
if (!customElements.get('polder-tab-panel')) customElements.define('polder-tab-panel', PolderTabPanel);
if (!customElements.get('polder-tabs')) customElements.define('polder-tabs', PolderTabs);

declare global {
  interface HTMLElementTagNameMap {
    'polder-tabs': PolderTabs;
    'polder-tab': PolderTab;
    'polder-tab-panel': PolderTabPanel;
  }
}

export { PolderTabs, PolderTab, PolderTabPanel };
