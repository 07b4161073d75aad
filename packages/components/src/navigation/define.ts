import { PolderNavigation } from './navigation.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-navigation', PolderNavigation);

declare global {
  interface HTMLElementTagNameMap {
    'polder-navigation': PolderNavigation;
  }
}

export { PolderNavigation };
