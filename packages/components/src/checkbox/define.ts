import { PolderCheckbox } from './checkbox.js';

if (!customElements.get('polder-checkbox')) customElements.define('polder-checkbox', PolderCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'polder-checkbox': PolderCheckbox;
  }
}

export { PolderCheckbox };
