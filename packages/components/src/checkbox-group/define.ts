import { PolderCheckboxGroup } from './checkbox-group.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-checkbox-group', PolderCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'polder-checkbox-group': PolderCheckboxGroup;
  }
}

export { PolderCheckboxGroup };
