import { PolderSelect } from './select.js';

if (!customElements.get('polder-select')) customElements.define('polder-select', PolderSelect);

declare global {
  interface HTMLElementTagNameMap {
    'polder-select': PolderSelect;
  }
}

export { PolderSelect };
