import { PolderTag } from './tag.js';

if (!customElements.get('polder-tag')) customElements.define('polder-tag', PolderTag);

declare global {
  interface HTMLElementTagNameMap {
    'polder-tag': PolderTag;
  }
}

export { PolderTag };
