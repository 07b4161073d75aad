// The browser bundle. Hydration support must load before Lit renders anything, so it comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@polder/components/skip-link/define.js';
import '@polder/components/header/define.js';
import '@polder/components/language-switcher/define.js';
import '@polder/components/footer/define.js';
import '@polder/components/heading/define.js';
import '@polder/components/panel/define.js';
import '@polder/components/button/define.js';
import '@polder/components/text-field/define.js';
import '@polder/components/radio-group/define.js';
import '@polder/components/summary-list/define.js';
import { html, render } from 'lit';

/**
 * Follow-up questions: shown only while their radio answer is chosen. Without JavaScript they are always
 * shown (with a hint saying when to fill them in); the server ignores them for other answers.
 */
function conditionals() {
  for (const block of document.querySelectorAll('[data-conditional-for]')) {
    if (!(block instanceof HTMLElement)) continue;
    const name = block.dataset.conditionalFor ?? '';
    const form = block.closest('form');
    if (!form) continue;
    const update = () => {
      const checked = form.querySelector(`input[type="radio"][name="${CSS.escape(name)}"]:checked`);
      block.hidden = !(checked instanceof HTMLInputElement && checked.value === block.dataset.conditionalValue);
    };
    form.addEventListener('change', update);
    update();
  }
}

/** The element an error summary link leads to: the native control, also when the link names its host. */
function targetOf(/** @type {string} */ id) {
  const element = document.getElementById(id);
  if (!element) return undefined;
  const host = /** @type {HTMLElement & { focusTarget?: HTMLElement }} */ (element);
  return host.focusTarget ?? element;
}

/** Error summary links move focus into the field and show its label (or legend) at the top. */
function summaryLinks() {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('[data-error-summary] a[href^="#"]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const target = targetOf(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    const label =
      target.closest('fieldset')?.querySelector('legend') ??
      (target.id ? document.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null);
    (label ?? target).scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });
}

/** The message for an invalid native control: its component's message, or the one the server gave for it. */
function messageFor(/** @type {Element} */ control) {
  /** @type {Element | null} */
  let node = control;
  while (node) {
    const message = /** @type {{ errorMessage?: unknown }} */ (node).errorMessage;
    if (typeof message === 'string' && message) return message;
    node = node.parentElement;
  }
  return control.closest('[data-missing]')?.getAttribute('data-missing') ?? '';
}

/**
 * Immediate feedback: on submit, the form's controls are checked in the browser (the components show their
 * own messages) and an error summary lists what to fix. The server checks everything again.
 */
function clientValidation() {
  for (const form of document.querySelectorAll('form[data-validate]')) {
    if (!(form instanceof HTMLFormElement)) continue;
    form.addEventListener('submit', (event) => {
      if (form.checkValidity()) return;
      event.preventDefault();
      /** @type {{ id: string, message: string }[]} */
      const errors = [];
      const seen = new Set();
      for (const control of form.elements) {
        if (!(control instanceof HTMLInputElement) || control.validity.valid || !control.id) continue;
        const group = control.closest('fieldset') ?? control;
        if (seen.has(group)) continue;
        seen.add(group);
        errors.push({ id: control.id, message: messageFor(control) });
      }
      const main = document.getElementById('main');
      if (!main) return;
      let slot = main.querySelector('[data-client-errors]');
      if (!slot) {
        main.querySelector('[data-error-summary]')?.remove();
        slot = document.createElement('div');
        slot.setAttribute('data-client-errors', '');
        main.prepend(slot);
      }
      const title = main.dataset.errorTitle ?? '';
      render(
        html`<div
          class="app-error-summary"
          role="alert"
          aria-labelledby="error-summary-title"
          tabindex="-1"
          data-error-summary
        >
          <h2 class="app-error-summary__title" id="error-summary-title">${title}</h2>
          <ul class="app-error-summary__list">
            ${errors.map((e) => html`<li><a href=${`#${e.id}`}>${e.message}</a></li>`)}
          </ul>
        </div>`,
        /** @type {HTMLElement} */ (slot),
      );
      /** @type {HTMLElement | null} */ (slot.firstElementChild)?.focus();
    });
  }
}

conditionals();
summaryLinks();
clientValidation();
