// End-to-end: the whole journey with and without JavaScript, by keyboard, in both languages, in every engine of
// $POLDER_BROWSERS (Chromium, Firefox and WebKit; see scripts/browsers.mjs and scripts/engine-page.mjs). What an
// engine's protocol cannot do is said where a test leaves it to the engines that can.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { selectedEngines } from '../../../scripts/browsers.mjs';
import {
  MARKUP,
  attribute,
  axe,
  checked,
  count,
  dateFromToday,
  focused,
  present,
  setUp,
  tabTo,
  text,
  texts,
  value,
  visible,
  watchedPage,
} from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof setUp>>} */
let env;
/** @typedef {any} Page */

/** The step's own submit button, not one of the cookie question's. */
const isSubmit = (/** @type {{ type: string, text: string }} */ f) => f.type === 'submit' && !/cookies/.test(f.text);
const REFERENCE = /^VH-[A-Z2-9]{4}-[A-Z2-9]{4}$/;
const heading = (/** @type {Page} */ page) =>
  page.evaluate(() => {
    const el = /** @type {Element} */ (document.querySelector('polder-heading[level="1"], polder-panel'));
    // A heading's text is slotted; the panel renders its heading from an attribute.
    const text = el.localName === 'polder-panel' ? el.shadowRoot?.querySelector('h1')?.textContent : el.textContent;
    return (text ?? '').replace(/\s+/g, ' ').trim();
  });
/** The text in an element's shadow root. */
const shadowText = (/** @type {Page} */ page, /** @type {string} */ selector) =>
  page.evaluate(
    (/** @type {string} */ s) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
    selector,
  );
const bannerText = (/** @type {Page} */ page) => shadowText(page, 'polder-notification-banner');
const panelText = (/** @type {Page} */ page) => shadowText(page, 'polder-panel');

/**
 * Waits until the error summary has focus (it takes it once it has rendered its list; without JavaScript the
 * browser gives it on load, through autofocus), within the page interface's generous wait.
 */
const summaryFocused = (/** @type {Page} */ page) =>
  page.waitForFunction(() => !!document.activeElement?.closest('polder-error-summary'));

/** Types into the focused field after clearing it. */
async function typeHere(/** @type {Page} */ page, /** @type {string} */ text) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

for (const engine of selectedEngines())
  describe(`Verhuizing doorgeven (${engine})`, () => {
    before(async () => {
      env = await setUp(engine);
    });
    after(async () => {
      await env?.tearDown();
    });

    test('the journey with JavaScript, keyboard only, under CSP and Trusted Types', async () => {
      const { page, problems } = await watchedPage(env.browser);
      // Each page loads its own scripts (and shared chunks): the JavaScript of every page, gzipped, is in budget.
      // The bytes are the same in every engine; they are counted in Chromium, whose protocol reports each script a
      // page loads.
      /** @type {Map<string, Set<string>>} */
      const scripts = new Map();
      if (engine === 'chromium')
        page.raw.on('request', (/** @type {import('playwright-core').Request} */ request) => {
          if (request.resourceType() !== 'script') return;
          const at = new URL(request.frame().url()).pathname;
          scripts.set(at, (scripts.get(at) ?? new Set()).add(request.url()));
        });
      try {
        await page.goto(env.url);
        assert.equal(await attribute(page, 'html', 'lang'), 'nl');
        const csp = (await fetch(env.url)).headers.get('content-security-policy') ?? '';
        assert.match(csp, /require-trusted-types-for 'script'/);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

        // The skip link comes first and moves focus to the main content.
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).href, '#main');
        await page.keyboard.press('Enter');
        await tabTo(page, (f) => f.text === 'Start nu');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/persoon');

        // Step 1: name and date of birth.
        await tabTo(page, (f) => f.id === 'name');
        await page.keyboard.type(MARKUP);
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'dob-day');
        await page.keyboard.type('27');
        await page.keyboard.press('Tab');
        await page.keyboard.type('3');
        await page.keyboard.press('Tab');
        await page.keyboard.type('1985');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/adres');

        // Step 2: the address, postcode and house number first, as Dutch services ask. A postcode that looks right
        // but is never used (SA): the browser runs the server's own check, so it says at once what the server
        // would, and nothing is sent.
        const posts = env.posts();
        await tabTo(page, (f) => f.id === 'postcode');
        await page.keyboard.type('1234 sa');
        await page.keyboard.press('Tab');
        await page.keyboard.type('12A');
        await page.keyboard.press('Tab');
        await page.keyboard.type('Dorpsstraat');
        await page.keyboard.press('Tab');
        await page.keyboard.type('Voorbeeld');
        // The municipality: a combobox that filters as you type, also on another name ("den bosch").
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'municipality');
        assert.equal(await attribute(page, '#municipality', 'role'), 'combobox');
        await page.keyboard.type('den bosch');
        await present(page, '#municipality[aria-expanded="true"]');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        assert.equal(await value(page, '#municipality'), "'s-Hertogenbosch");
        assert.equal(await value(page, '#municipality-select'), 's-hertogenbosch');
        await page.keyboard.press('Enter');
        // The error summary has focus, the error is at the field, the title starts with "Fout: ", every value is kept.
        await summaryFocused(page);
        assert.deepEqual(await texts(page, 'polder-error-summary a'), ['Vul een postcode in zoals 1234 AB']);
        assert.match(await text(page, 'polder-text-field:has(#postcode)'), /Vul een postcode in zoals/);
        assert.deepEqual(posts, [], 'nothing was sent');
        assert.equal(await value(page, '#street'), 'Dorpsstraat');
        assert.equal(await value(page, '#city'), 'Voorbeeld');
        assert.equal(await value(page, '#postcode'), '1234 sa');
        assert.equal(await value(page, '#municipality'), "'s-Hertogenbosch");
        assert.match(await page.title(), /^Fout: /);
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).href, '#postcode');
        await page.keyboard.press('Enter');
        assert.equal((await focused(page)).id, 'postcode');
        await typeHere(page, '1234ab');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/verhuisdatum');
        assert.doesNotMatch(await page.title(), /Fout/);
        assert.deepEqual(posts, ['/adres'], 'one post, accepted');

        // Back and forward keep what was entered.
        await page.goBack();
        await page.waitForURL('**/adres');
        // (the browser restores what was typed, the server renders what it stored: either way nothing is lost)
        assert.match(await value(page, '#postcode'), /^1234 ?ab$/i);
        assert.equal(await value(page, '#number'), '12A');
        assert.equal(await value(page, '#street'), 'Dorpsstraat');
        await page.goForward();
        await page.waitForURL('**/verhuisdatum');

        // Step 3: the moving date.
        const moving = dateFromToday(7);
        await tabTo(page, (f) => f.id === 'moving-day');
        await page.keyboard.type(moving.day);
        await page.keyboard.press('Tab');
        await page.keyboard.type(moving.month);
        await page.keyboard.press('Tab');
        await page.keyboard.type(moving.year);
        await page.keyboard.press('Enter');
        await page.waitForURL('**/meeverhuizers');

        // Step 4: who moves along, one person after another (polder-add-another in the page, no reload).
        await tabTo(page, (f) => f.id === 'personen-0-naam');
        await page.keyboard.type('Sanne de Vries');
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'personen-0-geboortedatum-day');
        await page.keyboard.type('3');
        await page.keyboard.press('Tab');
        await page.keyboard.type('4');
        await page.keyboard.press('Tab');
        await page.keyboard.type('2015');
        await tabTo(page, (f) => f.text === 'Nog een toevoegen');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.id === 'personen-1-naam');
        await page.keyboard.type('Kees');
        // A third, removed again: focus goes back to the legend of person 2.
        await tabTo(page, (f) => f.text === 'Nog een toevoegen');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.id === 'personen-2-naam');
        await tabTo(page, (f) => f.text === 'Verwijderen Persoon 3');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.textContent === 'Persoon 2');
        assert.equal(await count(page, '#personen-2-naam'), 0);
        // Enter in a text field continues (it does not add a person), and Kees has no date of birth yet: the
        // browser says so with the server's words, at Kees's field, before anything is sent.
        await page.focus('#personen-1-naam');
        await page.keyboard.press('Enter');
        await summaryFocused(page);
        assert.match(await page.title(), /^Fout: Wie verhuizen er met u mee\?/);
        assert.ok(!posts.includes('/meeverhuizers'), 'nothing was sent');
        assert.deepEqual(await texts(page, 'polder-error-summary a'), ['Vul de geboortedatum van persoon 2 in']);
        assert.equal(await count(page, 'polder-add-another .polder-add-another__item'), 2);
        assert.equal(await value(page, '#personen-1-naam'), 'Kees');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        assert.equal((await focused(page)).id, 'personen-1-geboortedatum-day');
        await page.keyboard.type('9');
        await page.keyboard.press('Tab');
        await page.keyboard.type('10');
        await page.keyboard.press('Tab');
        await page.keyboard.type('2019');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/inwonen');

        // Step 5: a radio question; its follow-up appears only for "Ja".
        assert.equal(await visible(page, '#main-resident'), false);
        await tabTo(page, (f) => f.name === 'moving-in');
        await page.keyboard.press('Space');
        assert.equal(await checked(page, '#moving-in-yes'), true);
        assert.equal(await visible(page, '#main-resident'), true);
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'main-resident');
        await page.keyboard.type('Jansen');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/document');

        // Step 6: the document is optional.
        await tabTo(page, isSubmit);
        await page.keyboard.press('Enter');
        await page.waitForURL('**/controleren');

        // Check your answers: the markup-like name is text, the change link goes back and returns here.
        const summary = { innerText: () => text(page, 'polder-summary-list') };
        assert.match(await summary.innerText(), /<img src=x onerror=alert\(1\)>/);
        assert.equal(await count(page, 'main img'), 0);
        assert.match(await summary.innerText(), /Dorpsstraat 12A\s+1234 AB Voorbeeld\s+'s-Hertogenbosch/);
        assert.match(
          await summary.innerText(),
          /Sanne de Vries, geboren op 3 april 2015\s+Kees, geboren op 9 oktober 2019/,
        );
        assert.match(await summary.innerText(), /Jansen/);
        await tabTo(page, (f) => f.text === 'Wijzigen naam');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/persoon?terug=controleren');
        assert.equal(await value(page, '#name'), MARKUP);
        await tabTo(page, (f) => f.id === 'name');
        await typeHere(page, 'Anna de Vries');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/controleren');
        assert.match(await summary.innerText(), /Anna de Vries/);
        // The change is confirmed by a success banner that has focus, so it is heard first.
        await page.waitForFunction(() => document.activeElement?.localName === 'polder-notification-banner');
        assert.match(await bannerText(page), /Gelukt\s+Uw wijziging is opgeslagen/);

        await tabTo(page, (f) => f.text === 'Verhuizing doorgeven' && f.tag === 'button');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/bevestiging');
        const reference = await page.evaluate(
          () =>
            document.querySelector('polder-panel')?.shadowRoot?.querySelector('.polder-panel__reference-number')
              ?.textContent ?? '',
        );
        assert.match(reference, REFERENCE);
        assert.equal(await heading(page), 'Verhuizing doorgegeven');

        assert.deepEqual(problems, []);
        if (engine === 'chromium') {
          assert.ok(scripts.size >= 6, 'scripts on every page');
          for (const [at, urls] of scripts) {
            let total = 0;
            for (const url of urls)
              total += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
            assert.ok(total <= 60 * 1024, `${at}: JavaScript ${total} bytes gzipped, budget 60 KB`);
          }
        }
      } finally {
        await page.close();
      }
    });

    test('the journey without JavaScript, in English, with a document upload', async () => {
      const { page, problems } = await watchedPage(env.browser, { javaScript: false });
      try {
        await page.goto(env.url);
        assert.equal(await attribute(page, 'html', 'lang'), 'nl');
        // The language switcher's links work without JavaScript (a link, a redirect, the same page in English).
        await page.navigation(() => page.click('polder-language-switcher a[hreflang="en"]'));
        assert.equal(await attribute(page, 'html', 'lang'), 'en');
        assert.equal(await attribute(page, 'polder-language-switcher a[hreflang="en"]', 'aria-current'), 'true');
        await page.click('main .app-actions a');
        await page.waitForURL('**/persoon');
        assert.equal(await page.title(), 'Who are you? – Report a change of address – Municipality of Example');

        // Submitting an empty step: the server's summary, focused without JavaScript (autofocus).
        await page.navigation(() => page.click('button[type=submit]'));
        await summaryFocused(page);
        const links = await texts(page, 'polder-error-summary a');
        assert.deepEqual(links, ['Enter your full name', 'Enter your date of birth']);
        assert.match(await text(page, '.polder-form-field__error'), /Error:\s+Enter your full name/);
        // Its link moves focus to the field (fragment navigation).
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        assert.equal((await focused(page)).id, 'name');

        await page.fill('#name', MARKUP);
        await page.fill('#dob-day', '31');
        await page.fill('#dob-month', '2');
        await page.fill('#dob-year', '1990');
        await page.navigation(() => page.click('button[type=submit]'));
        // A date that does not exist; the name is kept, as text.
        assert.deepEqual(await texts(page, 'polder-error-summary a'), ['Date of birth must be a real date']);
        assert.equal(await value(page, '#name'), MARKUP);
        assert.equal(await value(page, '#dob-day'), '31');
        await page.fill('#dob-day', '28');
        await page.click('button[type=submit]');
        await page.waitForURL('**/adres');

        await page.fill('#street', 'Kerkstraat');
        await page.fill('#number', '3');
        await page.fill('#postcode', '9999zz');
        await page.fill('#city', 'Groningen');
        // Without JavaScript the municipality is a native select: the server refuses no choice.
        assert.equal(await attribute(page, '#municipality', 'role'), null);
        await page.navigation(() => page.click('button[type=submit]'));
        assert.deepEqual(await texts(page, 'polder-error-summary a'), ['Choose the municipality of your new address']);
        assert.equal(await value(page, '#city'), 'Groningen');
        await page.focus('#municipality');
        await page.keyboard.type('Groningen');
        assert.equal(await value(page, '#municipality'), 'groningen');
        await page.click('button[type=submit]');
        await page.waitForURL('**/verhuisdatum');

        const moving = dateFromToday(0);
        await page.fill('#moving-day', moving.day);
        await page.fill('#moving-month', moving.month);
        await page.fill('#moving-year', moving.year);
        await page.click('button[type=submit]');
        await page.waitForURL('**/meeverhuizers');

        // Who moves along, without JavaScript: "Add another" and "Remove" post the form, the server adds or
        // removes a person and keeps what was typed; Enter in a text field still continues.
        await page.fill('#personen-0-naam', 'Lotte Bakker');
        await page.fill('#personen-0-geboortedatum-day', '12');
        await page.fill('#personen-0-geboortedatum-month', '6');
        await page.fill('#personen-0-geboortedatum-year', '1988');
        await page.click('button[name=add]');
        await page.waitForURL('**/meeverhuizers#personen-1');
        assert.equal(await value(page, '#personen-0-naam'), 'Lotte Bakker');
        await page.fill('#personen-1-naam', 'Someone else');
        await page.click('button[name=add]');
        await page.waitForURL('**/meeverhuizers#personen-2');
        await page.fill('#personen-2-naam', 'Tim');
        await page.click('button[name=remove][value="1"]');
        await page.waitForURL('**/meeverhuizers#personen-0');
        assert.deepEqual(
          await page.evaluate(() =>
            [...document.querySelectorAll('polder-add-another input[name$="[naam]"]')].map(
              (i) => /** @type {HTMLInputElement} */ (i).value,
            ),
          ),
          ['Lotte Bakker', 'Tim'],
        );
        await page.focus('#personen-1-naam');
        await page.navigation(() => page.keyboard.press('Enter'));
        assert.deepEqual(await texts(page, 'polder-error-summary a'), ['Enter the date of birth of person 2']);
        assert.match(await page.title(), /^Error: Who is moving with you\?/);
        await page.fill('#personen-1-geboortedatum-day', '1');
        await page.fill('#personen-1-geboortedatum-month', '1');
        await page.fill('#personen-1-geboortedatum-year', '2020');
        await page.focus('#personen-1-geboortedatum-year');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/inwonen');

        // Without JavaScript the follow-up question is always there; "Yes" makes it required.
        assert.equal(await visible(page, '#main-resident'), true);
        await page.check('#moving-in-yes');
        await page.navigation(() => page.click('button[type=submit]'));
        assert.deepEqual(await texts(page, 'polder-error-summary a'), ['Enter the name of the main resident']);
        assert.equal(await checked(page, '#moving-in-yes'), true);
        await page.check('#moving-in-no');
        await page.click('button[type=submit]');
        await page.waitForURL('**/document');

        // A file of the wrong type, then a PDF (multipart/form-data).
        await page.setInputFiles('#document', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
        await page.navigation(() => page.click('button[type=submit]'));
        assert.deepEqual(await texts(page, 'polder-error-summary a'), ['The file must be a PDF, JPG or PNG']);
        // Its name looks like markup, and is shown as text (without a slash: no file on disk has one in its name).
        await page.setInputFiles('#document', {
          name: 'huurcontract <b>2026<b>.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4\n%test\n'),
        });
        await page.click('button[type=submit]');
        await page.waitForURL('**/controleren');

        const summary = await text(page, 'polder-summary-list');
        assert.match(summary, /<img src=x onerror=alert\(1\)>/);
        assert.match(summary, /28 February 1990/);
        assert.match(summary, /9999 ZZ Groningen\s+Groningen/);
        assert.match(summary, /Lotte Bakker, born on 12 June 1988\s+Tim, born on 1 January 2020/);
        assert.match(summary, /huurcontract <b>2026<b>\.pdf/);
        assert.equal(await count(page, 'main b, main img'), 0);

        // A change link returns to the step and then straight back here.
        await page.navigation(() => page.click('a[href="/adres?terug=controleren"]'));
        assert.equal(await value(page, '#city'), 'Groningen');
        await page.fill('#city', 'Assen');
        await page.click('button[type=submit]');
        await page.waitForURL('**/controleren');
        assert.match(await text(page, 'polder-summary-list'), /9999 ZZ Assen/);
        assert.match(await bannerText(page), /Success\s+Your change has been saved/);
        assert.equal(await attribute(page, 'polder-phase-banner', 'phase'), 'beta');

        await page.click('button[type=submit]');
        await page.waitForURL('**/bevestiging');
        assert.match(await panelText(page), /Your reference number: VH-[A-Z2-9]{4}-[A-Z2-9]{4}/);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });

    test('the cookie question, with and without JavaScript: answered by keyboard, nothing typed is lost', async () => {
      for (const javaScript of [true, false]) {
        const { page, problems } = await watchedPage(env.browser, { javaScript });
        try {
          await page.goto(`${env.url}/persoon`);
          const bannerText = () => shadowText(page, 'polder-cookie-banner');
          assert.match(await bannerText(), /Cookies op Verhuizing doorgeven/);
          if (javaScript) {
            // The answer is posted in the background: what was typed stays, and the form still posts afterwards.
            await page.fill('#name', 'Anna');
            await page.focus('#name');
            // Back from the name field to the banner, which comes first in the page (forwards, past the last link,
            // Firefox leaves the page for its own toolbar, as a desktop browser does).
            await tabTo(page, (f) => f.text === 'Aanvullende cookies weigeren', 40, 'Shift+Tab');
            const before = await value(page, 'input[name="csrf"]');
            const posts = env.posts();
            await page.keyboard.press('Enter');
            await posts.received('/cookies');
            await page.waitForFunction(
              () =>
                !!document.querySelector('polder-cookie-banner')?.shadowRoot?.activeElement?.closest('[role="alert"]'),
            );
            assert.match(await bannerText(), /U heeft aanvullende cookies geweigerd/);
            // The answer made the session: the page's form now carries its token.
            await page.waitForFunction(
              (old) => /** @type {HTMLInputElement} */ (document.querySelector('input[name="csrf"]')).value !== old,
              before,
            );
            assert.equal(await value(page, '#name'), 'Anna');
            await page.fill('#dob-day', '1');
            await page.fill('#dob-month', '2');
            await page.fill('#dob-year', '1980');
            await page.click('button[type=submit]');
            await page.waitForURL('**/adres');
          } else {
            await tabTo(page, (f) => f.text === 'Aanvullende cookies accepteren');
            await page.navigation(() => page.keyboard.press('Enter'));
            await page.waitForURL('**/persoon');
          }
          // Answered: the banner is gone on every page for this visitor.
          assert.equal(await count(page, 'polder-cookie-banner'), 0);
          await page.goto(`${env.url}/persoon`);
          assert.equal(await count(page, 'polder-cookie-banner'), 0);
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      }
    });

    test('the session ends: a warning before, Doorgaan extends it on the server, at zero a page that explains', async () => {
      // A service of its own with a 6-second session, as an agency would set it: SESSION_SECONDS.
      const child = spawn(process.execPath, ['src/server.js'], {
        cwd: new URL('..', import.meta.url),
        env: { ...process.env, PORT: '0', SESSION_SECONDS: '6' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      // (a promise at once: the service may stop before the test listens)
      const stopped = once(child, 'exit').then(([code]) => {
        throw new Error(`the service stopped before it listened (exit code ${code})`);
      });
      stopped.catch(() => {});
      const { page, problems } = await watchedPage(env.browser);
      try {
        const [line] = await Promise.race([once(child.stdout, 'data'), stopped]);
        const base = String(line).match(/http:\/\/[\d.:]+/)?.[0];
        assert.ok(base, 'the server says where it listens');
        // No session yet (nothing posted): no warning.
        await page.goto(`${base}/persoon`);
        assert.equal(await count(page, 'polder-timeout-warning'), 0);
        await page.fill('#name', 'Anna');
        await page.fill('#dob-day', '1');
        await page.fill('#dob-month', '2');
        await page.fill('#dob-year', '1980');
        await page.click('main .app-actions button[type=submit]');
        await page.waitForURL('**/adres');
        // The warning has the session's seconds from the server and opens halfway (2 minutes before, normally).
        const warning = 'polder-timeout-warning';
        assert.equal(await attribute(page, warning, 'timeout'), '6');
        assert.equal(await attribute(page, warning, 'timeout-href'), '/sessie-verlopen');
        await page.waitForFunction(() => /** @type {any} */ (document.querySelector('polder-timeout-warning'))?.open);
        assert.equal(
          await page.evaluate(
            () =>
              document.querySelector('polder-timeout-warning')?.shadowRoot?.activeElement?.textContent?.trim() ?? '',
          ),
          'Uw sessie verloopt bijna',
        );
        // Doorgaan, by keyboard: the session is extended on the server (with the form's token).
        await page.keyboard.press('Tab');
        const { status } = await page.response('/sessie/verlengen', () => page.keyboard.press('Enter'));
        const since = Date.now();
        // (WebKit's WebDriver reports no responses: the page's resource timing shows the request was answered, and
        // that the session went on after it is checked below in every engine.)
        assert.equal(status, engine === 'webkit' ? null : 204);
        assert.equal(
          await page.evaluate(() => /** @type {any} */ (document.querySelector('polder-timeout-warning')).open),
          false,
        );
        // Nothing more is done: at zero the browser goes to the page that explains, a full session after Doorgaan.
        await page.waitForURL('**/sessie-verlopen', { timeout: 15_000 });
        assert.ok(Date.now() - since >= 5_000, `the session went on after Doorgaan (${Date.now() - since} ms)`);
        assert.equal(await heading(page), 'Uw sessie is verlopen');
        assert.match(await text(page, 'main'), /U heeft 6 seconden niets gedaan[\s\S]*Wat is gewist/);
        assert.equal(await count(page, 'polder-timeout-warning'), 0);
        // The answers are gone.
        await page.goto(`${base}/persoon`);
        assert.equal(await value(page, '#name'), '');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
        child.kill();
      }
    });

    test('the error path with JavaScript: summary focused, link to the field, fix, continue', async () => {
      const { page, problems } = await watchedPage(env.browser);
      try {
        await page.goto(`${env.url}/persoon`);
        await tabTo(page, (f) => f.id === 'name');
        await page.keyboard.type('Piet');
        await tabTo(page, isSubmit);
        await page.keyboard.press('Enter');
        // Client-side: the summary lists the date of birth and has focus; nothing typed is lost.
        await summaryFocused(page);
        assert.deepEqual(await texts(page, 'polder-error-summary a'), ['Vul uw geboortedatum in']);
        assert.equal(await value(page, '#name'), 'Piet');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        assert.equal((await focused(page)).id, 'dob-day');
        await page.keyboard.type('1');
        await page.keyboard.press('Tab');
        await page.keyboard.type('1');
        await page.keyboard.press('Tab');
        await page.keyboard.type('2000');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/adres');

        // An empty step: every required field is named, the text field shows its own message.
        await tabTo(page, isSubmit);
        await page.keyboard.press('Enter');
        // (the check of the address loads the list of municipalities first)
        await summaryFocused(page);
        assert.deepEqual(await texts(page, 'polder-error-summary a'), [
          'Vul de postcode in',
          'Vul het huisnummer in',
          'Vul de straat in',
          'Vul de woonplaats in',
          'Kies de gemeente van uw nieuwe adres',
        ]);
        assert.match(await text(page, 'polder-text-field#street, polder-text-field:has(#street)'), /\S/);
        assert.equal(await count(page, '#street[aria-invalid="true"]'), 1);
        // Text that is no municipality: the browser says what the server would.
        await page.focus('#municipality');
        await page.keyboard.type('Atlantis');
        await tabTo(page, isSubmit);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() =>
          [...document.querySelectorAll('polder-error-summary a')].some(
            (a) => a.textContent === 'Kies een gemeente uit de lijst',
          ),
        );
        assert.equal(await value(page, '#municipality'), 'Atlantis');

        // Switching language keeps the answers given so far.
        await page.goto(`${env.url}/persoon?lang=en`);
        assert.equal(await attribute(page, 'html', 'lang'), 'en');
        assert.equal(await value(page, '#name'), 'Piet');
        assert.equal(await heading(page), 'Who are you?');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });

    test('an upload over 5 MB: refused in the browser with JavaScript, by the service’s page without', async () => {
      const big = {
        name: 'groot.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024)]),
      };
      const message = 'Het bestand mag niet groter zijn dan 5\u00a0MB';
      for (const javaScriptEnabled of [true, false]) {
        const { page, problems } = await watchedPage(env.browser, { javaScript: javaScriptEnabled });
        const posts = env.posts();
        try {
          // With JavaScript the label's target is the file upload's own button, which opens the file chooser
          // (the native input stays in the form, hidden); without, it is the native input. WebKit's WebDriver has
          // no file chooser (a click opens the desktop's file dialog, which WebDriver cannot answer): there the file
          // goes into the native input the button stands for, as the chooser would put it.
          const choose = async (/** @type {typeof big} */ file) => {
            if (!javaScriptEnabled) return page.setInputFiles('#document', file);
            if (engine === 'webkit') return page.setInputFiles('polder-file-upload input[type="file"]', file);
            await page.chooseFile('#document', file);
          };
          await page.goto(`${env.url}/document`);
          await choose(big);
          // With JavaScript the browser refuses the file and stays on the page; without, the service answers.
          if (javaScriptEnabled) await page.click('button[type=submit]');
          else await page.navigation(() => page.click('button[type=submit]'));
          await summaryFocused(page);
          assert.deepEqual(await texts(page, 'polder-error-summary a'), [message]);
          assert.match(await text(page, 'polder-file-upload .polder-form-field__error'), /Het bestand mag/);
          if (javaScriptEnabled) {
            assert.deepEqual(posts, [], 'nothing was sent');
            // A file within the limit goes through.
            await choose({ ...big, buffer: Buffer.from('%PDF-1.4\n') });
            await page.click('button[type=submit]');
            await page.waitForURL('**/persoon');
            assert.equal(posts.length, 1);
            assert.deepEqual(problems, []);
          } else {
            assert.equal(posts.length, 1, 'the server answered the upload with the page');
            // Chromium logs the 413 status of the page.
            assert.deepEqual(
              problems.filter((p) => !/status of 413/.test(p)),
              [],
            );
          }
        } finally {
          await page.close();
        }
      }
    });

    test('every page passes axe in light and dark, and reflows at 320 px without horizontal scrolling', async () => {
      // axe is injected, which a strict CSP forbids, so in Chromium this page bypasses the policy (the journeys
      // above run under it); Firefox and WebKit run it through their protocol, which the page's policy does not govern.
      const { page, problems } = await watchedPage(env.browser, {
        bypassCSP: true,
        viewport: { width: 1024, height: 800 },
      });
      // The dark scheme is emulated in Chromium: neither WebDriver BiDi (Firefox) nor WebDriver (WebKit) can emulate
      // prefers-color-scheme. The colours are the same CSS in every engine; light is checked in all three.
      const colorSchemes =
        engine === 'chromium' ? /** @type {const} */ (['light', 'dark']) : /** @type {const} */ (['light']);
      /** @type {string[]} */
      const failures = [];
      const check = async (/** @type {string} */ name, question = false) => {
        await page.waitForFunction(() => document.readyState === 'complete');
        for (const colorScheme of colorSchemes) {
          if (engine === 'chromium') await page.emulateColorScheme(colorScheme);
          for (const violation of await axe(page)) failures.push(`${name} (${colorScheme}): ${violation}`);
        }
        if (engine === 'chromium') await page.emulateColorScheme('light');
        // One h1 on a question page (in the light DOM or a shadow root): the question.
        const h1s = await page.evaluate(() => {
          const all = [...document.querySelectorAll('h1')];
          for (const host of document.querySelectorAll('*'))
            if (host.shadowRoot) all.push(...host.shadowRoot.querySelectorAll('h1'));
          return all.map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
        });
        if (question && h1s.length !== 1) failures.push(`${name}: ${h1s.length} h1 elements (${h1s.join(' | ')})`);
        await page.setViewport({ width: 320, height: 640 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) failures.push(`${name}: ${overflow}px horizontal scrolling at 320 px`);
        await page.setViewport({ width: 1024, height: 800 });
      };
      const submit = () => page.click('main .app-actions button[type=submit]');
      try {
        await page.goto(env.url);
        await check('start');
        await page.goto(`${env.url}/persoon`);
        await check('person');
        // form.submit() skips the browser checks, so the server answers with its error summary.
        await page.navigation(() =>
          page.evaluate(() => /** @type {HTMLFormElement} */ (document.querySelector('form#step')).submit()),
        );
        await check('person with server errors');
        await page.fill('#name', 'Anna');
        await page.fill('#dob-day', '1');
        await page.fill('#dob-month', '2');
        await page.fill('#dob-year', '1980');
        await submit();
        await page.waitForURL('**/adres');
        await check('address');
        await submit();
        await present(page, 'polder-error-summary a');
        await check('address with browser errors');
        await page.fill('#street', 'Laan');
        await page.fill('#number', '1');
        await page.fill('#postcode', '1000AA');
        await page.fill('#city', 'Amsterdam');
        await page.fill('#municipality', 'Amsterdam');
        await page.keyboard.press('Tab');
        assert.equal(await value(page, '#municipality-select'), 'amsterdam');
        await submit();
        await page.waitForURL('**/verhuisdatum');
        await check('moving date', true);
        // The question is the label of the date, and the page's heading.
        assert.equal(await text(page, 'legend h1'), 'Wanneer verhuist u?');
        const moving = dateFromToday(1);
        await page.fill('#moving-day', moving.day);
        await page.fill('#moving-month', moving.month);
        await page.fill('#moving-year', moving.year);
        await submit();
        await page.waitForURL('**/meeverhuizers');
        await check('who moves along', true);
        await page.fill('#personen-0-naam', 'Parkeervergunningaanvraagformulierhouder');
        await page.click('button[name=add]');
        await page.fill('#personen-1-naam', 'Kees');
        await submit();
        await present(page, 'polder-error-summary a');
        await check('who moves along, two people, an error at the second');
        await page.click('button[name=remove][value="1"]');
        await page.fill('#personen-0-geboortedatum-day', '1');
        await page.fill('#personen-0-geboortedatum-month', '1');
        await page.fill('#personen-0-geboortedatum-year', '2001');
        await submit();
        await page.waitForURL('**/inwonen');
        await check('moving in', true);
        assert.equal(await text(page, 'legend h1'), 'Gaat u inwonen bij iemand die al op dit adres woont?');
        await page.check('#moving-in-yes');
        await submit();
        await present(page, 'polder-error-summary a');
        await check('moving in, follow-up question with a server error');
        await page.check('#moving-in-no');
        await submit();
        await page.waitForURL('**/document');
        await check('document');
        await submit();
        await page.waitForURL('**/controleren');
        await check('check answers');
        await page.goto(`${env.url}/controleren?lang=en`);
        await check('check answers (en)');
        await submit();
        await page.waitForURL('**/bevestiging');
        await check('confirmation (en)');
        await page.goto(`${env.url}/bestaat-niet`);
        await check('not found');
        assert.deepEqual(failures, []);
        // The not-found page is meant to answer 404, which Chromium logs.
        assert.deepEqual(
          problems.filter((p) => !/status of 404/.test(p)),
          [],
        );
      } finally {
        await page.close();
      }
    });
  });
