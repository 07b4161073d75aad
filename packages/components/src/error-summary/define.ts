import { PolderErrorSummary } from './error-summary.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-error-summary', PolderErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'polder-error-summary': PolderErrorSummary;
  }
}

export { PolderErrorSummary };
