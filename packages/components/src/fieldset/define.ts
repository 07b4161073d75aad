import { PolderFieldset } from './fieldset.js';

if (!customElements.get('polder-fieldset')) customElements.define('polder-fieldset', PolderFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'polder-fieldset': PolderFieldset;
  }
}

export { PolderFieldset };
