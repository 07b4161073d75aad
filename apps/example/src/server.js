// "Verhuizing doorgeven": a small node:http server that renders every page with @lit-labs/ssr. It works without
// JavaScript (native form posts, server-side validation as the source of truth) and under a strict
// Content-Security-Policy with Trusted Types.
import { createServer } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { setDefaultLanguage } from '@polder/components/localize.js';
// The shadow-DOM components render on the server as declarative shadow DOM; the form elements' light-DOM
// markup comes from their template functions (see pages.js) and needs no definition here.
import '@polder/components/skip-link/define.js';
import '@polder/components/header/define.js';
import '@polder/components/language-switcher/define.js';
import '@polder/components/footer/define.js';
import '@polder/components/heading/define.js';
import '@polder/components/panel/define.js';
import { STEPS, checkStep, firstMissingStep, referenceNumber } from './steps.js';
import { strings, toLang } from './strings.js';
import * as pages from './pages.js';

/** @typedef {import('./strings.js').Lang} Lang */
/**
 * @typedef {{
 *   lang: Lang,
 *   answers: Record<string, any>,
 *   flash?: { path: string, values: Record<string, any>, errors: import('./steps.js').FieldError[] },
 *   done?: { reference: string },
 *   seen: number,
 * }} Session
 */

const SHADOW_ELEMENTS = [
  'polder-skip-link',
  'polder-header',
  'polder-language-switcher',
  'polder-footer',
  'polder-heading',
  'polder-panel',
];
const SESSION_COOKIE = 'verhuizing-sessie';
const SESSION_MAX_AGE_MS = 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;
const MAX_BODY_BYTES = 6 * 1024 * 1024;
const dist = new URL('../dist/', import.meta.url);

/**
 * The hashes of the `<style>` elements Lit SSR writes into each declarative shadow root: the element's
 * `elementStyles`, joined. Computed from the classes, never from a response, so only our own styles pass.
 */
function styleHashes() {
  return SHADOW_ELEMENTS.map((tag) => {
    const ctor = /** @type {any} */ (customElements.get(tag));
    ctor.finalize();
    const css = ctor.elementStyles.map((/** @type {{ cssText: string }} */ s) => s.cssText).join('');
    return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  });
}

/** The built client assets (hashed file names from the build). */
function loadAssets() {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', dist), 'utf8'));
  /** @type {Map<string, { body: Buffer, gzip: Buffer, type: string }>} */
  const files = new Map();
  for (const name of Object.values(manifest)) {
    const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    const body = readFileSync(new URL(name, dist));
    files.set(`/assets/${name}`, { body, gzip: gzipSync(body, { level: 9 }), type });
  }
  return { urls: { css: `/assets/${manifest.css}`, js: `/assets/${manifest.js}` }, files };
}

/** @param {{ styleSources: string[] }} options */
function securityHeaders({ styleSources }) {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${styleSources.join(' ')}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/** @param {import('node:http').IncomingMessage} req */
const acceptsGzip = (req) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

/**
 * Sends a body, gzipped when the browser accepts it.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @param {number} status @param {Record<string, string>} head @param {Buffer} body @param {Buffer} [gzipped]
 */
function send(req, res, status, head, body, gzipped) {
  if (acceptsGzip(req)) {
    const zipped = gzipped ?? gzipSync(body);
    res.writeHead(status, {
      ...head,
      'Content-Encoding': 'gzip',
      Vary: 'Accept-Encoding',
      'Content-Length': zipped.length,
    });
    res.end(zipped);
  } else {
    res.writeHead(status, { ...head, Vary: 'Accept-Encoding', 'Content-Length': body.length });
    res.end(body);
  }
}

/** @param {string | undefined} header */
function readCookie(header, /** @type {string} */ name) {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Starts the server. Resolves with the server and its URL.
 * @param {{ port?: number, host?: string }} [options]
 */
export async function start({ port = 3000, host = '127.0.0.1' } = {}) {
  const assets = loadAssets();
  const headers = securityHeaders({ styleSources: styleHashes() });
  /** @type {Map<string, Session>} */
  const sessions = new Map();

  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [id, session] of sessions) if (now - session.seen > SESSION_MAX_AGE_MS) sessions.delete(id);
  }, 60_000);
  sweep.unref();

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  function sessionOf(req, res) {
    const id = readCookie(req.headers.cookie, SESSION_COOKIE);
    const existing = id && /^[A-Za-z0-9_-]{43}$/.test(id) ? sessions.get(id) : undefined;
    if (existing) {
      existing.seen = Date.now();
      return existing;
    }
    const newId = randomBytes(32).toString('base64url');
    /** @type {Session} */
    const session = { lang: 'nl', answers: {}, seen: Date.now() };
    // Memory stays bounded: past the limit the oldest session goes (a Map iterates in insertion order).
    if (sessions.size >= MAX_SESSIONS) sessions.delete(/** @type {string} */ (sessions.keys().next().value));
    sessions.set(newId, session);
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${newId}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  }

  /**
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   * @param {Lang} lang @param {unknown} template
   */
  function sendPage(req, res, lang, template, status = 200) {
    // Rendered synchronously in one go, so the default language cannot change half-way for another request.
    setDefaultLanguage(lang);
    const body = Buffer.from(collectResultSync(render(template)));
    const head = {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Language': lang,
    };
    send(req, res, status, head, body);
  }

  /** @param {import('node:http').ServerResponse} res @param {string} location */
  function redirect(res, location) {
    res.writeHead(303, { ...headers, Location: location, 'Cache-Control': 'no-store' });
    res.end();
  }

  /**
   * The posted form, parsed by the platform (URL-encoded or multipart), or the status to refuse it with.
   * @param {import('node:http').IncomingMessage} req @param {URL} url
   * @returns {Promise<{ form: FormData } | { status: number }>}
   */
  async function readForm(req, url) {
    const length = Number(req.headers['content-length']);
    if (!Number.isFinite(length) || length > MAX_BODY_BYTES) return { status: 413 };
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
      return { status: 415 };
    const request = new Request(url, {
      method: 'POST',
      headers: { 'content-type': type },
      body: /** @type {any} */ (req),
      duplex: 'half',
    });
    try {
      return { form: await request.formData() };
    } catch {
      return { status: 400 };
    }
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const asset = assets.files.get(url.pathname);
    if (asset && req.method === 'GET') {
      const head = { ...headers, 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=31536000, immutable' };
      send(req, res, 200, head, asset.body, asset.gzip);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, headers);
      res.end();
      return;
    }

    const session = sessionOf(req, res);
    if (req.method === 'GET' && url.searchParams.has('lang')) {
      session.lang = toLang(url.searchParams.get('lang'));
      url.searchParams.delete('lang');
      redirect(res, `${url.pathname}${url.search}`);
      return;
    }
    const lang = session.lang;
    const t = strings[lang];
    const returnTo = url.searchParams.get('terug') === 'controleren' ? 'controleren' : undefined;
    /** @type {import('./pages.js').PageContext} */
    const context = { lang, t, path: url.pathname, assets: assets.urls, returnTo };

    if (url.pathname === '/' && req.method === 'GET') {
      if (url.searchParams.has('opnieuw')) {
        session.answers = {};
        session.done = undefined;
      }
      sendPage(req, res, lang, pages.startPage(context));
      return;
    }

    const index = STEPS.findIndex((step) => step.path === url.pathname);
    if (index >= 0) {
      const step = STEPS[index];
      const page = pages.stepPages[step.key];
      if (req.method === 'GET') {
        // After a rejected post: the values as typed and the errors, once.
        const flash = session.flash?.path === url.pathname ? session.flash : undefined;
        session.flash = undefined;
        const values = flash?.values ?? session.answers[step.key];
        sendPage(req, res, lang, page({ ...context, values, errors: flash?.errors }));
        return;
      }
      if (req.method === 'POST') {
        const read = await readForm(req, url);
        if ('status' in read) {
          res.writeHead(read.status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
          res.end(read.status === 413 ? 'Te groot. / Too large.' : 'Geen formulier. / Not a form.');
          return;
        }
        const { values, errors } = await checkStep(step.key, read.form, t);
        if (step.key === 'document' && values.keep) values.document = session.answers.document?.document ?? null;
        if (errors.length) {
          // Post/redirect/get also for errors: every history entry is a GET, so back and forward never ask
          // to send a form again.
          session.flash = { path: url.pathname, values, errors };
          redirect(res, `${url.pathname}${url.search}`);
          return;
        }
        session.answers[step.key] = values;
        const next = STEPS[index + 1];
        redirect(res, returnTo || !next ? '/controleren' : next.path);
        return;
      }
    }

    if (url.pathname === '/controleren') {
      const missing = firstMissingStep(session.answers);
      if (req.method === 'GET') {
        if (missing) redirect(res, missing.path);
        else sendPage(req, res, lang, pages.checkPage(context, session.answers));
        return;
      }
      if (req.method === 'POST') {
        if (missing) {
          redirect(res, missing.path);
          return;
        }
        session.done = { reference: referenceNumber(randomBytes) };
        session.answers = {};
        redirect(res, '/bevestiging');
        return;
      }
    }

    if (url.pathname === '/bevestiging' && req.method === 'GET') {
      if (session.done) sendPage(req, res, lang, pages.donePage(context, session.done.reference));
      else redirect(res, '/');
      return;
    }

    sendPage(req, res, lang, pages.notFoundPage(context), 404);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Er ging iets mis. / Something went wrong.');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { server, url: `http://${host}:${address.port}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await start({ port: Number(process.env.PORT ?? 3000) });
  console.log(`Verhuizing doorgeven: ${url}`);
}
