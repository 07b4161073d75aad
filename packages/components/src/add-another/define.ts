import { PolderAddAnother } from './add-another.js';

if (!customElements.get('polder-add-another')) customElements.define('polder-add-another', PolderAddAnother);

declare global {
  interface HTMLElementTagNameMap {
    'polder-add-another': PolderAddAnother;
  }
}

export { PolderAddAnother };
