import { PolderTimeoutWarning } from './timeout-warning.js';

if (!customElements.get('polder-timeout-warning'))
  customElements.define('polder-timeout-warning', PolderTimeoutWarning);

declare global {
  interface HTMLElementTagNameMap {
    'polder-timeout-warning': PolderTimeoutWarning;
  }
}

export { PolderTimeoutWarning, type Clock } from './timeout-warning.js';
