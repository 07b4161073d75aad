import { PolderDetails } from './details.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-details', PolderDetails);

declare global {
  interface HTMLElementTagNameMap {
    'polder-details': PolderDetails;
  }
}

export { PolderDetails };
