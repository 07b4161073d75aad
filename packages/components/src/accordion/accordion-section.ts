import { LitElement, type PropertyValues } from 'lit';
import { Hydration } from '../hydration/hydration.js';
import styles from './accordion.styles.js';
import { accordionSectionTemplate } from './accordion.template.js';

/**
 * One section of a `<polder-accordion>`: a heading that is a button (`aria-expanded`, `aria-controls`) and the
 * content it shows or hides. Collapsed content is `hidden="until-found"`, so the browser's find-in-page still
 * finds text in it and opens the section.
 *
 * Before and without JavaScript (server-rendered), the heading is plain text and the content is shown.
 *
 * @summary A section of an accordion.
 * @status beta
 *
 * @slot - The content.
 * @slot heading - Rich heading text (instead of the `heading` attribute). Phrasing content only: it sits in a button.
 * @csspart section - The section box.
 * @csspart heading - The native heading element.
 * @csspart button - The button in the heading.
 * @csspart content - The content box.
 * @fires toggle - After the section opened or closed (`ToggleEvent`, `newState` `open` or `closed`).
 */
export class PolderAccordionSection extends LitElement {
  static override styles = styles;
  static override properties = {
    heading: {},
    expanded: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The heading text. */
  heading?: string;

  /** Whether the content is shown. */
  expanded = false;

  /** The heading's level in the page outline, 1–6. Defaults to the accordion's `heading-level`, else 2. */
  headingLevel = 2;

  /** Rendered without a server-rendered shadow root: enhance at once. Hydrating: first match the server. */
  private readonly hydration = new Hydration(this);

  /** The button in the heading (for scripts and tests). */
  get button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('button');
  }

  private readonly onToggle = () => {
    this.expanded = !this.expanded;
  };

  /** Find-in-page found text in the collapsed content: the browser shows it, the section follows. */
  private readonly onBeforeMatch = () => {
    this.expanded = true;
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('expanded') && changed.get('expanded') !== undefined) {
      const open = this.expanded;
      this.dispatchEvent(
        new ToggleEvent('toggle', { oldState: open ? 'closed' : 'open', newState: open ? 'open' : 'closed' }),
      );
    }
  }

  protected override render() {
    return accordionSectionTemplate({
      heading: this.heading,
      headingLevel: this.headingLevel,
      expanded: this.expanded,
      enhanced: this.hydration.enhanced,
      onToggle: this.onToggle,
      onBeforeMatch: this.onBeforeMatch,
    });
  }
}
