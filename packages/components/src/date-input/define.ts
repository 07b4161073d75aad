import { PolderDateInput } from './date-input.js';

if (!customElements.get('polder-date-input')) customElements.define('polder-date-input', PolderDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'polder-date-input': PolderDateInput;
  }
}

export { PolderDateInput };
