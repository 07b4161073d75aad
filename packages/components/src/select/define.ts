import { PolderSelect } from './select.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-select', PolderSelect);

declare global {
  interface HTMLElementTagNameMap {
    'polder-select': PolderSelect;
  }
}

export { PolderSelect };
