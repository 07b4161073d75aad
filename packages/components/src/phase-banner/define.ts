import { PolderPhaseBanner } from './phase-banner.js';

if (!customElements.get('polder-phase-banner')) customElements.define('polder-phase-banner', PolderPhaseBanner);

declare global {
  interface HTMLElementTagNameMap {
    'polder-phase-banner': PolderPhaseBanner;
  }
}

export { PolderPhaseBanner };
