// End-to-end: the whole journey in Chromium, with and without JavaScript, by keyboard, in both languages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { MARKUP, axe, dateFromToday, focused, setUp, tabTo, watchedPage } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof setUp>>} */
let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.tearDown();
});

/** The step's own submit button, not one of the cookie question's. */
const isSubmit = (/** @type {{ type: string, text: string }} */ f) => f.type === 'submit' && !/cookies/.test(f.text);
const REFERENCE = /^VH-[A-Z2-9]{4}-[A-Z2-9]{4}$/;
const heading = (/** @type {import('playwright-core').Page} */ page) =>
  page
    .locator('polder-heading[level="1"], polder-panel')
    .first()
    .evaluate((el) => {
      // A heading's text is slotted; the panel renders its heading from an attribute.
      const text = el.localName === 'polder-panel' ? el.shadowRoot?.querySelector('h1')?.textContent : el.textContent;
      return (text ?? '').replace(/\s+/g, ' ').trim();
    });
const bannerText = (/** @type {import('playwright-core').Page} */ page) =>
  page.locator('polder-notification-banner').evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
const panelText = (/** @type {import('playwright-core').Page} */ page) =>
  page.locator('polder-panel').evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

/** Waits until the error summary has focus (it takes it once it has rendered its list). */
const summaryFocused = (/** @type {import('playwright-core').Page} */ page) =>
  page.waitForFunction(() => !!document.activeElement?.closest('polder-error-summary'), null, { timeout: 5000 });

/** Types into the focused field after clearing it. */
async function typeHere(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ text) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

describe('Verhuizing doorgeven', () => {
  test('the journey with JavaScript, keyboard only, under CSP and Trusted Types', async () => {
    const context = await env.browser.newContext();
    const { page, problems } = await watchedPage(context);
    // Each page loads its own scripts (and shared chunks): the JavaScript of every page, gzipped, is in budget.
    /** @type {Map<string, Set<string>>} */
    const scripts = new Map();
    page.on('request', (request) => {
      if (request.resourceType() !== 'script') return;
      const at = new URL(request.frame().url()).pathname;
      scripts.set(at, (scripts.get(at) ?? new Set()).add(request.url()));
    });
    try {
      await page.goto(env.url);
      assert.equal(await page.getAttribute('html', 'lang'), 'nl');
      const csp = (await page.request.get(env.url)).headers()['content-security-policy'];
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
      /** @type {string[]} */
      const posts = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
      });
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
      assert.equal(await page.getAttribute('#municipality', 'role'), 'combobox');
      await page.keyboard.type('den bosch');
      await page.waitForSelector('#municipality[aria-expanded="true"]');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      assert.equal(await page.inputValue('#municipality'), "'s-Hertogenbosch");
      assert.equal(await page.inputValue('#municipality-select'), 's-hertogenbosch');
      await page.keyboard.press('Enter');
      // The error summary has focus, the error is at the field, the title starts with "Fout: ", every value is kept.
      await summaryFocused(page);
      assert.deepEqual(await page.locator('polder-error-summary a').allTextContents(), [
        'Vul een postcode in zoals 1234 AB',
      ]);
      assert.match(await page.locator('polder-text-field:has(#postcode)').innerText(), /Vul een postcode in zoals/);
      assert.deepEqual(posts, [], 'nothing was sent');
      assert.equal(await page.inputValue('#street'), 'Dorpsstraat');
      assert.equal(await page.inputValue('#city'), 'Voorbeeld');
      assert.equal(await page.inputValue('#postcode'), '1234 sa');
      assert.equal(await page.inputValue('#municipality'), "'s-Hertogenbosch");
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
      assert.match(await page.inputValue('#postcode'), /^1234 ?ab$/i);
      assert.equal(await page.inputValue('#number'), '12A');
      assert.equal(await page.inputValue('#street'), 'Dorpsstraat');
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
      assert.equal(await page.locator('#personen-2-naam').count(), 0);
      // Enter in a text field continues (it does not add a person), and Kees has no date of birth yet: the
      // browser says so with the server's words, at Kees's field, before anything is sent.
      await page.focus('#personen-1-naam');
      await page.keyboard.press('Enter');
      await summaryFocused(page);
      assert.match(await page.title(), /^Fout: Wie verhuizen er met u mee\?/);
      assert.ok(!posts.includes('/meeverhuizers'), 'nothing was sent');
      assert.deepEqual(await page.locator('polder-error-summary a').allTextContents(), [
        'Vul de geboortedatum van persoon 2 in',
      ]);
      assert.equal(await page.locator('polder-add-another .polder-add-another__item').count(), 2);
      assert.equal(await page.inputValue('#personen-1-naam'), 'Kees');
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
      assert.equal(await page.isVisible('#main-resident'), false);
      await tabTo(page, (f) => f.name === 'moving-in');
      await page.keyboard.press('Space');
      assert.equal(await page.isChecked('#moving-in-yes'), true);
      assert.equal(await page.isVisible('#main-resident'), true);
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
      const summary = page.locator('polder-summary-list');
      assert.match(await summary.innerText(), /<img src=x onerror=alert\(1\)>/);
      assert.equal(await page.locator('main img').count(), 0);
      assert.match(await summary.innerText(), /Dorpsstraat 12A\s+1234 AB Voorbeeld\s+'s-Hertogenbosch/);
      assert.match(
        await summary.innerText(),
        /Sanne de Vries, geboren op 3 april 2015\s+Kees, geboren op 9 oktober 2019/,
      );
      assert.match(await summary.innerText(), /Jansen/);
      await tabTo(page, (f) => f.text === 'Wijzigen naam');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/persoon?terug=controleren');
      assert.equal(await page.inputValue('#name'), MARKUP);
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
      const reference = await page
        .locator('polder-panel')
        .evaluate((el) => el.shadowRoot?.querySelector('.polder-panel__reference-number')?.textContent ?? '');
      assert.match(reference, REFERENCE);
      assert.equal(await heading(page), 'Verhuizing doorgegeven');

      assert.deepEqual(problems, []);
      assert.ok(scripts.size >= 6, 'scripts on every page');
      for (const [at, urls] of scripts) {
        let total = 0;
        for (const url of urls) total += gzipSync(await (await page.request.get(url)).body(), { level: 9 }).length;
        assert.ok(total <= 60 * 1024, `${at}: JavaScript ${total} bytes gzipped, budget 60 KB`);
      }
    } finally {
      await context.close();
    }
  });

  test('the journey without JavaScript, in English, with a document upload', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const { page, problems } = await watchedPage(context);
    try {
      await page.goto(env.url);
      assert.equal(await page.getAttribute('html', 'lang'), 'nl');
      // The language switcher's links work without JavaScript (a link, a redirect, the same page in English).
      await Promise.all([page.waitForEvent('load'), page.click('polder-language-switcher a[hreflang="en"]')]);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.getAttribute('polder-language-switcher a[hreflang="en"]', 'aria-current'), 'true');
      await page.click('text=Start now');
      await page.waitForURL('**/persoon');
      assert.equal(await page.title(), 'Who are you? – Report a change of address – Municipality of Example');

      // Submitting an empty step: the server's summary, focused without JavaScript (autofocus).
      await page.click('button[type=submit]');
      await page.waitForLoadState('load');
      await summaryFocused(page);
      const links = await page.locator('polder-error-summary a').allTextContents();
      assert.deepEqual(links, ['Enter your full name', 'Enter your date of birth']);
      assert.match(
        await page.locator('.polder-form-field__error').first().innerText(),
        /Error:\s+Enter your full name/,
      );
      // Its link moves focus to the field (fragment navigation).
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal((await focused(page)).id, 'name');

      await page.fill('#name', MARKUP);
      await page.fill('#dob-day', '31');
      await page.fill('#dob-month', '2');
      await page.fill('#dob-year', '1990');
      await page.click('button[type=submit]');
      await page.waitForLoadState('load');
      // A date that does not exist; the name is kept, as text.
      assert.deepEqual(await page.locator('polder-error-summary a').allTextContents(), [
        'Date of birth must be a real date',
      ]);
      assert.equal(await page.inputValue('#name'), MARKUP);
      assert.equal(await page.inputValue('#dob-day'), '31');
      await page.fill('#dob-day', '28');
      await page.click('button[type=submit]');
      await page.waitForURL('**/adres');

      await page.fill('#street', 'Kerkstraat');
      await page.fill('#number', '3');
      await page.fill('#postcode', '9999zz');
      await page.fill('#city', 'Groningen');
      // Without JavaScript the municipality is a native select: the server refuses no choice.
      assert.equal(await page.getAttribute('#municipality', 'role'), null);
      await page.click('button[type=submit]');
      await page.waitForLoadState('load');
      assert.deepEqual(await page.locator('polder-error-summary a').allTextContents(), [
        'Choose the municipality of your new address',
      ]);
      assert.equal(await page.inputValue('#city'), 'Groningen');
      await page.focus('#municipality');
      await page.keyboard.type('Groningen');
      assert.equal(await page.inputValue('#municipality'), 'groningen');
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
      await Promise.all([page.waitForURL('**/meeverhuizers#personen-1'), page.click('button[name=add]')]);
      assert.equal(await page.inputValue('#personen-0-naam'), 'Lotte Bakker');
      await page.fill('#personen-1-naam', 'Someone else');
      await Promise.all([page.waitForURL('**/meeverhuizers#personen-2'), page.click('button[name=add]')]);
      await page.fill('#personen-2-naam', 'Tim');
      await Promise.all([page.waitForURL('**/meeverhuizers#personen-0'), page.click('button[name=remove][value="1"]')]);
      assert.deepEqual(
        await page
          .locator('polder-add-another input[name$="[naam]"]')
          .evaluateAll((inputs) => inputs.map((i) => /** @type {HTMLInputElement} */ (i).value)),
        ['Lotte Bakker', 'Tim'],
      );
      await page.focus('#personen-1-naam');
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      assert.deepEqual(await page.locator('polder-error-summary a').allTextContents(), [
        'Enter the date of birth of person 2',
      ]);
      assert.match(await page.title(), /^Error: Who is moving with you\?/);
      await page.fill('#personen-1-geboortedatum-day', '1');
      await page.fill('#personen-1-geboortedatum-month', '1');
      await page.fill('#personen-1-geboortedatum-year', '2020');
      await page.focus('#personen-1-geboortedatum-year');
      await Promise.all([page.waitForURL('**/inwonen'), page.keyboard.press('Enter')]);

      // Without JavaScript the follow-up question is always there; "Yes" makes it required.
      assert.equal(await page.isVisible('#main-resident'), true);
      await page.check('#moving-in-yes');
      await page.click('button[type=submit]');
      await page.waitForLoadState('load');
      assert.deepEqual(await page.locator('polder-error-summary a').allTextContents(), [
        'Enter the name of the main resident',
      ]);
      assert.equal(await page.isChecked('#moving-in-yes'), true);
      await page.check('#moving-in-no');
      await page.click('button[type=submit]');
      await page.waitForURL('**/document');

      // A file of the wrong type, then a PDF (multipart/form-data).
      await page.setInputFiles('#document', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
      await page.click('button[type=submit]');
      await page.waitForLoadState('load');
      assert.deepEqual(await page.locator('polder-error-summary a').allTextContents(), [
        'The file must be a PDF, JPG or PNG',
      ]);
      await page.setInputFiles('#document', {
        name: 'huurcontract <b>2026</b>.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n%test\n'),
      });
      await page.click('button[type=submit]');
      await page.waitForURL('**/controleren');

      const summary = await page.locator('polder-summary-list').innerText();
      assert.match(summary, /<img src=x onerror=alert\(1\)>/);
      assert.match(summary, /28 February 1990/);
      assert.match(summary, /9999 ZZ Groningen\s+Groningen/);
      assert.match(summary, /Lotte Bakker, born on 12 June 1988\s+Tim, born on 1 January 2020/);
      assert.match(summary, /huurcontract <b>2026<\/b>\.pdf/);
      assert.equal(await page.locator('main b, main img').count(), 0);

      // A change link returns to the step and then straight back here.
      await page.click('a[href="/adres?terug=controleren"]');
      assert.equal(await page.inputValue('#city'), 'Groningen');
      await page.fill('#city', 'Assen');
      await page.click('button[type=submit]');
      await page.waitForURL('**/controleren');
      assert.match(await page.locator('polder-summary-list').innerText(), /9999 ZZ Assen/);
      assert.match(await bannerText(page), /Success\s+Your change has been saved/);
      assert.equal(await page.getAttribute('polder-phase-banner', 'phase'), 'beta');

      await page.click('button[type=submit]');
      await page.waitForURL('**/bevestiging');
      assert.match(await panelText(page), /Your reference number: VH-[A-Z2-9]{4}-[A-Z2-9]{4}/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the cookie question, with and without JavaScript: answered by keyboard, nothing typed is lost', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await env.browser.newContext({ javaScriptEnabled });
      const { page, problems } = await watchedPage(context);
      try {
        await page.goto(`${env.url}/persoon`);
        const shadowText = () =>
          page
            .locator('polder-cookie-banner')
            .evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
        assert.match(await shadowText(), /Cookies op Verhuizing doorgeven/);
        if (javaScriptEnabled) {
          // The answer is posted in the background: what was typed stays, and the form still posts afterwards.
          await page.fill('#name', 'Anna');
          await page.focus('#name');
          await tabTo(page, (f) => f.text === 'Aanvullende cookies weigeren');
          const before = await page.inputValue('input[name="csrf"]');
          const posted = page.waitForRequest((r) => r.url().endsWith('/cookies') && r.method() === 'POST');
          await page.keyboard.press('Enter');
          await posted;
          await page.waitForFunction(() =>
            document.querySelector('polder-cookie-banner')?.shadowRoot?.activeElement?.closest('[role="alert"]'),
          );
          assert.match(await shadowText(), /U heeft aanvullende cookies geweigerd/);
          // The answer made the session: the page's form now carries its token.
          await page.waitForFunction(
            (old) => /** @type {HTMLInputElement} */ (document.querySelector('input[name="csrf"]')).value !== old,
            before,
          );
          assert.equal(await page.inputValue('#name'), 'Anna');
          await page.fill('#dob-day', '1');
          await page.fill('#dob-month', '2');
          await page.fill('#dob-year', '1980');
          await page.click('button[type=submit]');
          await page.waitForURL('**/adres');
        } else {
          await tabTo(page, (f) => f.text === 'Aanvullende cookies accepteren');
          await Promise.all([page.waitForURL('**/persoon'), page.waitForEvent('load'), page.keyboard.press('Enter')]);
        }
        // Answered: the banner is gone on every page for this visitor.
        assert.equal(await page.locator('polder-cookie-banner').count(), 0);
        await page.goto(`${env.url}/persoon`);
        assert.equal(await page.locator('polder-cookie-banner').count(), 0);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
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
    const context = await env.browser.newContext();
    const { page, problems } = await watchedPage(context);
    try {
      const [line] = await once(child.stdout, 'data');
      const base = String(line).match(/http:\/\/[\d.:]+/)?.[0];
      assert.ok(base, 'the server says where it listens');
      // No session yet (nothing posted): no warning.
      await page.goto(`${base}/persoon`);
      assert.equal(await page.locator('polder-timeout-warning').count(), 0);
      await page.fill('#name', 'Anna');
      await page.fill('#dob-day', '1');
      await page.fill('#dob-month', '2');
      await page.fill('#dob-year', '1980');
      await Promise.all([page.waitForURL('**/adres'), page.click('main .app-actions button[type=submit]')]);
      // The warning has the session's seconds from the server and opens halfway (2 minutes before, normally).
      const warning = page.locator('polder-timeout-warning');
      assert.equal(await warning.getAttribute('timeout'), '6');
      assert.equal(await warning.getAttribute('timeout-href'), '/sessie-verlopen');
      await page.waitForFunction(() => /** @type {any} */ (document.querySelector('polder-timeout-warning'))?.open);
      assert.equal(
        await warning.evaluate((el) => el.shadowRoot?.activeElement?.textContent?.trim()),
        'Uw sessie verloopt bijna',
      );
      // Doorgaan, by keyboard: the session is extended on the server (with the form's token).
      await page.keyboard.press('Tab');
      const [extended] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/sessie/verlengen')),
        page.keyboard.press('Enter'),
      ]);
      const since = Date.now();
      assert.equal(extended.status(), 204);
      assert.equal(await warning.evaluate((el) => /** @type {any} */ (el).open), false);
      // Nothing more is done: at zero the browser goes to the page that explains, a full session after Doorgaan.
      await page.waitForURL('**/sessie-verlopen', { timeout: 15_000 });
      assert.ok(Date.now() - since >= 5_000, `the session went on after Doorgaan (${Date.now() - since} ms)`);
      assert.equal(await heading(page), 'Uw sessie is verlopen');
      assert.match(await page.locator('main').innerText(), /U heeft 6 seconden niets gedaan[\s\S]*Wat is gewist/);
      assert.equal(await page.locator('polder-timeout-warning').count(), 0);
      // The answers are gone.
      await page.goto(`${base}/persoon`);
      assert.equal(await page.inputValue('#name'), '');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      child.kill();
    }
  });

  test('the error path with JavaScript: summary focused, link to the field, fix, continue', async () => {
    const context = await env.browser.newContext();
    const { page, problems } = await watchedPage(context);
    try {
      await page.goto(`${env.url}/persoon`);
      await tabTo(page, (f) => f.id === 'name');
      await page.keyboard.type('Piet');
      await tabTo(page, isSubmit);
      await page.keyboard.press('Enter');
      // Client-side: the summary lists the date of birth and has focus; nothing typed is lost.
      await summaryFocused(page);
      assert.deepEqual(await page.locator('polder-error-summary a').allTextContents(), ['Vul uw geboortedatum in']);
      assert.equal(await page.inputValue('#name'), 'Piet');
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
      assert.deepEqual(await page.locator('polder-error-summary a').allTextContents(), [
        'Vul de postcode in',
        'Vul het huisnummer in',
        'Vul de straat in',
        'Vul de woonplaats in',
        'Kies de gemeente van uw nieuwe adres',
      ]);
      assert.match(await page.locator('polder-text-field#street, polder-text-field:has(#street)').innerText(), /\S/);
      assert.equal(await page.locator('#street[aria-invalid="true"]').count(), 1);
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
      assert.equal(await page.inputValue('#municipality'), 'Atlantis');

      // Switching language keeps the answers given so far.
      await page.goto(`${env.url}/persoon?lang=en`);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.inputValue('#name'), 'Piet');
      assert.equal(await heading(page), 'Who are you?');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
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
      const context = await env.browser.newContext({ javaScriptEnabled });
      const { page, problems } = await watchedPage(context);
      /** @type {string[]} */
      const posts = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posts.push(request.url());
      });
      try {
        // With JavaScript the label's target is the file upload's own button, which opens the file chooser
        // (the native input stays in the form, hidden); without, it is the native input.
        const choose = async (/** @type {typeof big} */ file) => {
          if (!javaScriptEnabled) return page.setInputFiles('#document', file);
          const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#document')]);
          await chooser.setFiles(file);
        };
        await page.goto(`${env.url}/document`);
        await choose(big);
        await page.click('button[type=submit]');
        await page.waitForLoadState('load');
        await summaryFocused(page);
        assert.deepEqual(await page.locator('polder-error-summary a').allTextContents(), [message]);
        assert.match(await page.locator('polder-file-upload .polder-form-field__error').innerText(), /Het bestand mag/);
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
        await context.close();
      }
    }
  });

  test('every page passes axe in light and dark, and reflows at 320 px without horizontal scrolling', async () => {
    // axe is injected, which a strict CSP forbids, so this context bypasses the policy; the journeys above
    // run under it.
    const context = await env.browser.newContext({ bypassCSP: true, viewport: { width: 1024, height: 800 } });
    const { page, problems } = await watchedPage(context);
    /** @type {string[]} */
    const failures = [];
    const check = async (/** @type {string} */ name, question = false) => {
      await page.waitForLoadState('load');
      for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
        await page.emulateMedia({ colorScheme });
        for (const violation of await axe(page)) failures.push(`${name} (${colorScheme}): ${violation}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      // One h1 on a question page (in the light DOM or a shadow root): the question.
      const h1s = await page.evaluate(() => {
        const all = [...document.querySelectorAll('h1')];
        for (const host of document.querySelectorAll('*'))
          if (host.shadowRoot) all.push(...host.shadowRoot.querySelectorAll('h1'));
        return all.map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
      });
      if (question && h1s.length !== 1) failures.push(`${name}: ${h1s.length} h1 elements (${h1s.join(' | ')})`);
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) failures.push(`${name}: ${overflow}px horizontal scrolling at 320 px`);
      await page.setViewportSize({ width: 1024, height: 800 });
    };
    const submit = () => page.click('main .app-actions button[type=submit]');
    try {
      await page.goto(env.url);
      await check('start');
      await page.goto(`${env.url}/persoon`);
      await check('person');
      // form.submit() skips the browser checks, so the server answers with its error summary.
      await Promise.all([
        page.waitForEvent('load'),
        page.evaluate(() => /** @type {HTMLFormElement} */ (document.querySelector('form#step')).submit()),
      ]);
      await check('person with server errors');
      await page.fill('#name', 'Anna');
      await page.fill('#dob-day', '1');
      await page.fill('#dob-month', '2');
      await page.fill('#dob-year', '1980');
      await submit();
      await page.waitForURL('**/adres');
      await check('address');
      await submit();
      await page.waitForSelector('polder-error-summary a');
      await check('address with browser errors');
      await page.fill('#street', 'Laan');
      await page.fill('#number', '1');
      await page.fill('#postcode', '1000AA');
      await page.fill('#city', 'Amsterdam');
      await page.fill('#municipality', 'Amsterdam');
      await page.keyboard.press('Tab');
      assert.equal(await page.inputValue('#municipality-select'), 'amsterdam');
      await submit();
      await page.waitForURL('**/verhuisdatum');
      await check('moving date', true);
      // The question is the label of the date, and the page's heading.
      assert.equal(await page.locator('legend h1').innerText(), 'Wanneer verhuist u?');
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
      await page.waitForSelector('polder-error-summary a');
      await check('who moves along, two people, an error at the second');
      await page.click('button[name=remove][value="1"]');
      await page.fill('#personen-0-geboortedatum-day', '1');
      await page.fill('#personen-0-geboortedatum-month', '1');
      await page.fill('#personen-0-geboortedatum-year', '2001');
      await submit();
      await page.waitForURL('**/inwonen');
      await check('moving in', true);
      assert.equal(await page.locator('legend h1').innerText(), 'Gaat u inwonen bij iemand die al op dit adres woont?');
      await page.check('#moving-in-yes');
      await submit();
      await page.waitForLoadState('load');
      await page.waitForSelector('polder-error-summary a');
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
      await context.close();
    }
  });
});
