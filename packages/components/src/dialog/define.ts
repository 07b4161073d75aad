import { PolderDialog } from './dialog.js';

if (!customElements.get('polder-dialog')) customElements.define('polder-dialog', PolderDialog);

declare global {
  interface HTMLElementTagNameMap {
    'polder-dialog': PolderDialog;
  }
}

export { PolderDialog };
