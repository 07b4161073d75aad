import { PolderTable } from './table.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-table', PolderTable);

declare global {
  interface HTMLElementTagNameMap {
    'polder-table': PolderTable;
  }
}

export { PolderTable };
