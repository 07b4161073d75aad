import { PolderRadio } from './radio.js';
import { PolderRadioGroup } from './radio-group.js';

// The options first: they are ready when their group renders around them.
if (!customElements.get('polder-radio')) customElements.define('polder-radio', PolderRadio);
if (!customElements.get('polder-radio-group')) customElements.define('polder-radio-group', PolderRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'polder-radio-group': PolderRadioGroup;
    'polder-radio': PolderRadio;
  }
}

export { PolderRadio, PolderRadioGroup };
