import { LitElement } from 'lit';
import styles from './details.styles.js';
import { detailsTemplate } from './details.template.js';

/**
 * A native `<details>`/`<summary>` disclosure for extra information that most users do not need ("Waarom
 * vragen we dit?"). The browser gives it its keyboard behaviour (Enter and Space on the summary), its
 * expanded/collapsed state for assistive technology, and opens it when find-in-page finds text inside.
 *
 * Without JavaScript use the classes on native elements: `<details class="polder-details">` with
 * `<summary class="polder-details__summary">` and `<div class="polder-details__content">`.
 *
 * @summary Shows extra information on request, with native details and summary.
 * @status beta
 *
 * @slot - The content shown when open.
 * @slot summary - Rich summary text (instead of the `summary` attribute).
 * @csspart details - The native `<details>`.
 * @csspart summary - The native `<summary>`.
 * @csspart content - The content box.
 * @fires toggle - After it opened or closed (a `ToggleEvent` with `oldState` and `newState`), like a native `<details>`.
 * @cssprop --polder-details-summary-color - Colour of the summary.
 * @cssprop --polder-details-content-border-inline-start-color - The line beside the content.
 */
export class PolderDetails extends LitElement {
  static override styles = styles;
  static override properties = {
    summary: {},
    open: { type: Boolean, reflect: true },
  };

  /** The summary text, always visible. */
  summary?: string;

  /** Whether the content is shown. Follows the user's toggling. */
  open = false;

  private readonly onToggle = (event: Event) => {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    this.open = open;
    this.dispatchEvent(
      new ToggleEvent('toggle', { oldState: open ? 'closed' : 'open', newState: open ? 'open' : 'closed' }),
    );
  };

  protected override render() {
    return detailsTemplate({ summary: this.summary, open: this.open, onToggle: this.onToggle });
  }
}
