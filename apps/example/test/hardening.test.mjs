// The service against hostile or careless clients: limits on what it keeps, forged posts, slow connections,
// sessions, odd requests. Each test names the finding it guards against.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { client, fillAll, rawRequest, startServer, withoutMarkers } from './http.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let app;
before(async () => {
  app = await startServer();
});
after(() => app?.stop());

/** The value attribute of the input with `id`, as the server wrote it. */
const valueOf = (/** @type {string} */ html, /** @type {string} */ id) =>
  html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`))?.[0].match(/value="([^"]*)"/)?.[1];

/** A request with a path exactly as given (fetch would normalise it). */
function rawGet(/** @type {string} */ path, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}/`, { path, method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The messages logged while `run` runs. */
async function logged(/** @type {() => Promise<unknown>} */ run) {
  /** @type {string[]} */
  const lines = [];
  const original = { warn: console.warn, error: console.error };
  console.warn = console.error = (/** @type {unknown[]} */ ...args) => lines.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    Object.assign(console, original);
  }
  return lines;
}

describe('1. what the server keeps is bounded', () => {
  test('every text field has a server-side maximum, and the form says the same with maxlength', async () => {
    const user = client(app.url);
    const fields = {
      '/persoon': { name: 200, 'dob-day': 2, 'dob-month': 2, 'dob-year': 4 },
      '/adres': { street: 100, number: 12, postcode: 7, city: 100 },
      '/verhuisdatum': { 'moving-day': 2, 'moving-month': 2, 'moving-year': 4 },
      '/inwonen': { 'main-resident': 200 },
    };
    for (const [path, limits] of Object.entries(fields)) {
      const html = await (await user(path)).text();
      for (const [id, max] of Object.entries(limits)) {
        const input = html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`))?.[0] ?? '';
        assert.match(input, new RegExp(`maxlength="${max}"`), `${path} #${id}`);
      }
    }
    // One character over: refused with a message at the field, the value cut to the maximum.
    const long = 'x'.repeat(101);
    const refused = await user.post('/adres', { street: long, number: '1', postcode: '1234 AB', city: long });
    assert.equal(refused.headers.get('location'), '/adres');
    const html = await user.page('/adres');
    assert.match(html, /<a href="#street">De straat mag niet langer zijn dan 100 tekens<\/a>/);
    assert.match(html, /<a href="#city">De woonplaats mag niet langer zijn dan 100 tekens<\/a>/);
    assert.equal(valueOf(html, 'street'), 'x'.repeat(100));
    const resident = await user.post('/inwonen', { 'moving-in': 'yes', 'main-resident': 'y'.repeat(201) });
    assert.equal(resident.headers.get('location'), '/inwonen');
    assert.match(await (await user('/inwonen')).text(), /mag niet langer zijn dan 200 tekens/);
  });

  test('a rejected value is not kept whole: the flash holds at most the maximum', async () => {
    const user = client(app.url);
    const refused = await user.post('/persoon', { name: 'A'.repeat(10_000), 'dob-day': '1'.repeat(1000) });
    assert.equal(refused.headers.get('location'), '/persoon');
    const html = await (await user('/persoon')).text();
    assert.equal(valueOf(html, 'name')?.length, 200);
    assert.equal(valueOf(html, 'dob-day'), '11');
    assert.match(html, /Uw naam mag niet langer zijn dan 200 tekens/);
  });

  test('the body limit fits the form: a few KB for the text steps, 5 MB and a little for the upload', async () => {
    const user = client(app.url);
    const big = await user.post('/adres', {
      street: 'x'.repeat(40 * 1024),
      number: '1',
      postcode: '1234 AB',
      city: 'A',
    });
    assert.equal(big.status, 413);
    const { MAX_FILE_BYTES } = await import('../src/steps.js');
    const pdf = new Uint8Array(MAX_FILE_BYTES);
    pdf.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const full = await user.post('/document', { document: new Blob([pdf], { type: 'application/pdf' }) });
    assert.equal(full.headers.get('location'), '/controleren', 'a file of exactly 5 MB is accepted');
  });
  test('request bodies held in memory at once are capped: many slow uploads cannot add up', async () => {
    const small = await startServer({ limits: { maxBufferedBytes: 100_000 } });
    const { hostname, port } = new URL(small.url);
    const slow = connect(Number(port), hostname);
    slow.on('error', () => {});
    try {
      // One upload of 60 KB that stops half-way: its 60 KB stay reserved.
      /** @type {Promise<import('node:net').Socket>} */
      const accepted = new Promise((resolve) => small.server.once('connection', resolve));
      const reading = new Promise((resolve) => small.server.once('request', resolve));
      slow.write(
        'POST /document HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\n' +
          'Content-Length: 60000\r\n\r\n--x\r\n',
      );
      await reading;
      const user = client(small.url);
      const second = await user.post('/document', { document: new Blob([new Uint8Array(60_000)]) });
      assert.equal(second.status, 503);
      assert.ok(Number(second.headers.get('retry-after')) > 0);
      // Once the first is gone, there is room again.
      const serverSide = await accepted;
      const closed = new Promise((resolve) => serverSide.once('close', resolve));
      slow.destroy();
      await closed;
      const third = await user.post('/document', { document: new Blob([new Uint8Array(1000)]) });
      assert.notEqual(third.status, 503);
    } finally {
      slow.destroy();
      await small.stop();
    }
  });
});

describe('2. only known values, in few fields', () => {
  test('the people who move along: at most MAX_PEOPLE, each field at its maximum, only the step has more fields', async () => {
    const { MAX_PEOPLE, FIELDS_PER_PERSON } = await import('../src/steps.js');
    const user = client(app.url);
    await fillAll(user);
    /** Every person at the most the form allows, with the ISO date the browser adds, in the widest characters. */
    const person = (/** @type {number} */ i) => ({
      [`personen[${i}][naam]`]: '€'.repeat(200),
      [`personen[${i}][geboortedatum]-day`]: '1',
      [`personen[${i}][geboortedatum]-month`]: '2',
      [`personen[${i}][geboortedatum]-year`]: '1990',
      [`personen[${i}][geboortedatum]`]: '1990-02-01',
    });
    const all = Object.assign({}, ...Array.from({ length: MAX_PEOPLE }, (_, i) => person(i)));
    assert.equal(Object.keys(all).length, MAX_PEOPLE * FIELDS_PER_PERSON);
    const saved = await user.post('/meeverhuizers', all);
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), '/inwonen');
    const html = await user.page('/controleren');
    assert.equal(html.match(/geboren op 1 februari 1990/g)?.length, MAX_PEOPLE);
    // "Nog een toevoegen" at the maximum adds nobody; a person past the maximum is never read.
    const added = await user.post('/meeverhuizers', { ...all, add: 'add' });
    assert.equal(added.headers.get('location'), `/meeverhuizers#personen-${MAX_PEOPLE - 1}`);
    assert.equal((await user.page('/meeverhuizers')).match(/class="app-person"/g)?.length, MAX_PEOPLE);
    const extra = await user.post('/meeverhuizers', { ...all, ...person(MAX_PEOPLE) });
    assert.equal(extra.status, 400, 'more fields than the most people need');
    // The first person is never removed, nor one that is not there.
    for (const remove of ['0', '99', 'x']) {
      const response = await user.post('/meeverhuizers', { ...person(0), ...person(1), remove });
      assert.equal(response.headers.get('location'), '/meeverhuizers#personen-0');
      assert.equal((await user.page('/meeverhuizers')).match(/class="app-person"/g)?.length, 2, remove);
    }
    // Other steps keep their 20 fields.
    const token = await user.token('/persoon');
    const many = `csrf=${token}&${'x=1&'.repeat(25)}name=A`;
    const response = await user('/persoon', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body: many,
    });
    assert.equal(response.status, 400);
  });

  test('a body with more fields than any form has is refused before it is parsed', async () => {
    const user = client(app.url);
    const token = await user.token('/verhuisdatum');
    const body = `csrf=${token}&${'x=1&'.repeat(1000)}moving-day=1`;
    const response = await user('/verhuisdatum', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body,
    });
    assert.equal(response.status, 400);
    const multipart = new FormData();
    multipart.set('csrf', String(token));
    for (let i = 0; i < 30; i++) multipart.append('x', String(i));
    const parts = await user('/document', { method: 'POST', body: multipart, headers: { origin: app.url } });
    assert.equal(parts.status, 400);
  });
});

describe('3. sessions are made by posting a step, and evicted by last use', () => {
  test('no session cookie for pages without a form, missing pages, assets, or redirects', async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    for (const path of ['/', '/bestaat-niet', String(asset), '/favicon.ico', '/controleren', '/bevestiging']) {
      const response = await fetch(`${app.url}${path}`, { redirect: 'manual' });
      assert.equal(response.headers.get('set-cookie'), null, path);
    }
  });

  test('the least recently used session goes first, and cookieless visits push nobody out', async () => {
    const small = await startServer({ limits: { maxSessions: 2 } });
    try {
      const [a, b, c] = [client(small.url), client(small.url), client(small.url)];
      const save = (/** @type {ReturnType<typeof client>} */ user, /** @type {string} */ name) =>
        user.post('/persoon', { name, 'dob-day': '1', 'dob-month': '2', 'dob-year': '1980' });
      await save(a, 'Anna');
      await save(b, 'Bram');
      // Many visitors without a cookie: the form pages, the start page, a missing page.
      for (let i = 0; i < 20; i++) await fetch(`${small.url}${['/persoon', '/', '/nergens', '/adres'][i % 4]}`);
      assert.equal(valueOf(await (await a('/persoon')).text(), 'name'), 'Anna', 'A used just now');
      await save(c, 'Cor');
      assert.equal(valueOf(await (await a('/persoon')).text(), 'name'), 'Anna');
      assert.equal(valueOf(await (await c('/persoon')).text(), 'name'), 'Cor');
      assert.equal(valueOf(await (await b('/persoon')).text(), 'name'), '', 'B, used longest ago, is gone');
    } finally {
      await small.stop();
    }
  });
});

describe('3b. sessions end after their time, with a warning and a way to go on', () => {
  test('a page in a session gets the seconds left and a token to extend; past them the answers are gone', async () => {
    // Four seconds: short enough to wait out, long enough that a slow request on a busy machine does not end the
    // session between two extensions a second apart.
    const short = await startServer({ sessionSeconds: 4 });
    try {
      const user = client(short.url);
      assert.doesNotMatch(await user.page('/persoon'), /<polder-timeout-warning/, 'no session, no warning');
      await user.post('/persoon', { name: 'Anna', 'dob-day': '1', 'dob-month': '2', 'dob-year': '1980' });
      const html = await user.page('/adres');
      const warning = html.match(/<polder-timeout-warning[^>]*>/)?.[0] ?? '';
      for (const attribute of ['timeout="4"', 'warning="2"', 'timeout-href="/sessie-verlopen"'])
        assert.ok(warning.includes(attribute), attribute);
      const token = html.match(
        /action="\/sessie\/verlengen" hidden>\s*<input type="hidden" name="csrf" value="([^"]+)"/,
      )?.[1];
      assert.ok(token, 'the warning carries the form token');
      // Extending needs the token, and keeps the session going past its first end.
      assert.equal((await user.post('/sessie/verlengen', {}, { token: 'nee' })).status, 403);
      for (let i = 0; i < 5; i++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        assert.equal((await user.post('/sessie/verlengen', {}, { token })).status, 204);
      }
      assert.equal((await user('/sessie/verlengen')).status, 405);
      // Four seconds of nothing: gone. Looking at the page that says so does not bring it back.
      await new Promise((resolve) => setTimeout(resolve, 4100));
      const ended = await user('/sessie-verlopen');
      assert.equal(ended.status, 200);
      const page = withoutMarkers(await ended.text());
      assert.match(page, /<title>Uw sessie is verlopen/);
      assert.match(page, /U heeft 4 seconden niets gedaan/);
      assert.doesNotMatch(page, /<polder-timeout-warning|<polder-cookie-banner/);
      assert.equal((await user.post('/sessie/verlengen', {}, { token })).status, 410);
      assert.equal(valueOf(await user.page('/persoon'), 'name'), '');
    } finally {
      await short.stop();
    }
  });
});

describe('4. forged posts are refused', () => {
  test('every form carries the session token in a hidden field', async () => {
    const user = client(app.url);
    for (const path of ['/persoon', '/adres', '/verhuisdatum', '/meeverhuizers', '/inwonen', '/document']) {
      assert.match(await (await user(path)).text(), /<input type="hidden" name="csrf" value="[\w-]{43}"/, path);
    }
    await fillAll(user);
    assert.match(await (await user('/controleren')).text(), /name="csrf"/);
    await user.post('/controleren', {});
    const done = await user.page('/bevestiging');
    assert.match(done, /<form method="post" action="\/opnieuw">\s*<input type="hidden" name="csrf"/);
  });

  test('a post without the token, or with another session’s token, changes nothing', async () => {
    const victim = client(app.url);
    await fillAll(victim, 'Anna');
    const attacker = client(app.url);
    const stolen = await attacker.token('/adres');
    for (const token of [/** @type {const} */ (false), String(stolen), 'x'.repeat(43)]) {
      const forged = await victim.post(
        '/adres',
        { street: 'EVIL STREET', number: '1', postcode: '1234 AB', city: 'X' },
        { token },
      );
      assert.equal(forged.status, 403);
      assert.equal(forged.headers.get('set-cookie'), null);
      assert.match(await forged.text(), /Formulier niet verstuurd/);
    }
    assert.equal(valueOf(await (await victim('/adres')).text(), 'street'), 'Dorpsstraat');
  });

  test('a cross-site post is refused, even with a valid token, and keeps the victim’s cookie', async () => {
    const victim = client(app.url);
    await fillAll(victim, 'Anna');
    const before = victim.jar.get('verhuizing-sessie');
    const fields = { street: 'EVIL STREET', number: '1', postcode: '1234 AB', city: 'X' };
    for (const headers of /** @type {Record<string, string>[]} */ ([
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'same-site' },
    ])) {
      const forged = await victim.post('/adres', fields, { headers });
      assert.equal(forged.status, 403, JSON.stringify(headers));
      assert.equal(forged.headers.get('set-cookie'), null);
    }
    assert.equal(victim.jar.get('verhuizing-sessie'), before);
    assert.equal(valueOf(await (await victim('/adres')).text(), 'street'), 'Dorpsstraat');
  });

  test('starting again is a post with the token; a link to /?opnieuw=1 wipes nothing', async () => {
    const user = client(app.url);
    await fillAll(user);
    await user('/?opnieuw=1');
    assert.equal((await user('/controleren')).status, 200, 'the answers are still there');
    assert.equal((await user.post('/opnieuw', {}, { page: '/controleren', token: false })).status, 403);
    assert.equal((await user('/controleren')).status, 200);
    const again = await user.post('/opnieuw', {}, { page: '/controleren' });
    assert.equal(again.headers.get('location'), '/');
    assert.equal((await user('/controleren')).headers.get('location'), '/persoon');
  });
});

describe('5. slow and idle connections are closed, connections are capped', () => {
  const limits = {
    headersTimeout: 300,
    requestTimeout: 600,
    keepAliveTimeout: 200,
    connectionsCheckingInterval: 50,
    maxConnections: 3,
  };
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let strict;
  before(async () => {
    strict = await startServer({ limits });
  });
  after(() => strict?.stop());

  test('headers that never end are cut off after headersTimeout', async () => {
    const { text } = await rawRequest(strict.url, 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: 1', 3000);
    assert.match(String(text), /^HTTP\/1\.1 408|^$/);
  });

  test('a body that never ends is cut off after requestTimeout', async () => {
    const raw =
      'POST /persoon HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nname=A';
    const { ms } = await rawRequest(strict.url, raw, 3000);
    assert.ok(ms >= 300, `closed after ${ms} ms`);
  });

  test('an idle keep-alive connection is closed after keepAliveTimeout', async () => {
    const { text, ms } = await rawRequest(strict.url, 'GET /favicon.ico HTTP/1.1\r\nHost: x\r\n\r\n', 3000);
    assert.match(String(text), /^HTTP\/1\.1 204/);
    assert.ok(ms >= 150, `closed after ${ms} ms`);
  });

  test('past maxConnections, a new connection is closed at once', async () => {
    const { hostname, port } = new URL(strict.url);
    let accepted = 0;
    const allAccepted = new Promise((resolve) =>
      strict.server.on('connection', () => ++accepted === limits.maxConnections && resolve(undefined)),
    );
    const open = await Promise.all(
      Array.from(
        { length: limits.maxConnections },
        () =>
          /** @type {Promise<import('node:net').Socket>} */ (
            new Promise((resolve) => {
              const socket = connect(Number(port), hostname, () => resolve(socket));
              socket.on('error', () => {});
            })
          ),
      ),
    );
    await allAccepted;
    try {
      // The others are waiting for their headers; one more is refused long before headersTimeout.
      const { ms } = await rawRequest(strict.url, '', 250);
      assert.ok(ms < 250);
    } finally {
      for (const socket of open) socket.destroy();
    }
  });
});

describe('6. session ids change when it matters; secure cookies over HTTPS', () => {
  test('the first posted step gets a new session id, not the one the cookie had', async () => {
    const user = client(app.url);
    await user('/persoon');
    const planted = user.jar.get('verhuizing-sessie');
    assert.ok(planted);
    await user.post('/persoon', { name: 'Anna', 'dob-day': '1', 'dob-month': '2', 'dob-year': '1980' });
    assert.notEqual(user.jar.get('verhuizing-sessie'), planted);
    // Whoever knew the first id sees nothing.
    const other = client(app.url);
    other.jar.set('verhuizing-sessie', String(planted));
    assert.equal(valueOf(await (await other('/persoon')).text(), 'name'), '');
  });

  test('submitting rotates the session id; the reference number shows only to the browser that submitted', async () => {
    const user = client(app.url);
    await fillAll(user);
    const old = String(user.jar.get('verhuizing-sessie'));
    const sent = await user.post('/controleren', {});
    assert.equal(sent.headers.get('location'), '/bevestiging');
    const fresh = user.jar.get('verhuizing-sessie');
    assert.notEqual(fresh, old);
    assert.match(await (await user('/bevestiging')).text(), /reference="VH-[A-Z2-9]{4}-[A-Z2-9]{4}"/);
    for (const cookie of [`verhuizing-sessie=${old}`, '']) {
      const response = await fetch(`${app.url}/bevestiging`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/');
    }
  });

  test('served over HTTPS: Secure cookies with the __Host- prefix, HSTS, posts only from that origin', async () => {
    const origin = 'https://verhuizen.example';
    const secure = await startServer({ origin });
    try {
      const page = await fetch(`${secure.url}/persoon?lang=en`, { redirect: 'manual' });
      assert.match(
        page.headers.getSetCookie()[0],
        /^__Host-verhuizing-taal=en; Path=\/; HttpOnly; SameSite=Lax; Secure$/,
      );
      assert.match(page.headers.get('strict-transport-security') ?? '', /max-age=\d+/);
      const user = client(secure.url);
      const fields = { name: 'Anna', 'dob-day': '1', 'dob-month': '2', 'dob-year': '1980' };
      assert.equal((await user.post('/persoon', fields)).status, 403, 'from the plain-HTTP address');
      const saved = await user.post('/persoon', fields, { headers: { origin } });
      assert.equal(saved.status, 303);
      const cookie = saved.headers.getSetCookie().find((c) => c.startsWith('__Host-verhuizing-sessie='));
      assert.match(String(cookie), /^__Host-verhuizing-sessie=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
    } finally {
      await secure.stop();
    }
  });
});

describe('7. odd requests get sensible answers', () => {
  test('a redirect never leads to another site', async () => {
    for (const path of ['/.//evil.com/phish?lang=en', '/a/..//evil.com/x?lang=nl', '//\\evil.com?lang=en']) {
      const response = /** @type {any} */ (await rawGet(path));
      assert.equal(response.status, 303, path);
      assert.match(response.headers.location, /^\/(?![/\\])/, path);
    }
    // The language links on the page a refused "start again" shows lead to a page, not to a 405.
    assert.equal(/** @type {any} */ (await rawGet('/opnieuw?lang=en')).headers.location, '/');
    const notFound = /** @type {any} */ (await rawGet('/.//evil.com/phish'));
    assert.equal(notFound.status, 404);
    assert.doesNotMatch(notFound.body, /href="\/\//);
  });

  test('a malformed request target is a 400 with one line in the log, not a stack trace', async () => {
    /** @type {any} */
    let response;
    const lines = await logged(async () => {
      response = await rawGet('//[');
    });
    assert.equal(response.status, 400);
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0], /\n/);
  });

  test('HEAD answers like GET without a body and without side effects; other methods get 405 with Allow', async () => {
    const head = /** @type {any} */ (await rawGet('/', 'HEAD'));
    assert.equal(head.status, 200);
    assert.match(head.headers['content-type'], /text\/html/);
    assert.equal(head.body, '');
    // HEAD does not use up the errors waiting for the next GET.
    const user = client(app.url);
    await user.post('/adres', { street: '', number: '', postcode: '', city: '' });
    assert.equal((await user('/adres', { method: 'HEAD' })).status, 200);
    assert.match(await (await user('/adres')).text(), /class="polder-error-summary"/);

    for (const [path, method, allow] of [
      ['/persoon', 'PUT', 'GET, HEAD, POST'],
      ['/controleren', 'DELETE', 'GET, HEAD, POST'],
      ['/', 'POST', 'GET, HEAD'],
      ['/bevestiging', 'PATCH', 'GET, HEAD'],
      ['/opnieuw', 'GET', 'POST'],
    ]) {
      const response = /** @type {any} */ (await rawGet(path, method));
      assert.equal(response.status, 405, `${method} ${path}`);
      assert.equal(response.headers.allow, allow);
    }
  });

  test('an upload over the limit shows the document step with the error at the field', async () => {
    const user = client(app.url);
    const { MAX_FILE_BYTES } = await import('../src/steps.js');
    const pdf = new Uint8Array(MAX_FILE_BYTES + 200 * 1024);
    pdf.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const response = await user.post('/document', { document: new Blob([pdf], { type: 'application/pdf' }) });
    assert.equal(response.status, 413);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const html = withoutMarkers(await response.text());
    assert.match(html, /<a href="#document">Het bestand mag niet groter zijn dan 5\u00a0MB<\/a>/);
    assert.match(html, /<polder-file-upload[^>]*error="Het bestand mag niet groter zijn dan 5\u00a0MB"/);
    assert.match(html, /name="csrf"/);
  });
});

describe('8. the load test', () => {
  test('runs bounded on the loopback interface and reports throughput, p99, memory and the canary', async () => {
    const { execFile } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const script = fileURLToPath(new URL('../scripts/loadtest.mjs', import.meta.url));
    const output = await new Promise((resolve, reject) =>
      execFile(
        process.execPath,
        [script, '--connections', '4', '--duration', '1'],
        { timeout: 30_000 },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    );
    assert.match(String(output), /requests\/s\s+\d+/);
    assert.match(String(output), /p99 [\d.]+ ms/);
    assert.match(String(output), /memory \(RSS\)\s+[\d.]+ MB before, [\d.]+ MB after/);
    assert.match(String(output), /canary session\s+kept its answers/);
  });
});
