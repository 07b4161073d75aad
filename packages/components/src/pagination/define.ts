import { PolderPagination } from './pagination.js';

if (!customElements.get('polder-pagination')) customElements.define('polder-pagination', PolderPagination);

declare global {
  interface HTMLElementTagNameMap {
    'polder-pagination': PolderPagination;
  }
}

export { PolderPagination };
