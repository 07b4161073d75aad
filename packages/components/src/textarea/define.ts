import { PolderTextarea } from './textarea.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-textarea', PolderTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'polder-textarea': PolderTextarea;
  }
}

export { PolderTextarea };
