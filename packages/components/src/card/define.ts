import { PolderCard } from './card.js';

if (!customElements.get('polder-card')) customElements.define('polder-card', PolderCard);

declare global {
  interface HTMLElementTagNameMap {
    'polder-card': PolderCard;
  }
}

export { PolderCard };
