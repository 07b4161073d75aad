import { PolderParagraph } from './paragraph.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-paragraph', PolderParagraph);

declare global {
  interface HTMLElementTagNameMap {
    'polder-paragraph': PolderParagraph;
  }
}

export { PolderParagraph };
