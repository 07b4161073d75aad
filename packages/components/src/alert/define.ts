import { PolderAlert } from './alert.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-alert', PolderAlert);

declare global {
  interface HTMLElementTagNameMap {
    'polder-alert': PolderAlert;
  }
}

export { PolderAlert };
