import { PolderWarningText } from './warning-text.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-warning-text', PolderWarningText);

declare global {
  interface HTMLElementTagNameMap {
    'polder-warning-text': PolderWarningText;
  }
}

export { PolderWarningText };
