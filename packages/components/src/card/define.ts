import { PolderCard } from './card.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-card', PolderCard);

declare global {
  interface HTMLElementTagNameMap {
    'polder-card': PolderCard;
  }
}

export { PolderCard };
