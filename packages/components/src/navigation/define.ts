import { PolderNavigation } from './navigation.js';

if (!customElements.get('polder-navigation')) customElements.define('polder-navigation', PolderNavigation);

declare global {
  interface HTMLElementTagNameMap {
    'polder-navigation': PolderNavigation;
  }
}

export { PolderNavigation };
