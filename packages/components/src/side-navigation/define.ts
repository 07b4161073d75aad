import { PolderSideNavigation } from './side-navigation.js';

if (!customElements.get('polder-side-navigation'))
  customElements.define('polder-side-navigation', PolderSideNavigation);

declare global {
  interface HTMLElementTagNameMap {
    'polder-side-navigation': PolderSideNavigation;
  }
}

export { PolderSideNavigation };
