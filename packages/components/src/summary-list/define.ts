import { PolderSummaryList } from './summary-list.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-summary-list', PolderSummaryList);

declare global {
  interface HTMLElementTagNameMap {
    'polder-summary-list': PolderSummaryList;
  }
}

export { PolderSummaryList };
