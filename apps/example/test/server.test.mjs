// The HTTP layer, without a browser: headers on every response, the session cookie, escaping, limits.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { client as userOf, fillAll, startServer } from './http.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let app;
before(async () => {
  app = await startServer();
});
after(() => app?.stop());

const client = () => userOf(app.url);
const withoutMarkers = (/** @type {string} */ html) => html.replace(/<!--.*?-->/g, '');

describe('server', () => {
  test('every response carries the security policy, pages and assets alike', async () => {
    const get = client();
    const page = await get('/');
    const html = await page.text();
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    assert.ok(asset, 'the page loads the client bundle');
    for (const response of [page, await get(asset), await get('/bestaat-niet'), await get('/controleren')]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.match(csp, /trusted-types lit-html/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    }
  });

  test('every inline style is one the policy names by hash, and there are no inline scripts or style attributes', async () => {
    const { createHash } = await import('node:crypto');
    const response = await client()('/persoon');
    const csp = response.headers.get('content-security-policy') ?? '';
    const html = await response.text();
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
    assert.ok(styles.length > 0);
    for (const css of styles) {
      const hash = createHash('sha256').update(css).digest('base64');
      assert.ok(csp.includes(`'sha256-${hash}'`), 'style hash in the policy');
    }
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
    assert.doesNotMatch(html, /\sstyle=/);
  });

  test('the session cookie is HttpOnly and SameSite=Lax, and sessions are apart', async () => {
    const a = client();
    const saved = await a.post('/persoon', { name: 'Anna', 'dob-day': '1', 'dob-month': '2', 'dob-year': '1980' });
    assert.match(
      saved.headers.get('set-cookie') ?? '',
      /^verhuizing-sessie=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), '/adres');
    assert.match(await (await a('/persoon')).text(), /value="Anna"/);
    assert.doesNotMatch(await (await client()('/persoon')).text(), /value="Anna"/);
  });

  test('what a user types is escaped, in values and in messages', async () => {
    const a = client();
    const markup = '"><script>alert(1)</script><img src=x onerror=alert(1)>';
    const rejected = await a.post('/adres', { street: markup, number: '1', postcode: 'nee', city: '' });
    assert.equal(rejected.status, 303);
    assert.equal(rejected.headers.get('location'), '/adres');
    // (without Lit's hydration markers)
    const html = (await (await a('/adres')).text()).replace(/<!--.*?-->/g, '');
    assert.ok(
      html.includes('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"'),
    );
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /<a href="#postcode">Vul een postcode in zoals 1234 AB<\/a>/);
    assert.match(html, /<a href="#city">Vul de woonplaats in<\/a>/);
    // The errors show once: a reload shows the step as saved (nothing, here).
    assert.doesNotMatch(await (await a('/adres')).text(), /class="polder-error-summary"/);
  });

  test('the language follows ?lang and stays for the session', async () => {
    const a = client();
    const switched = await a('/adres?lang=en');
    assert.equal(switched.status, 303);
    assert.equal(switched.headers.get('location'), '/adres');
    const html = await (await a('/adres')).text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /What is your new address\?/);
  });

  test('the check page and the confirmation need the answers first', async () => {
    const a = client();
    assert.equal((await a('/controleren')).headers.get('location'), '/persoon');
    assert.equal((await a.post('/controleren', {}, { page: '/persoon' })).headers.get('location'), '/persoon');
    assert.equal((await a('/bevestiging')).headers.get('location'), '/');
  });

  test('the municipality is one of the 342 on the list: a native select without JavaScript, only known values kept', async () => {
    const a = client();
    const html = (await (await a('/adres')).text()).replace(/<!--.*?-->/g, '');
    const select = html.match(/<polder-combobox[^>]*>[\s\S]*?<\/polder-combobox\s*>/)?.[0] ?? '';
    assert.match(select, /<select[^>]*id="municipality"[^>]*name="municipality"[^>]*required/);
    assert.equal([...select.matchAll(/<option value="[a-z0-9-]+"/g)].length, 342);
    assert.match(
      select,
      /<option value="s-hertogenbosch" data-alt="Den Bosch"\s*>\s*&#39;s-Hertogenbosch\s*<\/option>/,
    );
    assert.match(select, /<option value=""\s+selected\s*>\s*Kies een gemeente\s*<\/option>/);
    const address = { street: 'Laan', number: '1', postcode: '1234 AB', city: 'Utrecht' };
    for (const [sent, message] of [
      ['', 'Kies de gemeente van uw nieuwe adres'],
      ['atlantis', 'Kies een gemeente uit de lijst'],
      ['<b>utrecht</b>', 'Kies een gemeente uit de lijst'],
      ['utrecht'.repeat(50), 'Kies een gemeente uit de lijst'],
    ]) {
      const refused = await a.post('/adres', { ...address, municipality: sent });
      assert.equal(refused.headers.get('location'), '/adres', sent);
      const page = (await (await a('/adres')).text()).replace(/<!--.*?-->/g, '');
      assert.ok(page.includes(`<a href="#municipality">${message}</a>`), sent);
      // Nothing unknown is kept: the empty choice is selected again, and the sent text appears nowhere.
      assert.match(page, /<option value=""\s+selected/);
      assert.doesNotMatch(page, /atlantis|&lt;b&gt;|utrechtutrecht/, sent);
    }
    const saved = await a.post('/adres', { ...address, municipality: 's-gravenhage' });
    assert.equal(saved.headers.get('location'), '/verhuisdatum');
    assert.match(await (await a('/adres')).text(), /<option value="s-gravenhage" data-alt="Den Haag"\s+selected/);
  });

  test('who moves along: every person checked, errors at that person’s fields, empty people left out', async () => {
    const a = client();
    const date = (/** @type {number} */ i, /** @type {string[]} */ [day, month, year]) => ({
      [`personen[${i}][geboortedatum]-day`]: day,
      [`personen[${i}][geboortedatum]-month`]: month,
      [`personen[${i}][geboortedatum]-year`]: year,
    });
    const refused = await a.post('/meeverhuizers', {
      'personen[0][naam]': 'Anna',
      ...date(0, ['1', '2', '1990']),
      'personen[1][naam]': '',
      ...date(1, ['', '', '']),
      'personen[2][naam]': '',
      ...date(2, ['31', '2', '2001']),
      'personen[3][naam]': 'Kees',
      ...date(3, ['1', '', '2001']),
    });
    assert.equal(refused.headers.get('location'), '/meeverhuizers');
    const html = withoutMarkers(await (await a('/meeverhuizers')).text());
    assert.match(html, /<title>Fout: Wie verhuizen er met u mee\?/);
    // The summary names the person and links to their field; nothing is said about the empty person 2.
    const links = [...html.matchAll(/<a href="(#[^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(
      links.filter((l) => l.startsWith('#personen')),
      [
        '#personen-2-naam Vul de naam van persoon 3 in',
        '#personen-2-geboortedatum-day De geboortedatum van persoon 3 moet een echte datum zijn',
        '#personen-3-geboortedatum-month De geboortedatum van persoon 4 moet een echte datum zijn',
      ],
    );
    // Each error at its own field, every value kept as typed.
    assert.match(html, /<input[^>]*id="personen-2-naam"[^>]*aria-invalid="true"/);
    assert.doesNotMatch(html, /<input[^>]*id="personen-0-naam"[^>]*aria-invalid/);
    assert.match(html, /<input[^>]*id="personen-3-naam"[^>]*value="Kees"/);
    // Fixed: saved without the empty person, and shown on the check page.
    const saved = await a.post('/meeverhuizers', {
      'personen[0][naam]': 'Anna',
      ...date(0, ['1', '2', '1990']),
      'personen[1][naam]': '',
      ...date(1, ['', '', '']),
      'personen[2][naam]': 'Piet',
      ...date(2, ['28', '2', '2001']),
    });
    assert.equal(saved.headers.get('location'), '/inwonen');
    const page = withoutMarkers(await (await a('/meeverhuizers')).text());
    assert.equal(page.match(/class="app-person"/g)?.length, 2);
    assert.match(page, /id="personen-1-naam"[^>]*value="Piet"/);
    // Without JavaScript: add keeps what was typed (unchecked) and sends the user to the new person.
    const added = await a.post('/meeverhuizers', {
      'personen[0][naam]': 'Half',
      ...date(0, ['1', '', '']),
      add: 'add',
    });
    assert.equal(added.headers.get('location'), '/meeverhuizers#personen-1');
    const two = withoutMarkers(await (await a('/meeverhuizers')).text());
    assert.match(two, /id="personen-0-naam"[^>]*value="Half"/);
    assert.match(two, /Persoon 2/);
    assert.doesNotMatch(two, /polder-error-summary__list|<title>Fout/);
    // …and remove takes out that person, renumbering the rest.
    const removed = await a.post('/meeverhuizers', {
      'personen[0][naam]': 'A',
      'personen[1][naam]': 'B',
      'personen[2][naam]': 'C',
      remove: '1',
    });
    assert.equal(removed.headers.get('location'), '/meeverhuizers#personen-0');
    const after = withoutMarkers(await (await a('/meeverhuizers')).text());
    assert.match(after, /id="personen-1-naam"[^>]*value="C"/);
    assert.doesNotMatch(after, /value="B"/);
  });

  test('every page has the beta phase banner with a feedback link', async () => {
    for (const path of ['/', '/persoon', '/adres', '/bestaat-niet']) {
      const html = withoutMarkers(await (await client()(path)).text());
      assert.match(html, /<polder-phase-banner\s+phase="beta">/, path);
      assert.match(
        html,
        /Help ons hem te verbeteren: <a href="\/contact">geef uw mening<\/a>\.<\/polder-phase-banner/,
        path,
      );
      // Rendered on the server as declarative shadow DOM, with the tag in the page's language.
      assert.match(
        html,
        /<strong class="polder-tag polder-tag--info polder-phase-banner__tag" part="tag">Bèta<\/strong>/,
      );
    }
  });

  test('a change from the check page is confirmed there once with a success banner', async () => {
    const a = client();
    await fillAll(a);
    const before = withoutMarkers(await (await a('/controleren')).text());
    assert.doesNotMatch(before, /<polder-notification-banner/);
    const saved = await a.post(
      '/persoon?terug=controleren',
      { name: 'Bo', 'dob-day': '1', 'dob-month': '2', 'dob-year': '1980' },
      { page: '/persoon?terug=controleren' },
    );
    assert.equal(saved.headers.get('location'), '/controleren');
    const html = withoutMarkers(await (await a('/controleren')).text());
    assert.match(html, /<polder-notification-banner\s+type="success" heading="Uw wijziging is opgeslagen"/);
    assert.match(html, /role="alert"/);
    assert.ok(html.indexOf('<polder-notification-banner') < html.indexOf('Controleer uw gegevens</polder-heading'));
    // Once: a reload, or a step saved on the way through the journey, shows no banner.
    assert.doesNotMatch(await (await a('/controleren')).text(), /<polder-notification-banner/);
    await a.post('/persoon', { name: 'Bo', 'dob-day': '1', 'dob-month': '2', 'dob-year': '1980' });
    assert.doesNotMatch(await (await a('/controleren')).text(), /<polder-notification-banner/);
  });

  test('the cookie question: a form per page until answered, posted with the token, only known answers kept', async () => {
    const a = client();
    assert.doesNotMatch(await (await a('/')).text(), /<polder-cookie-banner/, 'no cookie yet: no form');
    const step = await a('/adres');
    assert.equal(step.headers.getSetCookie().length, 1, 'one cookie, one id for all the forms of the page');
    const html = withoutMarkers(await step.text());
    // The token and the page are hidden fields of the banner's own form (in its declarative shadow root), never
    // in the URL.
    assert.match(html, /<polder-cookie-banner[^>]*action="\/cookies"/);
    const form = html.match(/<form\s+class="polder-cookie-banner__form"\s+method="post"[\s\S]*?<\/form>/)?.[0] ?? '';
    const token = form.match(/<input type="hidden" name="csrf" value="([\w-]{43})"/)?.[1];
    assert.ok(token, 'the token is in the banner form');
    assert.match(form, /<input type="hidden" name="pagina" value="\/adres"/);
    const post = (/** @type {string} */ body) =>
      a('/cookies', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    // Without the token, from another site, or with another answer: nothing is stored.
    const forged = await a.post('/cookies', { cookies: 'accept', pagina: '/adres' }, { page: '/adres', token: false });
    assert.equal(forged.status, 403);
    assert.equal((await post(`csrf=nee&pagina=%2Fadres&cookies=accept`)).status, 403);
    const odd = await post(`csrf=${token}&pagina=%2Fadres&cookies=yes-please`);
    assert.equal(odd.status, 303);
    assert.match(await (await a('/adres')).text(), /<polder-cookie-banner/);
    // The answer: back to the page, and the banner is gone for this session.
    const answered = await post(`csrf=${token}&pagina=%2Fadres&cookies=reject`);
    assert.equal(answered.status, 303);
    assert.equal(answered.headers.get('location'), '/adres');
    assert.doesNotMatch(await (await a('/adres')).text(), /<polder-cookie-banner/);
    assert.doesNotMatch(await (await a('/')).text(), /<polder-cookie-banner/);
    // A page that is not ours is never where it goes back to.
    // (the answer made the session, under a new id: the page's forms now carry its token)
    const fresh = await a.token('/adres');
    const elsewhere = await post(`csrf=${fresh}&pagina=https%3A%2F%2Fevil.example&cookies=accept`);
    assert.equal(elsewhere.headers.get('location'), '/');
  });

  test('the moving-date rule is one: the start page, the hint, the check and the message with real dates', async () => {
    const { movingRange } = await import('../src/steps.js');
    const { from, to } = movingRange();
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september'];
    months.push('oktober', 'november', 'december');
    const day = (/** @type {Date} */ d) => `${d.getUTCDate()}\u00a0${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    const start = withoutMarkers(await (await client()('/')).text());
    assert.match(start, /vanaf 4\u00a0weken voor de verhuisdatum tot 5\u00a0dagen erna/);
    // The start page is called after the service: its title says that once.
    assert.match(start, /<title>Verhuizing doorgeven – Gemeente Voorbeeld<\/title>/);
    assert.match(start, /de namen en geboortedata van wie met u meeverhuizen/);
    const a = client();
    const form = withoutMarkers(await (await a('/verhuisdatum')).text());
    assert.ok(form.includes(`Een datum tussen ${day(from)} en ${day(to)}.`), 'the hint gives the dates');
    const message = `Vul een datum in tussen ${day(from)} en ${day(to)}`;
    const at = (/** @type {Date} */ d) => ({
      'moving-day': String(d.getUTCDate()),
      'moving-month': String(d.getUTCMonth() + 1),
      'moving-year': String(d.getUTCFullYear()),
    });
    const DAY = 24 * 60 * 60 * 1000;
    for (const outside of [new Date(from.getTime() - DAY), new Date(to.getTime() + DAY)]) {
      assert.equal((await a.post('/verhuisdatum', at(outside))).headers.get('location'), '/verhuisdatum');
      assert.ok(
        withoutMarkers(await (await a('/verhuisdatum')).text()).includes(`<a href="#moving-day">${message}</a>`),
      );
    }
    for (const inside of [from, to])
      assert.equal((await a.post('/verhuisdatum', at(inside))).headers.get('location'), '/meeverhuizers');
  });

  test('the address asks for the postcode and house number first', async () => {
    const html = withoutMarkers(await (await client()('/adres')).text());
    const order = ['postcode', 'number', 'street', 'city', 'municipality'].map((id) => html.indexOf(`id="${id}"`));
    assert.deepEqual(
      order,
      [...order].sort((x, y) => x - y),
    );
    assert.ok(!order.includes(-1));
  });

  test('postcodes are checked and written the Dutch way', async () => {
    const { normalisePostcode } = await import('../src/steps.js');
    assert.equal(normalisePostcode('1234ab'), '1234 AB');
    assert.equal(normalisePostcode(' 9999 zz '), '9999 ZZ');
    assert.equal(normalisePostcode('0123 AB'), undefined);
    assert.equal(normalisePostcode('1234 SS'), undefined);
    assert.equal(normalisePostcode('12345'), undefined);
  });

  test('an upload is checked by its content, not only by its declared type', async () => {
    const a = client();
    const upload = (/** @type {BlobPart} */ content, /** @type {string} */ type) =>
      a.post('/document', { document: new Blob([content], { type }) });
    assert.equal((await upload('Dit is geen PDF', 'application/pdf')).headers.get('location'), '/document');
    assert.match(await (await a('/document')).text(), /Het bestand moet een PDF, JPG of PNG zijn/);
    assert.equal((await upload('%PDF-1.7\n', 'application/pdf')).headers.get('location'), '/controleren');
  });

  test('a body over the limit or of another type is refused', async () => {
    const a = client();
    const big = await a('/document', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: new Uint8Array(7 * 1024 * 1024),
    });
    assert.equal(big.status, 413);
    const json = await a('/persoon', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(json.status, 415);
  });
});
