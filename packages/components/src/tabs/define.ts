import { PolderTabs } from './tabs.js';
import { PolderTab } from './tab.js';
import { PolderTabPanel } from './tab-panel.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-tab', PolderTab);
defineElement('polder-tab-panel', PolderTabPanel);
defineElement('polder-tabs', PolderTabs);

declare global {
  interface HTMLElementTagNameMap {
    'polder-tabs': PolderTabs;
    'polder-tab': PolderTab;
    'polder-tab-panel': PolderTabPanel;
  }
}

export { PolderTabs, PolderTab, PolderTabPanel };
