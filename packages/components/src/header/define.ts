import { PolderHeader } from './header.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-header', PolderHeader);

declare global {
  interface HTMLElementTagNameMap {
    'polder-header': PolderHeader;
  }
}

export { PolderHeader };
