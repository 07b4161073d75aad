import { PolderAccordion } from './accordion.js';
import { PolderAccordionSection } from './accordion-section.js';

if (!customElements.get('polder-accordion-section'))
  customElements.define('polder-accordion-section', PolderAccordionSection);
if (!customElements.get('polder-accordion')) customElements.define('polder-accordion', PolderAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'polder-accordion': PolderAccordion;
    'polder-accordion-section': PolderAccordionSection;
  }
}

export { PolderAccordion, PolderAccordionSection };
