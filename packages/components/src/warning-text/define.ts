import { PolderWarningText } from './warning-text.js';

if (!customElements.get('polder-warning-text')) customElements.define('polder-warning-text', PolderWarningText);

declare global {
  interface HTMLElementTagNameMap {
    'polder-warning-text': PolderWarningText;
  }
}

export { PolderWarningText };
