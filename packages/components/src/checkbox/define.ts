import { PolderCheckbox } from './checkbox.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-checkbox', PolderCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'polder-checkbox': PolderCheckbox;
  }
}

export { PolderCheckbox };
