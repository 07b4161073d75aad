import { PolderSummaryList } from './summary-list.js';

if (!customElements.get('polder-summary-list')) customElements.define('polder-summary-list', PolderSummaryList);

declare global {
  interface HTMLElementTagNameMap {
    'polder-summary-list': PolderSummaryList;
  }
}

export { PolderSummaryList };
