import { PolderFooter } from './footer.js';

if (!customElements.get('polder-footer')) customElements.define('polder-footer', PolderFooter);

declare global {
  interface HTMLElementTagNameMap {
    'polder-footer': PolderFooter;
  }
}

export { PolderFooter };
