import { PolderCombobox } from './combobox.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-combobox', PolderCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'polder-combobox': PolderCombobox;
  }
}

export { PolderCombobox };
