import { PolderDetails } from './details.js';

if (!customElements.get('polder-details')) customElements.define('polder-details', PolderDetails);

declare global {
  interface HTMLElementTagNameMap {
    'polder-details': PolderDetails;
  }
}

export { PolderDetails };
