import { PolderPagination } from './pagination.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-pagination', PolderPagination);

declare global {
  interface HTMLElementTagNameMap {
    'polder-pagination': PolderPagination;
  }
}

export { PolderPagination };
