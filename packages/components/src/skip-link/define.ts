import { PolderSkipLink } from './skip-link.js';

if (!customElements.get('polder-skip-link')) customElements.define('polder-skip-link', PolderSkipLink);

declare global {
  interface HTMLElementTagNameMap {
    'polder-skip-link': PolderSkipLink;
  }
}

export { PolderSkipLink };
