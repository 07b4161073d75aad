import { PolderParagraph } from './paragraph.js';

if (!customElements.get('polder-paragraph')) customElements.define('polder-paragraph', PolderParagraph);

declare global {
  interface HTMLElementTagNameMap {
    'polder-paragraph': PolderParagraph;
  }
}

export { PolderParagraph };
