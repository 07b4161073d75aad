import { PolderTimeoutWarning } from './timeout-warning.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-timeout-warning', PolderTimeoutWarning);

declare global {
  interface HTMLElementTagNameMap {
    'polder-timeout-warning': PolderTimeoutWarning;
  }
}

export { PolderTimeoutWarning, type Clock } from './timeout-warning.js';
