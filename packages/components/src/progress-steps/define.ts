import { PolderProgressSteps } from './progress-steps.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-progress-steps', PolderProgressSteps);

declare global {
  interface HTMLElementTagNameMap {
    'polder-progress-steps': PolderProgressSteps;
  }
}

export { PolderProgressSteps };
