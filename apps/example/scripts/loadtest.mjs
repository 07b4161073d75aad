// A bounded load test of the reference service: it starts the server on the loopback interface in a child
// process, lets one "canary" user fill in the first step, then sends anonymous, cookieless requests (start
// page, a form step, a missing page) over a fixed number of keep-alive connections for a fixed time, and
// stops by itself. It reports requests per second, latency (p50, p99, max), the server's memory before and
// after (after a garbage collection), and whether the canary's answers survived the load.
//
//   npm run loadtest                      200 connections for 20 s
//   npm run loadtest -- --connections 50 --duration 5
//
// Exit code 1 when the canary lost its answers or no request succeeded. Not a test: numbers vary by machine.
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '20' },
  },
});
// Bounded whatever is asked: at most 1,000 connections, 60 seconds and 2 million requests.
const CONNECTIONS = Math.min(1000, Math.max(1, Math.trunc(Number(args.connections)) || 200));
const DURATION_MS = Math.min(60, Math.max(1, Number(args.duration) || 20)) * 1000;
const MAX_REQUESTS = 2_000_000;
// Pages, redirects (the check page and the confirmation need answers first) and a missing page.
const PATHS = ['/', '/controleren', '/persoon', '/bevestiging', '/bestaat-niet'];
const CANARY_NAME = 'Canary Kanarie';

const child = fork(new URL('./loadtest-server.mjs', import.meta.url), {
  execArgv: ['--expose-gc'],
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
});
// Whatever happens, the server goes away and the script ends.
const hardStop = setTimeout(() => {
  console.error('Load test took too long; stopping.');
  child.kill();
  process.exit(2);
}, DURATION_MS + 60_000);
hardStop.unref();

/** @returns {Promise<any>} */
const nextMessage = () => new Promise((resolve) => child.once('message', resolve));
const { url } = await nextMessage();
const base = new URL(url);
if (!['127.0.0.1', '[::1]', 'localhost'].includes(base.hostname)) throw new Error(`Not a loopback address: ${url}`);

/** @returns {Promise<NodeJS.MemoryUsage>} */
async function memory() {
  const reply = nextMessage();
  child.send('memory');
  return (await reply).memory;
}

/**
 * One HTTP request; resolves with the status, headers and body text.
 * @param {{ path: string, method?: string, headers?: Record<string, string>, body?: string, agent?: Agent }} options
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
 */
function send({ path, method = 'GET', headers = {}, body, agent }) {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method, headers, agent }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A user with a browser's cookie jar and same-origin headers on posts. */
function browserUser() {
  /** @type {Map<string, string>} */
  const jar = new Map();
  /** @param {string} path @param {Record<string, string>} [form] */
  return async (path, form) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const body = form && new URLSearchParams(form).toString();
    const response = await send({
      path,
      method: form ? 'POST' : 'GET',
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(form
          ? {
              'content-type': 'application/x-www-form-urlencoded',
              'content-length': String(Buffer.byteLength(body ?? '')),
              origin: base.origin,
              'sec-fetch-site': 'same-origin',
            }
          : {}),
      },
      body,
    });
    for (const line of response.headers['set-cookie'] ?? []) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
}

/** The value of the form's hidden anti-forgery field, if the page has one. */
const tokenIn = (/** @type {string} */ html) => html.match(/name="csrf"[^>]*value="([^"]+)"/)?.[1];

// The canary fills in step 1 before the load.
const canary = browserUser();
const token = tokenIn((await canary('/persoon')).body);
const saved = await canary('/persoon', {
  ...(token ? { csrf: token } : {}),
  name: CANARY_NAME,
  'dob-day': '27',
  'dob-month': '3',
  'dob-year': '1985',
});
if (saved.status !== 303 || saved.headers.location !== '/adres')
  throw new Error(`The canary could not save step 1 (status ${saved.status}, location ${saved.headers.location})`);

const before = await memory();

// The load: anonymous clients without cookies, over keep-alive connections.
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS, maxFreeSockets: CONNECTIONS });
const latencies = new Float64Array(MAX_REQUESTS);
/** @type {Map<string, number>} */
const statuses = new Map();
let sent = 0;
let done = 0;
let failed = 0;
const started = performance.now();
const deadline = started + DURATION_MS;
async function worker() {
  while (performance.now() < deadline && sent < MAX_REQUESTS) {
    const path = PATHS[sent++ % PATHS.length];
    const t0 = performance.now();
    try {
      const { status } = await send({ path, agent, headers: { 'accept-encoding': 'gzip' } });
      latencies[done++] = performance.now() - t0;
      statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1);
    } catch {
      failed++;
    }
  }
}
await Promise.all(Array.from({ length: CONNECTIONS }, worker));
const elapsed = (performance.now() - started) / 1000;
agent.destroy();

const after = await memory();
const check = await canary('/persoon');
const kept = check.status === 200 && check.body.includes(`value="${CANARY_NAME}"`);

child.send('stop');
const sorted = latencies.subarray(0, done).sort();
const pct = (/** @type {number} */ p) => (done ? sorted[Math.min(done - 1, Math.ceil((p / 100) * done) - 1)] : NaN);
const mb = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`Load: ${CONNECTIONS} connections, ${DURATION_MS / 1000} s, cookieless GET ${PATHS.join(', ')} (loopback)`);
console.log(`  requests        ${done} answered, ${failed} failed`);
console.log(`  status codes    ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')}`);
console.log(`  requests/s      ${Math.round(done / elapsed)}`);
console.log(
  `  latency         p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms, max ${sorted[done - 1]?.toFixed(1)} ms`,
);
console.log(`  memory (RSS)    ${mb(before.rss)} before, ${mb(after.rss)} after`);
console.log(`  memory (heap)   ${mb(before.heapUsed)} before, ${mb(after.heapUsed)} after`);
console.log(`  canary session  ${kept ? 'kept its answers' : 'LOST its answers'}`);
process.exitCode = kept && done > 0 ? 0 : 1;
