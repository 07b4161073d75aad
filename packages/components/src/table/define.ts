import { PolderTable } from './table.js';

if (!customElements.get('polder-table')) customElements.define('polder-table', PolderTable);

declare global {
  interface HTMLElementTagNameMap {
    'polder-table': PolderTable;
  }
}

export { PolderTable };
