import { PolderAddAnother } from './add-another.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-add-another', PolderAddAnother);

declare global {
  interface HTMLElementTagNameMap {
    'polder-add-another': PolderAddAnother;
  }
}

export { PolderAddAnother };
