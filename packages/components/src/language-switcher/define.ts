import { PolderLanguageSwitcher } from './language-switcher.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-language-switcher', PolderLanguageSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'polder-language-switcher': PolderLanguageSwitcher;
  }
}

export { PolderLanguageSwitcher };
