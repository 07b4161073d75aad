import { PolderFieldset } from './fieldset.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-fieldset', PolderFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'polder-fieldset': PolderFieldset;
  }
}

export { PolderFieldset };
