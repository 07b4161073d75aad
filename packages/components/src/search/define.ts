import { PolderSearch } from './search.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-search', PolderSearch);

declare global {
  interface HTMLElementTagNameMap {
    'polder-search': PolderSearch;
  }
}

export { PolderSearch };
