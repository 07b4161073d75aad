import { PolderSpinner } from './spinner.js';

if (!customElements.get('polder-spinner')) customElements.define('polder-spinner', PolderSpinner);

declare global {
  interface HTMLElementTagNameMap {
    'polder-spinner': PolderSpinner;
  }
}

export { PolderSpinner };
