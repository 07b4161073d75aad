import { PolderTag } from './tag.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-tag', PolderTag);

declare global {
  interface HTMLElementTagNameMap {
    'polder-tag': PolderTag;
  }
}

export { PolderTag };
