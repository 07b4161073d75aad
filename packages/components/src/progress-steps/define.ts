import { PolderProgressSteps } from './progress-steps.js';

if (!customElements.get('polder-progress-steps')) customElements.define('polder-progress-steps', PolderProgressSteps);

declare global {
  interface HTMLElementTagNameMap {
    'polder-progress-steps': PolderProgressSteps;
  }
}

export { PolderProgressSteps };
