import { PolderPanel } from './panel.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-panel', PolderPanel);

declare global {
  interface HTMLElementTagNameMap {
    'polder-panel': PolderPanel;
  }
}

export { PolderPanel };
