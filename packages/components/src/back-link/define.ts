import { PolderBackLink } from './back-link.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-back-link', PolderBackLink);

declare global {
  interface HTMLElementTagNameMap {
    'polder-back-link': PolderBackLink;
  }
}

export { PolderBackLink };
