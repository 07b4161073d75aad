// Shared by the HTTP tests: the server on a random port, and a browser-like client without a browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts a server (building the client first when needed); `stop` closes it and every connection.
 * @param {Parameters<typeof import('../src/server.js').start>[0]} [options]
 */
export async function startServer(options = {}) {
  if (!existsSync(`${root}dist/manifest.json`)) execFileSync('node', ['scripts/build.mjs'], { cwd: root });
  const { start } = await import('../src/server.js');
  const app = await start({ port: 0, ...options });
  return {
    ...app,
    async stop() {
      app.server.closeAllConnections();
      await new Promise((resolve) => app.server.close(resolve));
    },
  };
}

/**
 * A user with a cookie jar over fetch, not following redirects. Posts are sent as a browser sends a form of
 * the same site: with `Origin` and `Sec-Fetch-Site: same-origin`, and with the form's token, read from the
 * page the form is on (unless `token: false` or a token of its own is given).
 * @param {string} base the server's URL
 */
export function client(base) {
  /** @type {Map<string, string>} */
  const jar = new Map();
  /** @param {string} path @param {RequestInit} [init] */
  async function request(path, init = {}) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${base}${path}`, {
      redirect: 'manual',
      ...init,
      headers: { ...(cookie ? { cookie } : {}), ...Object.fromEntries(new Headers(init.headers ?? {})) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
  return Object.assign(request, {
    jar,
    /** The page at `path` as HTML, without Lit's hydration comments. */
    async page(/** @type {string} */ path) {
      return withoutMarkers(await (await request(path)).text());
    },
    /** The token of the form on `page` (fetched now). */
    async token(/** @type {string} */ page) {
      return tokenIn(await (await request(page)).text());
    },
    /**
     * Posts fields (URL-encoded, or multipart when one is a Blob) to `path`, as the form on `page` would.
     * @param {string} path
     * @param {Record<string, string | string[] | Blob>} fields
     * @param {{ page?: string, token?: string | false, headers?: Record<string, string>, multipart?: boolean }} [options]
     */
    async post(path, fields, { page = path, token, headers = {}, multipart: asMultipart = false } = {}) {
      const csrf = token === false ? undefined : (token ?? (await this.token(page)));
      /** @type {[string, string | Blob][]} */
      const entries = [
        ...(csrf ? [/** @type {[string, string]} */ (['csrf', csrf])] : []),
        ...Object.entries(fields).flatMap(([k, v]) =>
          Array.isArray(v)
            ? v.map((x) => /** @type {[string, string]} */ ([k, x]))
            : [/** @type {[string, string | Blob]} */ ([k, v])],
        ),
      ];
      const multipart = asMultipart || entries.some(([, v]) => v instanceof Blob);
      /** @type {BodyInit} */
      let body;
      if (multipart) {
        const form = new FormData();
        for (const [k, v] of entries) {
          if (v instanceof Blob) form.append(k, v, 'bestand.pdf');
          else form.append(k, v);
        }
        body = form;
      } else body = new URLSearchParams(/** @type {[string, string][]} */ (entries)).toString();
      return request(path, {
        method: 'POST',
        headers: {
          ...(multipart ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
          origin: base,
          'sec-fetch-site': 'same-origin',
          ...headers,
        },
        body,
      });
    },
  });
}

/** HTML without Lit's hydration comments. */
export const withoutMarkers = (/** @type {string} */ html) => html.replace(/<!--.*?-->/g, '');

/** The value of a page's anti-forgery field, if it has one. */
export const tokenIn = (/** @type {string} */ html) => html.match(/name="csrf"[^>]*value="([^"]+)"/)?.[1];

/** Dates the steps accept: in the past for a birth, within the next weeks for a move. */
export function movingDate() {
  const date = new Date();
  date.setDate(date.getDate() + 7);
  return {
    'moving-day': String(date.getDate()),
    'moving-month': String(date.getMonth() + 1),
    'moving-year': String(date.getFullYear()),
  };
}

/** Fills in every step, so that the check page shows. */
export async function fillAll(/** @type {ReturnType<typeof client>} */ user, name = 'Anna de Vries') {
  const steps = [
    ['/persoon', { name, 'dob-day': '27', 'dob-month': '3', 'dob-year': '1985' }],
    [
      '/adres',
      { street: 'Dorpsstraat', number: '12', postcode: '1234 AB', city: 'Voorbeeld', municipality: 'utrecht' },
    ],
    ['/verhuisdatum', movingDate()],
    ['/meeverhuizers', {}],
    ['/inwonen', { 'moving-in': 'no' }],
    ['/document', {}],
  ];
  for (const [path, fields] of /** @type {[string, Record<string, string>][]} */ (steps)) {
    const response = await user.post(path, fields, { multipart: path === '/document' });
    if (response.status !== 303 || response.headers.get('location') === path)
      throw new Error(`${path} was not saved: ${response.status} ${response.headers.get('location')}`);
  }
}

/**
 * Sends raw bytes over a new TCP connection and resolves with what came back when the server closed it, and
 * after how many milliseconds. Rejects when the server keeps it open longer than `within` ms.
 * @param {string} base @param {string} raw @param {number} within
 */
export function rawRequest(base, raw, within = 3000) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname, () => socket.write(raw));
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', () => {});
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`The server kept the connection open for more than ${within} ms`));
    }, within);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, ms: Date.now() - started });
    });
  });
}
