import { PolderPhaseBanner } from './phase-banner.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-phase-banner', PolderPhaseBanner);

declare global {
  interface HTMLElementTagNameMap {
    'polder-phase-banner': PolderPhaseBanner;
  }
}

export { PolderPhaseBanner };
