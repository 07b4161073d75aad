// The service's own behaviour in the browser. Each kind of page has its own script (scripts/build.mjs): hydration
// support first, then the define modules of the components the page uses (src/assets.js), then this module.
import { strings, toLang } from './strings.js';
import { CHECKS, STEPS } from './steps.js';

/** The Polder fields whose `error` the check sets. */
const FIELDS = 'polder-text-field, polder-date-input, polder-radio-group, polder-file-upload, polder-combobox';

/**
 * With JavaScript the browser runs the server's own check of the step (CHECKS in src/steps.js: the same rules,
 * maxima, patterns and date ranges, the same messages) before the form is sent. Errors show at the fields and in
 * the error summary, which takes focus, and the page title starts with "Fout: ", as when the server answers.
 * The server checks again and finds nothing new. Without JavaScript the form has `novalidate` and the server
 * does the checking.
 */
function validate() {
  const t = strings[toLang(document.documentElement.lang)];
  const title = document.title.replace(t.titleError, '');
  const step = STEPS.find((s) => s.path === window.location.pathname);
  const form = document.querySelector('form[data-validate]');
  if (!step || !(form instanceof HTMLFormElement)) return;
  let checked = false;
  form.addEventListener('submit', async (event) => {
    const submitter = /** @type {HTMLButtonElement | null} */ (event.submitter);
    // Add and remove (without the element) are not the form's own submit: the server checks nothing then.
    if (checked || submitter?.name === 'add' || submitter?.name === 'remove') return;
    event.preventDefault();
    const data = new FormData(form, submitter);
    // A combobox whose text matches no municipality sends no choice; the check gets the text, as the server would.
    for (const box of form.querySelectorAll('polder-combobox')) {
      const select = box.querySelector('select');
      const input = box.querySelector('input');
      if (select?.name && !select.value && input?.value) data.set(select.name, input.value);
    }
    const { errors } = await CHECKS[step.key](data, t);
    const hosts = [...form.querySelectorAll(FIELDS)];
    /** @type {Map<Element, string>} */
    const messages = new Map();
    for (const { id, message } of errors) {
      const host = document.getElementById(id)?.closest(FIELDS);
      if (host && !messages.has(host)) messages.set(host, message);
    }
    for (const host of hosts) /** @type {HTMLElement & { error: string }} */ (host).error = messages.get(host) ?? '';
    document.title = `${errors.length ? t.titleError : ''}${title}`;
    if (!errors.length) {
      // Sent again once this submit event is over: while it is being dispatched (a check without anything to wait
      // for ends within it), the browser ignores another submission.
      setTimeout(() => {
        checked = true;
        form.requestSubmit(submitter);
        checked = false;
      });
      return;
    }
    // The error summary lists the fields with an error after an `invalid` event, and takes focus.
    await Promise.all(hosts.map((h) => /** @type {any} */ (h).updateComplete));
    document.getElementById(errors[0].id)?.dispatchEvent(new Event('invalid', { cancelable: true }));
  });
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

/**
 * The components' own messages (shown when a field reports itself invalid) are the service's, the same as the
 * server's and the check's, so every message a citizen sees for one error has the same words.
 */
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
 * Starts the behaviour of a page. `optional` loads the define module of a component that only some pages show (the
 * cookie question, the timeout warning), when this page has one.
 * @param {Record<string, () => Promise<unknown>>} optional
 */
export function setUp(optional) {
  for (const [name, load] of Object.entries(optional)) if (document.querySelector(`polder-${name}`)) void load();
  messages();
  sessionTimeout();
  cookieConsent();
  validate();
}
