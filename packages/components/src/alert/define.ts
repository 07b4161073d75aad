import { PolderAlert } from './alert.js';

if (!customElements.get('polder-alert')) customElements.define('polder-alert', PolderAlert);

declare global {
  interface HTMLElementTagNameMap {
    'polder-alert': PolderAlert;
  }
}

export { PolderAlert };
