import { LitElement, type PropertyValues } from 'lit';
import { Hydration } from '../hydration/hydration.js';
import { Localize } from '../localize/localize.js';
import styles from './accordion.styles.js';
import { accordionTemplate } from './accordion.template.js';
import { PolderAccordionSection } from './accordion-section.js';

const translations = {
  nl: { showAll: 'Alle secties tonen', hideAll: 'Alle secties verbergen' },
  en: { showAll: 'Show all sections', hideAll: 'Hide all sections' },
};

/**
 * A stack of `<polder-accordion-section>`s, each a heading that shows or hides its content, with one control
 * to show or hide all sections. Follows the WAI-ARIA Authoring Practices accordion pattern: every heading is
 * a native button with `aria-expanded` and `aria-controls`; Enter and Space toggle it.
 *
 * Before and without JavaScript (server-rendered) every section is shown, with plain headings.
 *
 * @summary Sections of a long page that users open one by one.
 * @status beta
 *
 * @slot - The `<polder-accordion-section>` elements.
 * @csspart accordion - The box.
 * @csspart toggle-all - The "show all sections" button.
 * @cssprop --polder-accordion-button-color - Colour of the section headings.
 * @cssprop --polder-accordion-border-color - The lines between sections.
 */
export class PolderAccordion extends LitElement {
  static override styles = styles;
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
    allExpanded: { state: true, attribute: false },
  };

  /** The heading level of sections that do not set their own, 1–6 (default 2). */
  headingLevel?: number;

  /** Per-instance overrides of built-in strings (`showAll`, `hideAll`). */
  strings: Partial<(typeof translations)['nl']> = {};

  /** Rendered without a server-rendered shadow root: enhance at once. Hydrating: first match the server. */
  private readonly hydration = new Hydration(this);
  private allExpanded = false;
  private readonly localize = new Localize(this, 'accordion', translations, () => this.strings);

  constructor() {
    super();
    // A section's toggle event does not bubble (like a native one): listen in the capture phase.
    this.addEventListener('toggle', (event) => this.onSectionToggle(event), { capture: true });
  }

  /** The sections, in order. */
  get sections(): PolderAccordionSection[] {
    return [...this.children].filter((c): c is PolderAccordionSection => c instanceof PolderAccordionSection);
  }

  private onSectionToggle(event: Event) {
    if ((event.target as Element).parentElement === this) this.sync();
  }

  private sync() {
    const sections = this.sections;
    this.allExpanded = sections.length > 0 && sections.every((s) => s.expanded);
    if (this.headingLevel)
      for (const s of sections) if (!s.hasAttribute('heading-level')) s.headingLevel = this.headingLevel;
  }

  private readonly onToggleAll = () => {
    const expand = !this.allExpanded;
    for (const s of this.sections) s.expanded = expand;
    this.allExpanded = expand;
  };

  protected override firstUpdated(): void {
    this.shadowRoot!.addEventListener('slotchange', () => this.sync());
    void this.updateComplete.then(() => this.sync());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel') && this.hasUpdated) this.sync();
  }

  protected override render() {
    return accordionTemplate({
      enhanced: this.hydration.enhanced,
      allExpanded: this.allExpanded,
      toggleAllLabel: this.localize.t(this.allExpanded ? 'hideAll' : 'showAll'),
      onToggleAll: this.onToggleAll,
    });
  }
}
