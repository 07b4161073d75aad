import { PolderCheckboxGroup } from './checkbox-group.js';

if (!customElements.get('polder-checkbox-group')) customElements.define('polder-checkbox-group', PolderCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'polder-checkbox-group': PolderCheckboxGroup;
  }
}

export { PolderCheckboxGroup };
