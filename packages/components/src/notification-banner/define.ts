import { PolderNotificationBanner } from './notification-banner.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-notification-banner', PolderNotificationBanner);

declare global {
  interface HTMLElementTagNameMap {
    'polder-notification-banner': PolderNotificationBanner;
  }
}

export { PolderNotificationBanner };
