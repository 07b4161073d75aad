import { PolderPanel } from './panel.js';

if (!customElements.get('polder-panel')) customElements.define('polder-panel', PolderPanel);

declare global {
  interface HTMLElementTagNameMap {
    'polder-panel': PolderPanel;
  }
}

export { PolderPanel };
