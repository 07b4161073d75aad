import { PolderExitThisPage } from './exit-this-page.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-exit-this-page', PolderExitThisPage);

declare global {
  interface HTMLElementTagNameMap {
    'polder-exit-this-page': PolderExitThisPage;
  }
}

export { PolderExitThisPage };
