import { PolderSideNavigation } from './side-navigation.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-side-navigation', PolderSideNavigation);

declare global {
  interface HTMLElementTagNameMap {
    'polder-side-navigation': PolderSideNavigation;
  }
}

export { PolderSideNavigation };
