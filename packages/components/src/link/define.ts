import { PolderLink } from './link.js';

if (!customElements.get('polder-link')) customElements.define('polder-link', PolderLink);

declare global {
  interface HTMLElementTagNameMap {
    'polder-link': PolderLink;
  }
}

export { PolderLink };
