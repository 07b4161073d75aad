import { PolderInsetText } from './inset-text.js';

if (!customElements.get('polder-inset-text')) customElements.define('polder-inset-text', PolderInsetText);

declare global {
  interface HTMLElementTagNameMap {
    'polder-inset-text': PolderInsetText;
  }
}

export { PolderInsetText };
