import { PolderButton } from './button.js';

if (!customElements.get('polder-button')) customElements.define('polder-button', PolderButton);

declare global {
  interface HTMLElementTagNameMap {
    'polder-button': PolderButton;
  }
}

export { PolderButton };
