import { PolderFooter } from './footer.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-footer', PolderFooter);

declare global {
  interface HTMLElementTagNameMap {
    'polder-footer': PolderFooter;
  }
}

export { PolderFooter };
