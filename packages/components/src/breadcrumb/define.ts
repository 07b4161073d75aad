import { PolderBreadcrumb } from './breadcrumb.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-breadcrumb', PolderBreadcrumb);

declare global {
  interface HTMLElementTagNameMap {
    'polder-breadcrumb': PolderBreadcrumb;
  }
}

export { PolderBreadcrumb };
