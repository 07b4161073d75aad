import { PolderCookieBanner } from './cookie-banner.js';

if (!customElements.get('polder-cookie-banner')) customElements.define('polder-cookie-banner', PolderCookieBanner);

declare global {
  interface HTMLElementTagNameMap {
    'polder-cookie-banner': PolderCookieBanner;
  }
}

export { PolderCookieBanner };
