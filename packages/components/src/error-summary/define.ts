import { PolderErrorSummary } from './error-summary.js';

if (!customElements.get('polder-error-summary')) customElements.define('polder-error-summary', PolderErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'polder-error-summary': PolderErrorSummary;
  }
}

export { PolderErrorSummary };
