import { PolderRadio } from './radio.js';
import { PolderRadioGroup } from './radio-group.js';
import { defineElement } from '../registry/registry.js';

// The options first: they are ready when their group renders around them.
defineElement('polder-radio', PolderRadio);
defineElement('polder-radio-group', PolderRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'polder-radio-group': PolderRadioGroup;
    'polder-radio': PolderRadio;
  }
}

export { PolderRadio, PolderRadioGroup };
