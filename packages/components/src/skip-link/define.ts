import { PolderSkipLink } from './skip-link.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-skip-link', PolderSkipLink);

declare global {
  interface HTMLElementTagNameMap {
    'polder-skip-link': PolderSkipLink;
  }
}

export { PolderSkipLink };
