import type { PropertyValues } from 'lit';
import { Localize } from '../localize/localize.js';
import { devWarn, oneOf } from '../dev/warn.js';
import { LightElement } from '../light-element/light-element.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './progress-steps.styles.js';
import { PROGRESS_STEPS_ORIENTATIONS, clampCurrent } from './progress-steps.template.js';

const translations = {
  nl: { label: 'Voortgang', complete: 'Voltooid' },
  en: { label: 'Progress', complete: 'Completed' },
};

const STATUS = 'polder-progress-steps__status';

/**
 * Shows where the user is in a task of several steps. It wraps a native `<ol>` in its light DOM (so the list
 * keeps its semantics and works without JavaScript) and, from `current`, marks the steps: the current one with
 * `aria-current="step"`, the ones before it as complete — in text ("Voltooid") and with a check mark, never by
 * colour alone. Steps may contain links, usually only completed steps the user may go back to.
 *
 * @summary Shows the steps of a task, which are done and which one the user is on.
 * @status beta
 *
 * @slot - An `<ol>` with one `<li>` per step.
 *
 * @csspart - The list has no shadow DOM: style it through the public classes `.polder-progress-steps`,
 *   `.polder-progress-steps--horizontal`, `.polder-progress-steps__step`, `.polder-progress-steps__step--complete`,
 *   `.polder-progress-steps__step--current`, `.polder-progress-steps__status`.
 *
 * @cssprop --polder-progress-steps-complete-marker-background-color - Fill of a completed step's marker.
 * @cssprop --polder-progress-steps-current-marker-border-color - Ring of the current step's marker.
 * @cssprop --polder-progress-steps-line-border-color - Line between the markers.
 */
export class PolderProgressSteps extends LightElement {
  static override observeContent: MutationObserverInit = { childList: true, subtree: true };

  static override styles = [visuallyHidden, styles];
  static override properties = {
    current: { type: Number, reflect: true },
    orientation: { reflect: true },
    label: {},
    strings: { attribute: false },
  };

  /** The current step, 1-based. Steps before it are complete; one past the last marks every step complete. */
  current = 1;

  /** `vertical` (default) or `horizontal` (becomes vertical when there is no room, below 40em). */
  orientation: string = 'vertical';

  /** The list's accessible name, instead of the built-in "Voortgang" / "Progress". */
  label?: string;

  /** Per-instance overrides of built-in strings, e.g. `{ complete: 'Klaar' }`. */
  strings: Partial<(typeof translations)['nl']> = {};

  private readonly localize = new Localize(this, 'progress-steps', translations, () => this.strings);
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const list = this.querySelector(':scope > ol');
    if (!list) {
      devWarn(this, 'expects an <ol> child with one <li> per step.');
      return;
    }
    const orientation = oneOf(this, 'orientation', this.orientation, PROGRESS_STEPS_ORIENTATIONS);
    list.classList.add('polder-progress-steps');
    list.classList.toggle('polder-progress-steps--horizontal', orientation === 'horizontal');
    list.setAttribute('aria-label', this.label || this.localize.t('label'));
    const steps = [...list.querySelectorAll(':scope > li')];
    const current = clampCurrent(this.current, steps.length);
    const completeText = this.localize.t('complete');
    steps.forEach((step, i) => {
      const n = i + 1;
      step.classList.add('polder-progress-steps__step');
      step.classList.toggle('polder-progress-steps__step--complete', n < current);
      step.classList.toggle('polder-progress-steps__step--current', n === current);
      if (n === current) step.setAttribute('aria-current', 'step');
      else step.removeAttribute('aria-current');
      let status = step.querySelector(`:scope > .${STATUS}`);
      if (n < current) {
        if (!status) {
          status = document.createElement('span');
          status.className = STATUS;
          step.append(status);
        }
        if (status.textContent !== completeText) status.textContent = completeText;
      } else {
        status?.remove();
      }
    });
  }
}
