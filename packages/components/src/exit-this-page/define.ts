import { PolderExitThisPage } from './exit-this-page.js';

if (!customElements.get('polder-exit-this-page')) customElements.define('polder-exit-this-page', PolderExitThisPage);

declare global {
  interface HTMLElementTagNameMap {
    'polder-exit-this-page': PolderExitThisPage;
  }
}

export { PolderExitThisPage };
