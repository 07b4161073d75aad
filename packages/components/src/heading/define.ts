import { PolderHeading } from './heading.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-heading', PolderHeading);

declare global {
  interface HTMLElementTagNameMap {
    'polder-heading': PolderHeading;
  }
}

export { PolderHeading };
