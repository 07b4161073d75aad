import { PolderLanguageSwitcher } from './language-switcher.js';

if (!customElements.get('polder-language-switcher'))
  customElements.define('polder-language-switcher', PolderLanguageSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'polder-language-switcher': PolderLanguageSwitcher;
  }
}

export { PolderLanguageSwitcher };
