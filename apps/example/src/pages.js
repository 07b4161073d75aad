// The pages, as Lit templates rendered on the server with @lit-labs/ssr. Every value is bound with Lit, which
// escapes text and attributes: user data never becomes markup.
import { html, nothing } from 'lit';
import { html as serverHtml } from '@lit-labs/ssr';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderButton } from '@polder/components/button/template.js';
import { renderTextField } from '@polder/components/text-field/template.js';
import { renderRadioGroup } from '@polder/components/radio-group/template.js';
import { renderSummaryList } from '@polder/components/summary-list/template.js';
import { renderDateInput } from '@polder/components/date-input/template.js';
import { renderFieldset } from '@polder/components/fieldset/template.js';
import { renderAddAnother } from '@polder/components/add-another/template.js';
import { renderBackLink } from '@polder/components/back-link/template.js';
import { renderFileUpload } from '@polder/components/file-upload/template.js';
import { renderErrorSummary } from '@polder/components/error-summary/template.js';
import { renderLink } from '@polder/components/link/template.js';
import { renderCombobox } from '@polder/components/combobox/template.js';
import { renderHeading } from '@polder/components/heading/template.js';
import { renderParagraph } from '@polder/components/paragraph/template.js';
import { MUNICIPALITIES, municipality } from './municipalities.js';
import { MAX_LENGTH, MAX_PEOPLE, PATTERNS, STEPS, movingRange, personId, personName, toDate } from './steps.js';

/** @typedef {import('./strings.js').Lang} Lang */
/** @typedef {typeof import('./strings.js').strings.nl} Strings */
/** @typedef {import('./steps.js').FieldError} FieldError */
/** @typedef {import('./steps.js').DateParts} DateParts */

/**
 * What every page gets.
 * @typedef {{
 *   lang: Lang,
 *   t: Strings,
 *   path: string,
 *   assets: Assets,
 *   errors?: FieldError[],
 *   values?: Record<string, any>,
 *   returnTo?: string,
 *   csrf?: string,
 *   saved?: boolean,
 *   cookieToken?: string,
 *   timeout?: { seconds: number, token: string },
 * }} PageContext
 */

/**
 * Per kind of page (src/assets.js): its scripts (hydration support, then its own), the chunks they import at
 * once, its stylesheets.
 * @typedef {Record<string, { js: string[], preload: string[], css: string[] }>} Assets
 */

/** The form's anti-forgery token, a hidden field: works without JavaScript. */
const tokenField = (/** @type {PageContext} */ c) =>
  c.csrf ? html`<input type="hidden" name="csrf" value=${c.csrf} />` : nothing;

/** The page frame: skip link, header with language switcher, back link, main, footer. */
function frame(
  /** @type {PageContext} */ c,
  /** @type {{ kind: import('./assets.js').PageKind, title: string, back?: string, body: unknown }} */ page,
) {
  const assets = c.assets[page.kind];
  const { t, lang } = c;
  // The page, the service, the organisation; the start page is called after the service, so it says it once.
  const parts =
    page.title === t.serviceName ? [t.serviceName, t.organisation] : [page.title, t.serviceName, t.organisation];
  const title = `${c.errors?.length ? t.titleError : ''}${parts.join(' – ')}`;
  return serverHtml`<!doctype html>
<html lang=${lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${title}</title>
    ${assets.css.map((href) => html`<link rel="stylesheet" href=${href} />`)}
    ${assets.preload.map((href) => html`<link rel="modulepreload" href=${href} />`)}
    ${assets.js.map((src) => html`<script type="module" src=${src}></script>`)}
  </head>
  <body class="polder-page">
    ${body(c, page)}
  </body>
</html>`;
}

function body(/** @type {PageContext} */ c, /** @type {{ back?: string, body: unknown }} */ page) {
  const { t, lang } = c;
  const languages = /** @type {const} */ ([
    ['nl', 'Nederlands'],
    ['en', 'English'],
  ]);
  // Until a choice is made: the cookie question. Its form sends the anti-forgery token and `pagina`, where to
  // come back to (the server knows the paths), as hidden fields of the banner's own form.
  const cookieBanner = c.cookieToken
    ? html`<polder-cookie-banner
        heading=${t.cookies.heading}
        action="/cookies"
        .fields=${{ csrf: c.cookieToken, pagina: c.path }}
        ><p>${t.cookies.functional}</p>
        <p>${t.cookies.statistics}</p></polder-cookie-banner
      >`
    : nothing;
  return html`${cookieBanner}${timeoutWarning(c)}<polder-skip-link href="#main">${t.skipLink}</polder-skip-link>
    <polder-header service-name=${t.serviceName} organisation=${t.organisation} service-href="/">
      <polder-language-switcher slot="language" label=${t.languageLabel} current=${lang}>
        ${languages.map(
          ([code, name]) =>
            html`<a
              href=${`${c.path}?lang=${code}`}
              hreflang=${code}
              lang=${code}
              aria-current=${ifDefined(code === lang ? 'true' : undefined)}
              >${name}</a
            >`,
        )}
      </polder-language-switcher>
    </polder-header>
    <div class="polder-width-container app-top">
      <polder-phase-banner phase="beta"
        >${t.phase.before}<a href="/contact">${t.phase.link}</a>${t.phase.after}</polder-phase-banner
      >
      ${page.back ? renderBackLink({ href: page.back, text: t.back }) : nothing}
    </div>
    <main id="main" class="polder-page__main polder-width-container" tabindex="-1">
      <div class="polder-grid"><div class="polder-grid__column--two-thirds">${page.body}</div></div>
    </main>
    <polder-footer organisation=${t.organisation} label=${t.footerLabel}>
      ${t.footerLinks.map(([text, href]) => html`<a href=${href}>${text}</a>`)}
    </polder-footer>`;
}

/**
 * In a session: the warning before it ends, from the seconds it has left (it opens 2 minutes before, or halfway
 * for a shorter session). "Doorgaan" posts the form inside (the anti-forgery token) to /sessie/verlengen from
 * src/client.js; at zero the browser goes to /sessie-verlopen. Without JavaScript there is no warning, and that
 * page explains what happened.
 */
function timeoutWarning(/** @type {PageContext} */ c) {
  if (!c.timeout) return nothing;
  const { seconds, token } = c.timeout;
  return html`<polder-timeout-warning
    timeout=${seconds}
    warning=${Math.min(120, Math.floor(seconds / 2))}
    timeout-href="/sessie-verlopen"
    ><p>${c.t.timeout.body}</p>
    <form method="post" action="/sessie/verlengen" hidden>
      <input type="hidden" name="csrf" value=${token} /></form
  ></polder-timeout-warning>`;
}

/** The page's heading and paragraphs, from the components' render functions. */
const heading = (/** @type {unknown} */ text) => renderHeading({ level: 1 }, text);
const paragraph = (/** @type {unknown} */ text, lead = false) => renderParagraph({ lead }, text);

/**
 * The error summary for the step's form. The server's errors come as links to the fields, in the summary's
 * plain-HTML markup, with `autofocus` so the summary takes focus also without JavaScript. With JavaScript,
 * `<polder-error-summary>` adopts those links and lists the browser-side errors itself after a submit attempt.
 */
function errorSummary(/** @type {PageContext} */ c) {
  return renderErrorSummary({
    for: 'step',
    heading: c.t.errorSummaryTitle,
    errors: (c.errors ?? []).map((e) => ({ href: `#${e.id}`, text: e.message })),
    autofocus: true,
  });
}

/** The message of the error for `id` (or one of `ids`), if any. */
const errorFor = (/** @type {PageContext} */ c, /** @type {string[]} */ ...ids) =>
  c.errors?.find((e) => ids.includes(e.id))?.message;

/** A form step: caption, heading, error summary, the fields, the continue button. */
function stepPage(
  /** @type {PageContext} */ c,
  /**
   * @type {{
   *   index: number, title: string, fields: unknown, multipart?: boolean, intro?: unknown,
   *   question?: boolean, defaultButton?: boolean,
   * }}
   */ s,
) {
  const step = STEPS[s.index];
  const back = s.index === 0 ? '/' : STEPS[s.index - 1].path;
  const action = c.returnTo ? `${step.path}?terug=${c.returnTo}` : step.path;
  return frame(c, {
    kind: step.key,
    title: s.title,
    back: c.returnTo ? '/controleren' : back,
    body: html`${errorSummary(c)}
      <p class="app-caption">${c.t.stepOf(s.index + 1, STEPS.length)}</p>
      ${s.question ? nothing : heading(s.title)} ${s.intro ?? nothing}
      <form
        id="step"
        class="app-form"
        method="post"
        action=${action}
        novalidate
        data-validate
        enctype=${s.multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded'}
      >
        ${tokenField(c)}${s.defaultButton ? defaultButton(c) : nothing} ${s.fields}
        <div class="app-actions">${renderButton({ variant: 'primary', type: 'submit' }, c.t.continue)}</div>
      </form>`,
  });
}

/**
 * Enter in a text field submits the form with its first submit button. Where the form has other submit buttons
 * (add another, remove), a copy of the continue button comes first, so Enter continues, also without JavaScript.
 * It is out of sight, out of the tab order and hidden from screen readers: the visible button is the real one.
 */
const defaultButton = (/** @type {PageContext} */ c) =>
  html`<button type="submit" class="polder-visually-hidden" tabindex="-1" aria-hidden="true">${c.t.continue}</button>`;

/** The parts of a date the server's error is about: the empty or non-numeric ones, else all three. */
function invalidParts(/** @type {DateParts} */ value) {
  const parts = /** @type {const} */ (['day', 'month', 'year']);
  const empty = parts.filter((p) => !value[p]);
  if (empty.length && empty.length < 3) return empty;
  const wrong = parts.filter((p) => value[p] && !/^\d+$/.test(value[p]));
  return wrong.length ? wrong : undefined;
}

/** A date as day, month and year: `<polder-date-input>` from its server template. */
function dateField(
  /** @type {PageContext} */ c,
  /**
   * @type {{
   *   name: string, id?: string, label: string, hint: string, value?: DateParts, autocomplete?: string,
   *   required?: boolean, heading?: boolean,
   * }}
   */ d,
) {
  const id = d.id ?? d.name;
  const error = errorFor(c, `${id}-day`, `${id}-month`, `${id}-year`);
  const value = d.value ?? { day: '', month: '', year: '' };
  const labels =
    c.lang === 'en' ? { day: 'Day', month: 'Month', year: 'Year' } : { day: 'Dag', month: 'Maand', year: 'Jaar' };
  return renderDateInput({
    id,
    name: d.name,
    label: d.label,
    hint: d.hint,
    error,
    errorPrefix: c.t.errorPrefix,
    ...value,
    labels,
    required: d.required ?? true,
    heading: d.heading,
    autocomplete: d.autocomplete,
    invalid: error ? invalidParts(value) : undefined,
  });
}

export function startPage(/** @type {PageContext} */ c) {
  const t = c.t.start;
  return frame(c, {
    kind: 'start',
    title: t.title,
    body: html`${heading(t.title)} ${paragraph(t.lead, true)} ${paragraph(t.youNeed)}
      <ul class="polder-list polder-list--bullet">
        ${t.needs.map((need) => html`<li>${need}</li>`)}
      </ul>
      ${paragraph(t.when)}
      <div class="app-actions">
        ${renderButton({ variant: 'primary', type: 'button', href: STEPS[0].path }, t.button)}
      </div>`,
  });
}

export function personPage(/** @type {PageContext} */ c) {
  const t = c.t.person;
  const v = c.values ?? {};
  return stepPage(c, {
    index: 0,
    title: t.title,
    fields: html`${renderTextField({
      type: 'text',
      id: 'name',
      name: 'name',
      label: t.name,
      hint: t.nameHint,
      value: v.name ?? '',
      error: errorFor(c, 'name'),
      errorPrefix: c.t.errorPrefix,
      autocomplete: 'name',
      spellcheck: 'false',
      maxlength: MAX_LENGTH.name,
      required: true,
    })}
    ${dateField(c, { name: 'dob', label: t.dob, hint: t.dobHint, value: v.dob, autocomplete: 'bday' })}`,
  });
}

export function addressPage(/** @type {PageContext} */ c) {
  const t = c.t.address;
  const v = c.values ?? {};
  const field = (
    /** @type {string} */ id,
    /** @type {Partial<import('@polder/components/text-field/template.js').TextFieldState>} */ more,
  ) =>
    renderTextField({
      type: 'text',
      id,
      name: id,
      value: v[id] ?? '',
      error: errorFor(c, id),
      errorPrefix: c.t.errorPrefix,
      required: true,
      ...more,
    });
  return stepPage(c, {
    index: 1,
    title: t.title,
    // Postcode and house number first, as Dutch services ask (together they name the address).
    fields: html`${field('postcode', {
      label: t.postcode,
      hint: t.postcodeHint,
      width: '10',
      autocomplete: 'postal-code',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: MAX_LENGTH.postcode,
      pattern: PATTERNS.postcode,
    })}
    ${field('number', {
      label: t.number,
      hint: t.numberHint,
      width: '5',
      maxlength: MAX_LENGTH.number,
      pattern: PATTERNS.number,
    })}
    ${field('street', { label: t.street, autocomplete: 'address-line1', maxlength: MAX_LENGTH.street })}
    ${field('city', { label: t.city, autocomplete: 'address-level2', maxlength: MAX_LENGTH.city })}
    ${renderCombobox({
      id: 'municipality',
      name: 'municipality',
      label: t.municipality,
      hint: t.municipalityHint,
      error: errorFor(c, 'municipality'),
      errorPrefix: c.t.errorPrefix,
      required: true,
      // The select is the form control without JavaScript: an empty first option asks for a choice.
      options: [
        { value: '', label: t.municipalityChoose, selected: !v.municipality },
        ...MUNICIPALITIES.map((m) => ({ ...m, selected: m.value === v.municipality })),
      ],
    })}`,
  });
}

export function movingPage(/** @type {PageContext} */ c) {
  const t = c.t.moving;
  const v = c.values ?? {};
  const range = movingRange();
  return stepPage(c, {
    index: 2,
    title: t.title,
    question: true,
    // One question: the date input's label is the page's heading (label-as-heading).
    fields: dateField(c, {
      name: 'moving',
      label: t.title,
      hint: t.dateHint(range.from, range.to),
      value: v.date,
      heading: true,
    }),
  });
}

/**
 * Who moves along: a polder-add-another of people, each with a name and a date of birth. Without JavaScript its
 * add and remove buttons post the form (`add`, `remove=<n>`) and the server renders it again; with JavaScript the
 * element adds and removes in the page. An empty list shows one empty person: leaving it empty means "nobody".
 */
export function peoplePage(/** @type {PageContext} */ c) {
  const t = c.t.people;
  /** @type {import('./steps.js').Person[]} */
  const sent = c.values?.people ?? [];
  const people = sent.length ? sent : [{ name: '', dob: { day: '', month: '', year: '' } }];
  const items = people.map((person, i) => {
    const id = personId(i);
    // The id on the wrapper is where a server-side add or remove sends the user (`#personen-1`): the next Tab
    // goes to the name.
    return html`<div class="app-person" id=${id}>
      ${renderTextField({
        type: 'text',
        id: `${id}-naam`,
        name: `${personName(i)}[naam]`,
        label: t.name,
        value: person.name,
        error: errorFor(c, `${id}-naam`),
        errorPrefix: c.t.errorPrefix,
        spellcheck: 'false',
        maxlength: MAX_LENGTH.personName,
      })}
      ${dateField(c, {
        id: `${id}-geboortedatum`,
        name: `${personName(i)}[geboortedatum]`,
        label: t.dob,
        hint: t.dobHint,
        value: person.dob,
        required: false,
      })}
    </div>`;
  });
  return stepPage(c, {
    index: 3,
    title: t.title,
    question: true,
    defaultButton: true,
    fields: renderFieldset(
      { id: 'personen', label: t.title, hint: t.hint, heading: true },
      renderAddAnother({ label: t.person, max: MAX_PEOPLE, lang: c.lang, items }),
    ),
  });
}

export function livingPage(/** @type {PageContext} */ c) {
  const t = c.t.living;
  const v = c.values ?? {};
  return stepPage(c, {
    index: 4,
    title: t.title,
    question: true,
    // The question is the page's heading (legend-as-heading); the follow-up question shows under "Ja" when it
    // is chosen (conditional reveal), and always without JavaScript. The server reads it only for "Ja".
    fields: renderRadioGroup(
      {
        id: 'moving-in',
        name: 'moving-in',
        label: t.question,
        hint: t.hint,
        error: errorFor(c, 'moving-in-yes'),
        errorPrefix: c.t.errorPrefix,
        required: true,
        heading: true,
      },
      [
        {
          id: 'moving-in-yes',
          value: 'yes',
          label: t.yes,
          checked: v.movingIn === 'yes',
          conditional: renderTextField({
            type: 'text',
            id: 'main-resident',
            name: 'main-resident',
            label: t.mainResident,
            value: v.mainResident ?? '',
            error: errorFor(c, 'main-resident'),
            errorPrefix: c.t.errorPrefix,
            maxlength: MAX_LENGTH.mainResident,
            spellcheck: 'false',
          }),
        },
        { id: 'moving-in-no', value: 'no', label: t.no, checked: v.movingIn === 'no' },
      ],
    ),
  });
}

export function documentPage(/** @type {PageContext} */ c) {
  const t = c.t.document;
  const error = errorFor(c, 'document');
  const current = c.values?.document;
  return stepPage(c, {
    index: 5,
    title: t.title,
    multipart: true,
    intro: html`${paragraph(t.intro)}${current && !error ? paragraph(t.current(current.name)) : nothing}`,
    fields: renderFileUpload({
      id: 'document',
      name: 'document',
      label: t.file,
      hint: t.fileHint,
      error,
      errorPrefix: c.t.errorPrefix,
      accept: '.pdf,.jpg,.jpeg,.png',
    }),
  });
}

/** A date for people: "27 maart 1985". */
function formatDate(/** @type {Strings} */ t, /** @type {DateParts | undefined} */ d) {
  const date = d && toDate(d);
  if (!date) return '';
  return `${date.getUTCDate()} ${t.months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function formatSize(/** @type {number} */ bytes, /** @type {Lang} */ lang) {
  const kb = Math.max(0.1, bytes / 1024);
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  // A non-breaking space: "5 MB" never breaks across lines.
  return kb < 1024 ? `${nf.format(kb)}\u00a0KB` : `${nf.format(kb / 1024)}\u00a0MB`;
}

export function checkPage(/** @type {PageContext} */ c, /** @type {Record<string, any>} */ answers) {
  const t = c.t.check;
  const { person = {}, address = {}, moving = {}, people = {}, living = {}, document = {} } = answers;
  const change = (/** @type {string} */ path) => [{ href: `${path}?terug=controleren`, text: t.change }];
  const lines = (/** @type {unknown[]} */ parts) =>
    parts.filter(Boolean).map((part, i) => (i ? html`<br />${part}` : html`${part}`));
  /** @type {import('@polder/components/summary-list/template.js').SummaryListRow[]} */
  const rows = [
    { key: t.name, value: person.name, actions: change('/persoon') },
    { key: t.dob, value: formatDate(c.t, person.dob), actions: change('/persoon') },
    {
      key: t.address,
      value: lines([
        `${address.street ?? ''} ${address.number ?? ''}`.trim(),
        `${address.postcode ?? ''} ${address.city ?? ''}`.trim(),
        municipality(address.municipality ?? '')?.label,
      ]),
      actions: change('/adres'),
    },
    { key: t.movingDate, value: formatDate(c.t, moving.date), actions: change('/verhuisdatum') },
    {
      key: t.who,
      value: people.people?.length
        ? lines(
            people.people.map(
              (/** @type {import('./steps.js').Person} */ p) => `${p.name}, ${t.born(formatDate(c.t, p.dob))}`,
            ),
          )
        : t.alone,
      actions: change('/meeverhuizers'),
    },
    {
      key: t.living,
      value: living.movingIn === 'yes' ? c.t.living.yes : living.movingIn === 'no' ? c.t.living.no : '',
      actions: change('/inwonen'),
    },
    ...(living.movingIn === 'yes'
      ? [{ key: t.mainResident, value: living.mainResident, actions: change('/inwonen') }]
      : []),
    {
      key: t.document,
      value: document.document
        ? `${document.document.name} (${formatSize(document.document.size, c.lang)})`
        : c.t.document.none,
      actions: change('/document'),
    },
  ];
  return frame(c, {
    kind: 'check',
    title: t.title,
    back: STEPS[STEPS.length - 1].path,
    // After a change from this page: a success message, once, that takes focus (it has role="alert").
    body: html`${
        c.saved
          ? html`<polder-notification-banner type="success" heading=${t.saved}
              ><p>${t.savedText}</p></polder-notification-banner
            >`
          : nothing
      }
      ${heading(t.title)} ${renderSummaryList(rows)} ${paragraph(t.declaration)}
      <form method="post" action="/controleren">
        ${tokenField(c)}
        <div class="app-actions">${renderButton({ variant: 'primary', type: 'submit' }, t.submit)}</div>
      </form>`,
  });
}

export function donePage(/** @type {PageContext} */ c, /** @type {string} */ reference) {
  const t = c.t.done;
  return frame(c, {
    kind: 'done',
    title: t.title,
    body: html`<polder-panel heading=${t.title} heading-level="1" reference=${reference}>
        <p>${t.body}</p>
      </polder-panel>
      ${renderHeading({ level: 2 }, t.next)} ${paragraph(t.nextText)}
      <form method="post" action="/opnieuw">
        ${tokenField(c)} ${renderButton({ variant: 'secondary', type: 'submit' }, t.again)}
      </form>`,
  });
}

export function notFoundPage(/** @type {PageContext} */ c) {
  const t = c.t.notFound;
  return frame(c, {
    kind: 'message',
    title: t.title,
    body: html`${heading(t.title)} ${paragraph(html`${t.body} ${renderLink({ href: '/' }, t.home)}`)}`,
  });
}

/** A post that was refused: from another site, or with an expired form. Nothing was saved. */
export function expiredPage(/** @type {PageContext} */ c, /** @type {string} */ back) {
  const t = c.t.expired;
  return frame(c, {
    kind: 'message',
    title: t.title,
    body: html`${heading(t.title)} ${paragraph(html`${t.body} ${renderLink({ href: back }, t.link)}`)}`,
  });
}

/** The session ended: what happened, what was kept and what was lost, in plain words, and a way to start again. */
export function sessionEndedPage(/** @type {PageContext} */ c, /** @type {number} */ seconds) {
  const t = c.t.sessionEnded;
  return frame(c, {
    kind: 'message',
    title: t.title,
    body: html`${heading(t.title)} ${paragraph(t.body(c.t.duration(seconds)), true)} ${paragraph(t.lost)}
      ${paragraph(t.kept)} ${paragraph(t.sent)}
      <div class="app-actions">${renderButton({ variant: 'primary', type: 'button', href: '/' }, t.again)}</div>`,
  });
}

/** The pages of the steps by key. */
export const stepPages = {
  person: personPage,
  address: addressPage,
  moving: movingPage,
  people: peoplePage,
  living: livingPage,
  document: documentPage,
};
