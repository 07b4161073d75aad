// The browser bundle. Hydration support must load before Lit renders anything, so it comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@polder/components/skip-link/define.js';
import '@polder/components/header/define.js';
import '@polder/components/language-switcher/define.js';
import '@polder/components/footer/define.js';
import '@polder/components/heading/define.js';
import '@polder/components/panel/define.js';
import '@polder/components/phase-banner/define.js';
import '@polder/components/notification-banner/define.js';
import '@polder/components/cookie-banner/define.js';
import '@polder/components/timeout-warning/define.js';
import '@polder/components/button/define.js';
import '@polder/components/text-field/define.js';
import '@polder/components/date-input/define.js';
import '@polder/components/fieldset/define.js';
import '@polder/components/add-another/define.js';
import '@polder/components/back-link/define.js';
import '@polder/components/file-upload/define.js';
import '@polder/components/radio-group/define.js';
import '@polder/components/summary-list/define.js';
import '@polder/components/error-summary/define.js';
import '@polder/components/combobox/define.js';
import { strings, toLang } from './strings.js';
import { MAX_FILE_BYTES } from './steps.js';

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
    street: { valueMissing: t.address.streetMissing, tooLong: t.address.streetLong },
    number: { valueMissing: t.address.numberMissing },
    postcode: { valueMissing: t.address.postcodeMissing, patternMismatch: t.address.postcodeInvalid },
    city: { valueMissing: t.address.cityMissing, tooLong: t.address.cityLong },
    municipality: { selectMissing: t.address.municipalityMissing, noMatch: t.address.municipalityUnknown },
    'moving-in-yes': { valueMissing: t.living.missing },
    'main-resident': { tooLong: t.living.mainResidentLong },
    document: { typeMismatch: t.document.fileType },
    'dob-day': { valueMissing: t.person.dobMissing, notANumber: t.person.dobInvalid, notADate: t.person.dobInvalid },
    'moving-day': {
      valueMissing: t.moving.dateMissing,
      notANumber: t.moving.dateInvalid,
      notADate: t.moving.dateInvalid,
    },
  };
  for (const [id, overrides] of Object.entries(byControl)) {
    const host = document
      .getElementById(id)
      ?.closest('polder-text-field, polder-radio-group, polder-date-input, polder-file-upload, polder-combobox');
    if (host) /** @type {HTMLElement & { strings: object }} */ (host).strings = overrides;
  }
}

/**
 * The upload's size, checked before anything is sent, so nobody waits minutes for a file that will be refused.
 * The error shows at the field and in the error summary, as the browser's own checks do. The server checks the
 * size too, and answers an over-large upload with this page and the same error.
 */
function fileSize() {
  const t = strings[toLang(document.documentElement.lang)];
  for (const input of document.querySelectorAll('polder-file-upload input[type="file"]')) {
    const host = /** @type {HTMLElement & { error: string } | null} */ (input.closest('polder-file-upload'));
    if (!(input instanceof HTMLInputElement) || !input.form || !host) continue;
    input.form.addEventListener('submit', (event) => {
      if (![...(input.files ?? [])].some((file) => file.size > MAX_FILE_BYTES)) return;
      event.preventDefault();
      host.error = t.document.fileSize;
      input.dispatchEvent(new Event('invalid', { cancelable: true }));
    });
    // Another file: the old error no longer applies.
    input.addEventListener('change', () => {
      host.error = '';
    });
  }
}

/**
 * The cookie choice with JavaScript: the banner sends nothing itself, so post it as its form would. Answering
 * may start a session under a new id; the page's forms then get the token of the page the server sends back.
 */
function cookieConsent() {
  document.addEventListener('polder-consent', async (event) => {
    const banner = /** @type {HTMLElement & { action: string }} */ (event.target);
    // What the banner's form would have sent: the choice, the token and the page.
    const { data } = /** @type {CustomEvent<{ value: string, data: FormData }>} */ (event).detail;
    const body = new URLSearchParams(/** @type {any} */ (data));
    const response = await fetch(banner.action, { method: 'POST', body });
    // The post used the session, so its time starts again.
    /** @type {HTMLElement & { extend?: () => void } | null} */ (
      document.querySelector('polder-timeout-warning')
    )?.extend?.();
    const token = (await response.text()).match(/name="csrf"[^>]*value="([^"]+)"/)?.[1];
    if (!token) return;
    for (const input of document.querySelectorAll('input[name="csrf"]'))
      if (input instanceof HTMLInputElement) input.value = token;
  });
}

/**
 * The session's end: "Doorgaan" in the timeout warning posts its form (the anti-forgery token) to extend the
 * session. If the session has already ended, the browser goes where the warning would go at zero.
 */
function sessionTimeout() {
  const warning = /** @type {HTMLElement & { timeoutHref: string } | null} */ (
    document.querySelector('polder-timeout-warning')
  );
  const form = warning?.querySelector('form');
  if (!warning || !form) return;
  warning.addEventListener('polder-extend', async () => {
    const body = new URLSearchParams(/** @type {any} */ (new FormData(form)));
    const response = await fetch(form.action, { method: 'POST', body }).catch(() => undefined);
    if (response?.status === 410) window.location.assign(warning.timeoutHref);
  });
}

messages();
sessionTimeout();
cookieConsent();
conditionals();
validateInBrowser();
fileSize();
