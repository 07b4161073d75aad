import { PolderHeader } from './header.js';

if (!customElements.get('polder-header')) customElements.define('polder-header', PolderHeader);

declare global {
  interface HTMLElementTagNameMap {
    'polder-header': PolderHeader;
  }
}

export { PolderHeader };
