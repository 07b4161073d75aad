import { PolderDialog } from './dialog.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-dialog', PolderDialog);

declare global {
  interface HTMLElementTagNameMap {
    'polder-dialog': PolderDialog;
  }
}

export { PolderDialog };
