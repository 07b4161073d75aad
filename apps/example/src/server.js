// "Verhuizing doorgeven": a small node:http server that renders every page with @lit-labs/ssr. It works without
// JavaScript (native form posts, server-side validation as the source of truth) and under a strict
// Content-Security-Policy with Trusted Types.
import { createServer } from 'node:http';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
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
import '@polder/components/paragraph/define.js';
import '@polder/components/panel/define.js';
import '@polder/components/phase-banner/define.js';
import '@polder/components/notification-banner/define.js';
import '@polder/components/cookie-banner/define.js';
import '@polder/components/timeout-warning/define.js';
import {
  FIELDS_PER_PERSON,
  MAX_FILE_BYTES,
  MAX_LENGTH,
  MAX_PEOPLE,
  STEPS,
  checkStep,
  firstMissingStep,
  personId,
  readPeople,
  referenceNumber,
} from './steps.js';
import { strings, toLang } from './strings.js';
import * as pages from './pages.js';

/** @typedef {import('./strings.js').Lang} Lang */
/**
 * What the server keeps for one user, from their first posted step on.
 * @typedef {{
 *   answers: Record<string, any>,
 *   flash?: { path: string, values: Record<string, any>, errors: import('./steps.js').FieldError[] },
 *   done?: { reference: string },
 *   saved?: boolean,
 *   cookies?: 'accept' | 'reject',
 *   seen: number,
 * }} Session
 */

/**
 * Limits against slow or hostile clients. Node's own defaults are far looser (a body may take 5 minutes).
 * @typedef {{
 *   headersTimeout: number,
 *   requestTimeout: number,
 *   keepAliveTimeout: number,
 *   connectionsCheckingInterval: number,
 *   maxConnections: number,
 *   maxSessions: number,
 *   maxBufferedBytes: number,
 * }} Limits
 */
/** @type {Limits} */
export const DEFAULT_LIMITS = {
  // All request headers within 10 s of connecting.
  headersTimeout: 10_000,
  // The whole request, body included, within 2 minutes: a 5 MB upload on a slow mobile line (about 0.7 Mbit/s
  // up) needs about a minute.
  requestTimeout: 120_000,
  // An idle keep-alive connection closes after 5 s.
  keepAliveTimeout: 5_000,
  // How often Node checks the two timeouts above (its default, 30 s, lets a slow client stay far longer).
  connectionsCheckingInterval: 1_000,
  // Open connections at once; more are refused at once, so file descriptors never run out.
  maxConnections: 1_000,
  // Sessions in memory; past this the least recently used one goes.
  maxSessions: 10_000,
  // Request bodies held in memory at once, all connections together: many slow 5 MB uploads cannot add up to
  // gigabytes. Past it a post gets 503 with Retry-After.
  maxBufferedBytes: 64 * 1024 * 1024,
};

const SHADOW_ELEMENTS = [
  'polder-skip-link',
  'polder-header',
  'polder-language-switcher',
  'polder-footer',
  'polder-heading',
  'polder-paragraph',
  'polder-panel',
  'polder-phase-banner',
  'polder-notification-banner',
  'polder-cookie-banner',
  'polder-timeout-warning',
];
/** How long a session lasts after its last use, unless `start()` is given another `sessionSeconds`. */
export const SESSION_SECONDS = 60 * 60;
/** The URL-encoded forms are small: every field at its `maxlength`, each character percent-encoded. */
const FORM_BODY_BYTES = 16 * 1024;
/** The upload form: one file and the token, with room for the multipart framing. */
const UPLOAD_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;
/** An upload over the limit is read and thrown away up to this size, so the browser shows our answer. */
const DISCARD_BYTES = 64 * 1024 * 1024;
/** No form has more fields than this (the most is the person step: 5 and the token), but the people step. */
const MAX_FIELDS = 20;
/** The people step: every person's fields, the token, the add or remove button and the continue button. */
const PEOPLE_FIELDS = MAX_PEOPLE * FIELDS_PER_PERSON + 3;
/**
 * The people step's body: the other forms' limit and, per person, a name and a date at their maximum with every
 * character percent-encoded (at most 9 bytes for one UTF-16 character), and the fields' names.
 */
const PEOPLE_BODY_BYTES = FORM_BODY_BYTES + MAX_PEOPLE * ((MAX_LENGTH.personName + 18) * 9 + 256);
const ID = /^[A-Za-z0-9_-]{43}$/;
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

/**
 * The built client assets (hashed file names from the build): every file, and per kind of page its script, the
 * chunks that script imports (preloaded) and its stylesheets.
 */
function loadAssets() {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', dist), 'utf8'));
  /** @type {Map<string, { body: Buffer, gzip: Buffer, type: string }>} */
  const files = new Map();
  for (const name of /** @type {string[]} */ (manifest.files)) {
    const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    const body = readFileSync(new URL(name, dist));
    files.set(`/assets/${name}`, { body, gzip: gzipSync(body, { level: 9 }), type });
  }
  const at = (/** @type {string} */ name) => `/assets/${name}`;
  /** @type {import('./pages.js').Assets} */
  const urls = {};
  for (const [kind, page] of Object.entries(
    /** @type {Record<string, { js: string[], preload: string[], css: string[] }>} */ (manifest.pages),
  ))
    urls[kind] = { js: page.js.map(at), preload: page.preload.map(at), css: page.css.map(at) };
  return { urls, files };
}

/** @param {{ styleSources: string[], https: boolean }} options */
function securityHeaders({ styleSources, https }) {
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
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
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

/** A path that stays on this site: one leading slash, never `//host/…` (which a browser reads as another site). */
export function sitePath(/** @type {string} */ pathname) {
  return `/${pathname.replace(/^[/\\]+/, '')}`;
}

/** How often `needle` occurs in `buffer`, counting no further than `max + 1` (one pass, linear time). */
function occurrences(/** @type {Buffer} */ buffer, /** @type {string} */ needle, /** @type {number} */ max) {
  let count = 0;
  for (let at = buffer.indexOf(needle); at !== -1 && count <= max; at = buffer.indexOf(needle, at + needle.length))
    count++;
  return count;
}

/**
 * A request body of at most `limit` bytes, or undefined when more arrives or the client goes away.
 * @param {import('node:http').IncomingMessage} req @param {number} limit
 * @returns {Promise<Buffer | undefined>}
 */
function readBody(req, limit) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.destroy();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', () => resolve(undefined));
    req.on('close', () => resolve(undefined));
  });
}

/**
 * Reads and throws away a body that is too large, so that the browser, still sending, gets to see the answer.
 * Resolves false when it is too large even for that (the connection is then closed after the answer).
 * @param {import('node:http').IncomingMessage} req @param {number} length
 * @returns {Promise<boolean>}
 */
function discardBody(req, length) {
  if (length > DISCARD_BYTES) return Promise.resolve(false);
  return new Promise((resolve) => {
    req.on('end', () => resolve(true));
    req.on('close', () => resolve(false));
    req.resume();
  });
}

/**
 * A body as form fields: at most `maxFields` of them, counted in one pass before anything is parsed.
 * @param {Buffer} body @param {string} type the Content-Type @param {number} [maxFields]
 * @returns {Promise<import('./steps.js').FormLike | undefined>}
 */
async function parseForm(body, type, maxFields = MAX_FIELDS) {
  if (type.startsWith('application/x-www-form-urlencoded')) {
    if (occurrences(body, '&', maxFields) + 1 > maxFields) return undefined;
    return new URLSearchParams(body.toString('utf8'));
  }
  const boundary = /;\s*boundary=(?:"([^"]{1,70})"|([^";\s]{1,70}))/i.exec(type);
  if (!boundary) return undefined;
  // n parts have n + 1 delimiters.
  if (occurrences(body, `--${boundary[1] ?? boundary[2]}`, MAX_FIELDS + 1) - 1 > MAX_FIELDS) return undefined;
  try {
    return await new Response(/** @type {Uint8Array<ArrayBuffer>} */ (body), {
      headers: { 'content-type': type },
    }).formData();
  } catch {
    return undefined;
  }
}

/**
 * Starts the server. Resolves with the server and its URL.
 * - `origin`: the address users reach the service at, e.g. `https://verhuizen.example.nl` behind a reverse proxy
 *   (env `PUBLIC_ORIGIN`). Posts must come from it. When it is `https:`, the cookies are `Secure` with the
 *   `__Host-` prefix, and browsers are told to use HTTPS only. Without it, posts must come from the `Host`.
 * - `limits`: timeouts and caps, see DEFAULT_LIMITS.
 * - `sessionSeconds`: how long a session lasts after its last use (env `SESSION_SECONDS`; default an hour).
 *   Every page with a session warns with polder-timeout-warning before it ends.
 * @param {{ port?: number, host?: string, origin?: string, limits?: Partial<Limits>, sessionSeconds?: number }} [options]
 */
export async function start({
  port = 3000,
  host = '127.0.0.1',
  origin,
  limits = {},
  sessionSeconds = SESSION_SECONDS,
} = {}) {
  const sessionMaxAge = sessionSeconds * 1000;
  const limit = { ...DEFAULT_LIMITS, ...limits };
  // Only the origin itself: `https://verhuizen.example.nl/` and `https://verhuizen.example.nl` are the same.
  if (origin) origin = new URL(origin).origin;
  const https = origin?.startsWith('https://') ?? false;
  /** The bytes of the request bodies being read now. */
  let buffered = 0;
  const assets = loadAssets();
  const headers = securityHeaders({ styleSources: styleHashes(), https });
  // `__Host-` cookies are only accepted over HTTPS, for the whole site, from this host alone.
  const SESSION_COOKIE = `${https ? '__Host-' : ''}verhuizing-sessie`;
  const LANG_COOKIE = `${https ? '__Host-' : ''}verhuizing-taal`;
  const cookieAttributes = `Path=/; HttpOnly; SameSite=Lax${https ? '; Secure' : ''}`;
  /** Signs the anti-forgery tokens; new at every start (the sessions do not survive a restart either). */
  const secret = randomBytes(32);
  /** The anti-forgery token for the forms of one session (or of a visitor's first form, see formKey). */
  const tokenFor = (/** @type {string} */ id) => createHmac('sha256', secret).update(id).digest('base64url');

  /**
   * The sessions, least recently used first: a Map keeps insertion order, and every use moves a session to the end.
   * @type {Map<string, Session>}
   */
  const sessions = new Map();
  const sweep = setInterval(
    () => {
      const now = Date.now();
      for (const [id, session] of sessions) {
        if (now - session.seen <= sessionMaxAge) break;
        sessions.delete(id);
      }
    },
    Math.min(60_000, sessionMaxAge),
  );
  sweep.unref();

  /** @param {import('node:http').ServerResponse} res @param {string} cookie */
  function addCookie(res, cookie) {
    const set = res.getHeader('Set-Cookie');
    res.setHeader('Set-Cookie', [...(Array.isArray(set) ? set : []), cookie]);
  }

  /** The session id the request's cookie holds, if it is well-formed. */
  const cookieId = (/** @type {import('node:http').IncomingMessage} */ req) => {
    const id = readCookie(req.headers.cookie, SESSION_COOKIE);
    return id && ID.test(id) ? id : undefined;
  };

  /**
   * The request's session, if it has one; using it makes it the most recently used. Never creates one.
   * @param {import('node:http').IncomingMessage} req
   */
  function sessionOf(req) {
    const id = cookieId(req);
    const session = id ? sessions.get(id) : undefined;
    if (!id || !session) return undefined;
    // Past its time it is gone, also between two sweeps.
    if (Date.now() - session.seen > sessionMaxAge) {
      sessions.delete(id);
      return undefined;
    }
    session.seen = Date.now();
    sessions.delete(id);
    sessions.set(id, session);
    return { id, session };
  }

  /**
   * Stores a session under a new random id and sets the cookie. Never the id the request came with, so nobody
   * can hand a user an id they know (session fixation).
   * @param {import('node:http').ServerResponse} res @param {Session} session
   */
  function newSession(res, session) {
    const id = randomBytes(32).toString('base64url');
    while (sessions.size >= limit.maxSessions) sessions.delete(/** @type {string} */ (sessions.keys().next().value));
    sessions.set(id, session);
    addCookie(res, `${SESSION_COOKIE}=${id}; ${cookieAttributes}`);
    return id;
  }

  /**
   * What a form's token is made from: the session cookie. A visitor without one gets a random id in the cookie
   * now, and no session: that is made when they post their first step (under a new id).
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   */
  function formKey(req, res) {
    const id = cookieId(req);
    if (id) return id;
    // One id per response, however many forms the page has.
    const set = res.getHeader('Set-Cookie');
    const given = (Array.isArray(set) ? set : []).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (given) return given.slice(SESSION_COOKIE.length + 1).split(';')[0];
    const fresh = randomBytes(32).toString('base64url');
    addCookie(res, `${SESSION_COOKIE}=${fresh}; ${cookieAttributes}`);
    return fresh;
  }

  /** The post comes from a page of this site, as far as the browser says (`Sec-Fetch-Site`, `Origin`). */
  function sameOrigin(/** @type {import('node:http').IncomingMessage} */ req) {
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
    const from = req.headers.origin;
    if (from === undefined) return true;
    if (origin) return from === origin;
    try {
      return new URL(from).host === req.headers.host;
    } catch {
      return false;
    }
  }

  /** The form carries the session's token (the cookie banner's too, as a hidden field of its own form). */
  function validToken(
    /** @type {import('node:http').IncomingMessage} */ req,
    /** @type {import('./steps.js').FormLike} */ form,
  ) {
    const id = cookieId(req);
    const sent = form.get('csrf');
    if (!id || typeof sent !== 'string') return false;
    const expected = Buffer.from(tokenFor(id));
    const given = Buffer.from(sent);
    return given.length === expected.length && timingSafeEqual(given, expected);
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

  /** @param {import('node:http').ServerResponse} res @param {string} location a path of this site */
  function redirect(res, location) {
    res.writeHead(303, { ...headers, Location: sitePath(location), 'Cache-Control': 'no-store' });
    res.end();
  }

  /**
   * A short plain-text answer that closes the connection (the body may not have been read).
   * @param {import('node:http').ServerResponse} res @param {number} status @param {string} text
   * @param {Record<string, string>} [more] @returns {undefined}
   */
  function plain(res, status, text, more = {}) {
    res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close', ...more });
    res.end(text);
    return undefined;
  }

  const notAllowed = (/** @type {import('node:http').ServerResponse} */ res, /** @type {string} */ allow) =>
    plain(res, 405, 'Methode niet toegestaan. / Method not allowed.', { Allow: allow });

  /**
   * Checks and reads a post: from this site, of the form's type, within its size, at most `maxFields` fields,
   * with the session's token. Answers itself and resolves undefined when it refuses; resolves `{ tooLarge }`
   * (the declared length, body unread) so the caller can answer an over-large upload with the page.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   * @param {import('./pages.js').PageContext} context
   * @param {{ back: string, type: string, maxBytes: number, maxFields?: number }} form
   * @returns {Promise<{ form: import('./steps.js').FormLike } | { tooLarge: number } | undefined>}
   */
  async function readPost(req, res, context, { back, type, maxBytes, maxFields = MAX_FIELDS }) {
    const refuse = () => {
      res.setHeader('Connection', 'close');
      sendPage(req, res, context.lang, pages.expiredPage(context, back), 403);
      return undefined;
    };
    if (!sameOrigin(req)) return refuse();
    const contentType = String(req.headers['content-type'] ?? '');
    if (!contentType.toLowerCase().startsWith(type)) return plain(res, 415, 'Geen formulier. / Not a form.');
    if (req.headers['content-length'] === undefined) return plain(res, 411, 'Lengte ontbreekt. / Length required.');
    const length = Number(req.headers['content-length']);
    if (length > maxBytes) return { tooLarge: length };
    if (buffered + length > limit.maxBufferedBytes)
      return plain(res, 503, 'Het is even te druk; probeer het zo opnieuw. / Busy; please try again shortly.', {
        'Retry-After': '10',
      });
    buffered += length;
    /** @type {import('./steps.js').FormLike | undefined} */
    let parsed;
    try {
      const body = await readBody(req, maxBytes);
      if (!body) return plain(res, 400, 'Onvolledig formulier. / Incomplete form.');
      parsed = await parseForm(body, contentType, maxFields);
    } finally {
      buffered -= length;
    }
    if (!parsed) return plain(res, 400, 'Ongeldig formulier. / Invalid form.');
    if (!validToken(req, parsed)) return refuse();
    return { form: parsed };
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    /** @type {URL} */
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      console.warn(`400 ${req.method} malformed request target ${JSON.stringify(String(req.url).slice(0, 100))}`);
      plain(res, 400, 'Ongeldig verzoek. / Bad request.');
      return;
    }
    // HEAD is answered as GET (node:http leaves the body out), without taking the flash.
    const head = req.method === 'HEAD';
    const method = head ? 'GET' : req.method;
    const path = sitePath(url.pathname);

    const asset = assets.files.get(path);
    if (asset || path === '/favicon.ico') {
      if (method !== 'GET') return notAllowed(res, 'GET, HEAD');
      if (!asset) {
        res.writeHead(204, headers);
        res.end();
        return;
      }
      const assetHead = {
        ...headers,
        'Content-Type': asset.type,
        'Cache-Control': 'public, max-age=31536000, immutable',
      };
      send(req, res, 200, assetHead, asset.body, asset.gzip);
      return;
    }

    // The language lives in a cookie of its own: choosing it needs no session.
    if (method === 'GET' && url.searchParams.has('lang')) {
      addCookie(res, `${LANG_COOKIE}=${toLang(url.searchParams.get('lang'))}; ${cookieAttributes}`);
      url.searchParams.delete('lang');
      // Back to the same page; /opnieuw only takes posts, so from there to the start.
      redirect(res, path === '/opnieuw' ? '/' : `${path}${url.search}`);
      return;
    }
    const lang = toLang(readCookie(req.headers.cookie, LANG_COOKIE));
    const t = strings[lang];
    const returnTo = url.searchParams.get('terug') === 'controleren' ? 'controleren' : undefined;
    /** @type {import('./pages.js').PageContext} */
    const context = { lang, t, path, assets: assets.urls, returnTo };
    const urlencoded = { type: 'application/x-www-form-urlencoded', maxBytes: FORM_BODY_BYTES };
    // The cookie question shows until it is answered (the answer is kept in the session), from the first page
    // with a form on: only a visitor with a cookie can post it, and pages without a form set no cookie.
    // A page shown in a session warns before the session ends (polder-timeout-warning): the seconds it has left,
    // now that this request used it, and the token to extend it with. Not the page that says it has ended, and
    // not once the move is sent (nothing is lost then).
    const live = method === 'GET' && path !== '/sessie-verlopen' ? sessionOf(req) : undefined;
    if (live && !live.session.done) context.timeout = { seconds: sessionSeconds, token: tokenFor(live.id) };
    if (method === 'GET' && path !== '/sessie-verlopen' && !live?.session.cookies) {
      const withCookie = cookieId(req) ?? (STEPS.some((s) => s.path === path) ? formKey(req, res) : undefined);
      if (withCookie) context.cookieToken = tokenFor(withCookie);
    }

    if (path === '/cookies') {
      if (method !== 'POST') return notAllowed(res, 'POST');
      // Back to the page the banner was on, if it is one of ours; else the start.
      const pages = ['/', ...STEPS.map((s) => s.path), '/controleren', '/bevestiging'];
      const read = await readPost(req, res, context, { ...urlencoded, back: '/' });
      if (!read) return;
      if ('tooLarge' in read) return plain(res, 413, 'Te groot. / Too large.');
      const back = pages.find((p) => p === read.form.get('pagina')) ?? '/';
      const choice = read.form.get('cookies');
      // Only the two known answers; anything else changes nothing.
      if (choice === 'accept' || choice === 'reject') {
        const current = sessionOf(req);
        if (current) current.session.cookies = choice;
        else newSession(res, { answers: {}, cookies: choice, seen: Date.now() });
      }
      redirect(res, back);
      return;
    }

    // "Doorgaan" in the timeout warning: the session goes on (using it is enough). 204, or 410 when it has ended.
    if (path === '/sessie/verlengen') {
      if (method !== 'POST') return notAllowed(res, 'POST');
      const read = await readPost(req, res, context, { ...urlencoded, back: '/' });
      if (!read) return;
      if ('tooLarge' in read) return plain(res, 413, 'Te groot. / Too large.');
      res.writeHead(sessionOf(req) ? 204 : 410, { ...headers, 'Cache-Control': 'no-store' });
      res.end();
      return;
    }

    // Where the timeout warning goes at zero: what happened, what is kept and what is lost.
    if (path === '/sessie-verlopen') {
      if (method !== 'GET') return notAllowed(res, 'GET, HEAD');
      // The session has ended; it goes now rather than at the next sweep (looking does not extend it).
      const id = cookieId(req);
      const ended = id ? sessions.get(id) : undefined;
      if (id && ended && Date.now() - ended.seen > sessionMaxAge) sessions.delete(id);
      sendPage(req, res, lang, pages.sessionEndedPage(context, sessionSeconds));
      return;
    }

    if (path === '/') {
      if (method !== 'GET') return notAllowed(res, 'GET, HEAD');
      sendPage(req, res, lang, pages.startPage(context));
      return;
    }

    if (path === '/opnieuw') {
      if (method !== 'POST') return notAllowed(res, 'POST');
      const read = await readPost(req, res, context, { ...urlencoded, back: '/' });
      if (!read) return;
      if ('tooLarge' in read) return plain(res, 413, 'Te groot. / Too large.');
      const current = sessionOf(req);
      if (current) sessions.delete(current.id);
      redirect(res, '/');
      return;
    }

    const index = STEPS.findIndex((step) => step.path === path);
    if (index >= 0) {
      const step = STEPS[index];
      const page = pages.stepPages[step.key];
      const self = returnTo ? `${path}?terug=${returnTo}` : path;
      if (method === 'GET') {
        const session = sessionOf(req)?.session;
        // After a rejected post: the values as typed and the errors, once.
        const flash = session?.flash?.path === path ? session.flash : undefined;
        if (session && flash && !head) session.flash = undefined;
        const values = flash?.values ?? session?.answers[step.key];
        const csrf = tokenFor(formKey(req, res));
        sendPage(req, res, lang, page({ ...context, values, errors: flash?.errors, csrf }));
        return;
      }
      if (method !== 'POST') return notAllowed(res, 'GET, HEAD, POST');
      const upload = step.key === 'document';
      const people = step.key === 'people';
      const read = await readPost(req, res, context, {
        back: self,
        ...(upload ? { type: 'multipart/form-data', maxBytes: UPLOAD_BODY_BYTES } : urlencoded),
        // Only the people step has more fields, as many as its most people need.
        ...(people ? { maxBytes: PEOPLE_BODY_BYTES, maxFields: PEOPLE_FIELDS } : {}),
      });
      if (!read) return;
      if ('tooLarge' in read) {
        if (!upload) return plain(res, 413, 'Te groot. / Too large.');
        // The page itself, with the error at the field (the browser checks the size first, with JavaScript).
        if (!(await discardBody(req, read.tooLarge))) res.setHeader('Connection', 'close');
        const errors = [{ id: 'document', message: t.document.fileSize }];
        const values = sessionOf(req)?.session.answers[step.key];
        sendPage(req, res, lang, page({ ...context, values, errors, csrf: tokenFor(formKey(req, res)) }), 413);
        return;
      }
      // The first posted step makes the session.
      const current = sessionOf(req);
      const session = current?.session ?? { answers: {}, seen: Date.now() };
      if (!current) newSession(res, session);
      // The people step without JavaScript: "Nog een toevoegen" and "Verwijderen" post the form. Keep what was
      // typed (unchecked), add or remove a person, and show the step again at that person.
      const add = read.form.get('add') !== null;
      const remove = read.form.get('remove');
      if (people && (add || remove !== null)) {
        const list = readPeople(read.form).map(({ name, dob }) => ({ name, dob }));
        let at = 0;
        if (add) {
          if (list.length < MAX_PEOPLE) list.push({ name: '', dob: { day: '', month: '', year: '' } });
          at = list.length - 1;
        } else {
          // Never the first person; anything that is not one of the others removes nobody.
          const index = Number(remove);
          const known = Number.isInteger(index) && index > 0 && index < list.length;
          if (known) list.splice(index, 1);
          at = known ? index - 1 : 0;
        }
        session.flash = { path, values: { people: list }, errors: [] };
        redirect(res, `${self}#${personId(at)}`);
        return;
      }
      const { values, errors } = await checkStep(step.key, read.form, t);
      if (step.key === 'document' && values.keep) values.document = session.answers.document?.document ?? null;
      if (errors.length) {
        // Post/redirect/get also for errors: every history entry is a GET, so back and forward never ask
        // to send a form again. Over-long values come back cut to their maximum, never whole.
        session.flash = { path, values, errors };
        redirect(res, self);
        return;
      }
      session.answers[step.key] = values;
      // A change from the check page: that page says once that it was saved.
      if (returnTo) session.saved = true;
      const next = STEPS[index + 1];
      redirect(res, returnTo || !next ? '/controleren' : next.path);
      return;
    }

    if (path === '/controleren') {
      if (method === 'GET') {
        const current = sessionOf(req);
        const missing = firstMissingStep(current?.session.answers ?? {});
        if (!current || missing) redirect(res, (missing ?? STEPS[0]).path);
        else {
          const saved = current.session.saved === true;
          if (!head) current.session.saved = undefined;
          sendPage(
            req,
            res,
            lang,
            pages.checkPage({ ...context, csrf: tokenFor(current.id), saved }, current.session.answers),
          );
        }
        return;
      }
      if (method !== 'POST') return notAllowed(res, 'GET, HEAD, POST');
      const read = await readPost(req, res, context, { ...urlencoded, back: '/controleren' });
      if (!read) return;
      if ('tooLarge' in read) return plain(res, 413, 'Te groot. / Too large.');
      const current = sessionOf(req);
      const missing = firstMissingStep(current?.session.answers ?? {});
      if (!current || missing) {
        redirect(res, (missing ?? STEPS[0]).path);
        return;
      }
      // Sent: the answers go, and the session gets a new id, so anyone who knew the old one sees nothing, and
      // the reference number only shows to this browser.
      sessions.delete(current.id);
      newSession(res, { answers: {}, done: { reference: referenceNumber(randomBytes) }, seen: Date.now() });
      redirect(res, '/bevestiging');
      return;
    }

    if (path === '/bevestiging') {
      if (method !== 'GET') return notAllowed(res, 'GET, HEAD');
      const current = sessionOf(req);
      if (current?.session.done)
        sendPage(
          req,
          res,
          lang,
          pages.donePage({ ...context, csrf: tokenFor(current.id) }, current.session.done.reference),
        );
      else redirect(res, '/');
      return;
    }

    sendPage(req, res, lang, pages.notFoundPage(context), 404);
  }

  const server = createServer(
    {
      headersTimeout: limit.headersTimeout,
      requestTimeout: limit.requestTimeout,
      keepAliveTimeout: limit.keepAliveTimeout,
      connectionsCheckingInterval: limit.connectionsCheckingInterval,
    },
    (req, res) => {
      handle(req, res).catch((error) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Er ging iets mis. / Something went wrong.');
      });
    },
  );
  server.keepAliveTimeout = limit.keepAliveTimeout;
  server.maxConnections = limit.maxConnections;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { server, url: `http://${host}:${address.port}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await start({
    port: Number(process.env.PORT ?? 3000),
    origin: process.env.PUBLIC_ORIGIN || undefined,
    ...(Number(process.env.SESSION_SECONDS) > 0 ? { sessionSeconds: Number(process.env.SESSION_SECONDS) } : {}),
    ...(process.env.MAX_CONNECTIONS ? { limits: { maxConnections: Number(process.env.MAX_CONNECTIONS) } } : {}),
  });
  console.log(`Verhuizing doorgeven: ${url}`);
}
