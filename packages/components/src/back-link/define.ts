import { PolderBackLink } from './back-link.js';

if (!customElements.get('polder-back-link')) customElements.define('polder-back-link', PolderBackLink);

declare global {
  interface HTMLElementTagNameMap {
    'polder-back-link': PolderBackLink;
  }
}

export { PolderBackLink };
