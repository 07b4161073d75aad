import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

export const PROGRESS_STEPS_ORIENTATIONS = ['vertical', 'horizontal'] as const;
export type ProgressStepsOrientation = (typeof PROGRESS_STEPS_ORIENTATIONS)[number];

export interface ProgressStep {
  label: string;
  /** A link to the step, usually only for completed steps the user may go back to. */
  href?: string;
}

export interface ProgressStepsState {
  steps: ProgressStep[];
  /** The current step, 1-based. Steps before it are complete; one past the last marks all steps complete. */
  current: number;
  orientation: ProgressStepsOrientation;
  /** The list's accessible name ("Voortgang"). */
  label: string;
  /** The text that marks a completed step ("Voltooid"). */
  completeText: string;
}

/** The current step, kept between 1 and one past the last step. */
export function clampCurrent(current: number, total: number): number {
  return Math.min(total + 1, Math.max(1, Math.round(current) || 1));
}

/**
 * The `<ol>` of progress steps with the public classes, `aria-current="step"` and the "Voltooid" texts. Used by
 * the server (and by pages without JavaScript); `<polder-progress-steps>` adopts it as is.
 */
export function progressStepsTemplate(s: ProgressStepsState) {
  const current = clampCurrent(s.current, s.steps.length);
  return html`<ol
    class="polder-progress-steps${s.orientation === 'horizontal' ? ' polder-progress-steps--horizontal' : ''}"
    aria-label=${s.label}
  >
    ${s.steps.map((step, i) => {
      const n = i + 1;
      const state =
        n < current
          ? ' polder-progress-steps__step--complete'
          : n === current
            ? ' polder-progress-steps__step--current'
            : '';
      const href = safeUrl(step.href);
      return html`<li
        class="polder-progress-steps__step${state}"
        aria-current=${ifDefined(n === current ? 'step' : undefined)}
      >
        ${href ? html`<a href=${href}>${step.label}</a>` : step.label}${
          n < current ? html`<span class="polder-progress-steps__status">${s.completeText}</span>` : nothing
        }
      </li>`;
    })}
  </ol>`;
}

/** The whole element for server rendering: `<polder-progress-steps>` with its `<ol>` inside. */
export function renderProgressSteps(s: ProgressStepsState & ExtraAttributes) {
  return withExtraAttributes(
    'polder-progress-steps',
    s,
    html`<polder-progress-steps current=${s.current} orientation=${s.orientation} label=${s.label}
      >${progressStepsTemplate(s)}</polder-progress-steps
    >`,
  );
}
