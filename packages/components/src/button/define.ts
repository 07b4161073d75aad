import { PolderButton } from './button.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-button', PolderButton);

declare global {
  interface HTMLElementTagNameMap {
    'polder-button': PolderButton;
  }
}

export { PolderButton };
