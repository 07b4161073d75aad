import { PolderBreadcrumb } from './breadcrumb.js';

if (!customElements.get('polder-breadcrumb')) customElements.define('polder-breadcrumb', PolderBreadcrumb);

declare global {
  interface HTMLElementTagNameMap {
    'polder-breadcrumb': PolderBreadcrumb;
  }
}

export { PolderBreadcrumb };
