import { PolderSpinner } from './spinner.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-spinner', PolderSpinner);

declare global {
  interface HTMLElementTagNameMap {
    'polder-spinner': PolderSpinner;
  }
}

export { PolderSpinner };
