import { PolderTextField } from './text-field.js';

if (!customElements.get('polder-text-field')) customElements.define('polder-text-field', PolderTextField);

declare global {
  interface HTMLElementTagNameMap {
    'polder-text-field': PolderTextField;
  }
}

export { PolderTextField };
