import { PolderAccordion } from './accordion.js';
import { PolderAccordionSection } from './accordion-section.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-accordion-section', PolderAccordionSection);
defineElement('polder-accordion', PolderAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'polder-accordion': PolderAccordion;
    'polder-accordion-section': PolderAccordionSection;
  }
}

export { PolderAccordion, PolderAccordionSection };
