import { PolderTextField } from './text-field.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-text-field', PolderTextField);

declare global {
  interface HTMLElementTagNameMap {
    'polder-text-field': PolderTextField;
  }
}

export { PolderTextField };
