import { PolderCombobox } from './combobox.js';

if (!customElements.get('polder-combobox')) customElements.define('polder-combobox', PolderCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'polder-combobox': PolderCombobox;
  }
}

export { PolderCombobox };
