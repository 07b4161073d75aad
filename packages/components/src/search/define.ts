import { PolderSearch } from './search.js';

if (!customElements.get('polder-search')) customElements.define('polder-search', PolderSearch);

declare global {
  interface HTMLElementTagNameMap {
    'polder-search': PolderSearch;
  }
}

export { PolderSearch };
