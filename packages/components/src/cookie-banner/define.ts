import { PolderCookieBanner } from './cookie-banner.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-cookie-banner', PolderCookieBanner);

declare global {
  interface HTMLElementTagNameMap {
    'polder-cookie-banner': PolderCookieBanner;
  }
}

export { PolderCookieBanner };
