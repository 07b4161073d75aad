import { LitElement } from 'lit';
import { oneOf } from '../dev/warn.js';
import styles from './heading.styles.js';
import { HEADING_LEVELS, headingTemplate } from './heading.template.js';

/**
 * A heading of level 1–6. Its look (`appearance`) is independent of its level, so the page outline can be
 * right (one `h1`, no skipped levels) while the design picks the size.
 *
 * Without JavaScript use the classes on a native heading: `<h2 class="polder-heading polder-heading--2">`.
 *
 * @summary A heading whose size is independent of its level.
 * @status beta
 *
 * @slot - The heading text.
 * @csspart heading - The native `<h1>`–`<h6>`.
 * @cssprop --polder-heading-color - Text colour.
 * @cssprop --polder-heading-font-family - Font family (the heading font of the theme).
 * @cssprop --polder-heading-level-1-font-size - Font size of appearance 1 (likewise 2–6).
 * @cssprop --polder-heading-margin-block-end - Space after the heading.
 */
export class PolderHeading extends LitElement {
  static override styles = styles;
  static override properties = {
    level: { reflect: true },
    appearance: { reflect: true },
  };

  /** The level in the page outline, `1`–`6` (default `2`). */
  level: string = '2';

  /** The look, `1`–`6`; defaults to the level. */
  appearance?: string;

  protected override render() {
    const level = oneOf(this, 'level', this.level, HEADING_LEVELS);
    const appearance = oneOf(this, 'appearance', this.appearance, [
      level,
      ...HEADING_LEVELS.filter((l) => l !== level),
    ]);
    return headingTemplate({ level, appearance });
  }
}
