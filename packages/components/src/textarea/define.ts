import { PolderTextarea } from './textarea.js';

if (!customElements.get('polder-textarea')) customElements.define('polder-textarea', PolderTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'polder-textarea': PolderTextarea;
  }
}

export { PolderTextarea };
