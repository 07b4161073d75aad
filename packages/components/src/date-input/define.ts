import { PolderDateInput } from './date-input.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-date-input', PolderDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'polder-date-input': PolderDateInput;
  }
}

export { PolderDateInput };
