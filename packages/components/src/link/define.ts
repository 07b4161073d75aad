import { PolderLink } from './link.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-link', PolderLink);

declare global {
  interface HTMLElementTagNameMap {
    'polder-link': PolderLink;
  }
}

export { PolderLink };
