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
import '@polder/components/error-summary/define.js';
import { html, nothing, render } from 'lit';
import { strings, toLang } from './strings.js';

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

/**
 * The date fields (plain HTML until the date input component is published) take part in the error summary
 * protocol of Polder controls: one `errorMessage` for the three parts, `focusTarget`, `labelElement`. After a
 * submit attempt an empty part shows the message at the fieldset and in the summary.
 */
function dateFields() {
  for (const fieldset of document.querySelectorAll('fieldset[data-date-input]')) {
    if (!(fieldset instanceof HTMLFieldSetElement)) continue;
    const parts = [...fieldset.querySelectorAll('input')];
    const missing = fieldset.dataset.missing ?? '';
    const slot = document.createElement('div');
    fieldset.querySelector('.polder-form-field__hint')?.after(slot);
    let attempted = false;
    const message = () => (attempted && parts.some((p) => p.validity.valueMissing) ? missing : '');
    const show = () => {
      const text = message();
      // The client's message replaces the server's.
      if (text) fieldset.querySelector('.polder-form-field__error:not([data-client])')?.remove();
      fieldset.parentElement?.classList.toggle(
        'polder-form-field--invalid',
        !!text || !!fieldset.querySelector('.polder-form-field__error'),
      );
      for (const part of parts) {
        if (text) part.setAttribute('aria-invalid', String(part.validity.valueMissing));
        else if (attempted) part.removeAttribute('aria-invalid');
      }
      const id = `${fieldset.dataset.dateInput}-client-error`;
      const server = fieldset.querySelector('.polder-form-field__error:not([data-client])');
      const described = [`${fieldset.dataset.dateInput}-hint`, server?.id, text && id];
      fieldset.setAttribute('aria-describedby', described.filter(Boolean).join(' '));
      render(
        text
          ? html`<p class="polder-form-field__error" id=${id} data-client>
              <span class="polder-visually-hidden">${document.documentElement.lang === 'en' ? 'Error:' : 'Fout:'}</span>
              ${text}
            </p>`
          : nothing,
        slot,
      );
    };
    Object.defineProperties(fieldset, {
      errorMessage: { get: message },
      focusTarget: { get: () => parts.find((p) => !p.validity.valid) ?? parts[0] },
      labelElement: { get: () => fieldset.querySelector('legend') },
    });
    // The browser's own bubble is replaced by the message above.
    fieldset.addEventListener(
      'invalid',
      (event) => {
        event.preventDefault();
        attempted = true;
        queueMicrotask(show);
      },
      true,
    );
    fieldset.addEventListener('input', () => attempted && show());
  }
}

/**
 * With JavaScript the browser checks the form before it is sent: the components show their own messages and
 * the error summary lists them. Without JavaScript the form has `novalidate` and the server does the checking.
 */
function validateInBrowser() {
  for (const form of document.querySelectorAll('form[data-validate]')) {
    if (form instanceof HTMLFormElement) form.noValidate = false;
  }
}

/** The browser says the same as the server: the service's own messages instead of the generic ones. */
function messages() {
  const t = strings[toLang(document.documentElement.lang)];
  /** @type {Record<string, Record<string, string>>} */
  const byControl = {
    name: { valueMissing: t.person.nameMissing, tooLong: t.person.nameLong },
    street: { valueMissing: t.address.streetMissing },
    number: { valueMissing: t.address.numberMissing },
    postcode: { valueMissing: t.address.postcodeMissing, patternMismatch: t.address.postcodeInvalid },
    city: { valueMissing: t.address.cityMissing },
    'moving-in-yes': { valueMissing: t.living.missing },
  };
  for (const [id, overrides] of Object.entries(byControl)) {
    const host = document.getElementById(id)?.closest('polder-text-field, polder-radio-group');
    if (host) /** @type {HTMLElement & { strings: object }} */ (host).strings = overrides;
  }
}

messages();
conditionals();
dateFields();
validateInBrowser();
