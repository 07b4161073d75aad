import { PolderInsetText } from './inset-text.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-inset-text', PolderInsetText);

declare global {
  interface HTMLElementTagNameMap {
    'polder-inset-text': PolderInsetText;
  }
}

export { PolderInsetText };
