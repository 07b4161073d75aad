import { PolderNotificationBanner } from './notification-banner.js';

if (!customElements.get('polder-notification-banner'))
  customElements.define('polder-notification-banner', PolderNotificationBanner);

declare global {
  interface HTMLElementTagNameMap {
    'polder-notification-banner': PolderNotificationBanner;
  }
}

export { PolderNotificationBanner };
