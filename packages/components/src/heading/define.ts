import { PolderHeading } from './heading.js';

if (!customElements.get('polder-heading')) customElements.define('polder-heading', PolderHeading);

declare global {
  interface HTMLElementTagNameMap {
    'polder-heading': PolderHeading;
  }
}

export { PolderHeading };
