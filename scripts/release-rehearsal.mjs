// Release rehearsal, run by `npm test`: proves the whole release path on a real npm registry on loopback.
//  1. version the packages with changesets in a throwaway copy of the repository;
//  2. start a local registry (verdaccio) on 127.0.0.1 and publish every @polder package to it;
//  3. create a fresh consumer project that installs them from that registry only, bundle a small page
//     (a theme, a form with a text field, a radio group and a submit button) and load it in Chromium;
//  4. submit the form for real and check what the server receives.
// The registry stops at the end, even on failure. Needs the packages built (`npm run build`).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runServer } from 'verdaccio';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { requireChromium, chromiumTestArgs } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const step = (text) => console.log(`[rehearsal ${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);
const work = await mkdtemp(join(tmpdir(), 'polder-release-'));
// Asynchronous on purpose: the registry runs in this process and must keep answering while npm talks to it.
const run = async (cmd, args, cwd) => (await promisify(execFile)(cmd, args, { cwd, encoding: 'utf8' })).stdout;
const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
const close = (server) => new Promise((resolve) => server.close(() => resolve()));

let registry;
let site;
let browser;
try {
  // 1. A throwaway copy: the publishable packages (built) and the pending changesets.
  const repo = join(work, 'repo');
  const published = [];
  for (const dir of await readdir(join(root, 'packages'))) {
    const pkg = JSON.parse(await readFile(join(root, 'packages', dir, 'package.json'), 'utf8'));
    if (pkg.private) continue;
    if (!existsSync(join(root, 'packages', dir, 'dist')))
      throw new Error(`packages/${dir} is not built: run npm run build first`);
    await cp(join(root, 'packages', dir), join(repo, 'packages', dir), {
      recursive: true,
      filter: (src) => !src.includes('node_modules') && !src.includes('.turbo'),
    });
    published.push(dir);
  }
  await cp(join(root, '.changeset'), join(repo, '.changeset'), { recursive: true });
  const rootPkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  await writeFile(
    join(repo, 'package.json'),
    JSON.stringify({
      name: 'polder',
      private: true,
      workspaces: ['packages/*'],
      packageManager: rootPkg.packageManager,
    }),
  );
  await run(join(root, 'node_modules', '.bin', 'changeset'), ['version'], repo);
  const versions = {};
  for (const dir of published) {
    const pkg = JSON.parse(await readFile(join(repo, 'packages', dir, 'package.json'), 'utf8'));
    versions[pkg.name] = pkg.version;
  }
  step(
    `versioned with changesets: ${Object.entries(versions)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')}`,
  );

  // 2. A registry on loopback that serves @polder/* itself and proxies everything else.
  const upstream = (await run('npm', ['config', 'get', 'registry'], root)).trim();
  registry = await runServer({
    self_path: work,
    storage: join(work, 'storage'),
    auth: { htpasswd: { file: join(work, 'htpasswd'), max_users: 10 } },
    uplinks: { upstream: { url: upstream } },
    packages: {
      '@polder/*': { access: '$all', publish: '$authenticated' },
      '**': { access: '$all', proxy: 'upstream' },
    },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
    security: { api: { legacy: true } },
  });
  const port = await listen(registry);
  const url = `http://127.0.0.1:${port}/`;
  const user = await fetch(`${url}-/user/org.couchdb.user:rehearsal`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'rehearsal', password: 'rehearsal-only' }),
  }).then((r) => r.json());
  if (!user.token) throw new Error(`registry refused the user: ${JSON.stringify(user)}`);
  const npmrc = join(work, '.npmrc');
  await writeFile(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${user.token}\naudit=false\nfund=false\n`);
  step(`registry on ${url}`);

  for (const dir of published) {
    await run(
      'npm',
      ['publish', '--userconfig', npmrc, '--ignore-scripts', '--access', 'public'],
      join(repo, 'packages', dir),
    );
  }
  step(`published ${published.length} packages`);

  // 3. A consumer that knows only this registry.
  const consumer = join(work, 'consumer');
  await mkdir(join(consumer, 'src'), { recursive: true });
  await writeFile(
    join(consumer, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: {
        '@polder/components': versions['@polder/components'],
        '@polder/tokens': versions['@polder/tokens'],
      },
    }),
  );
  await run('npm', ['install', '--userconfig', npmrc, '--ignore-scripts', '--no-audit', '--no-fund'], consumer);
  const lock = JSON.parse(await readFile(join(consumer, 'package-lock.json'), 'utf8'));
  const foreign = Object.values(lock.packages).filter((p) => p.resolved && !p.resolved.startsWith(url));
  if (foreign.length)
    throw new Error(`consumer installed from elsewhere: ${foreign.map((p) => p.resolved).join(', ')}`);
  step('consumer installed from the local registry only');

  // The docs for AI coding assistants ship in the package, reachable through its exports.
  const resolveInConsumer = createRequire(join(consumer, 'package.json')).resolve;
  const llms = await readFile(resolveInConsumer('@polder/components/llms.txt'), 'utf8');
  const button = await readFile(resolveInConsumer('@polder/components/llms/button.md'), 'utf8');
  if (!llms.includes('(llms/button.md)') || !button.includes('<polder-button'))
    throw new Error('@polder/components/llms.txt or llms/button.md is not the generated documentation');
  step('llms.txt and llms/button.md resolve through the published exports');

  await writeFile(
    join(consumer, 'src', 'main.js'),
    [
      "import '@polder/components/button/define.js';",
      "import '@polder/components/text-field/define.js';",
      "import '@polder/components/radio-group/define.js';",
    ].join('\n'),
  );
  await build({
    absWorkingDir: consumer,
    entryPoints: ['src/main.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: 'public/main.js',
    logLevel: 'error',
  });
  await cp(join(consumer, 'node_modules/@polder/tokens/dist/css/polder.css'), join(consumer, 'public/theme.css'));
  await writeFile(
    join(consumer, 'public', 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Rehearsal</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="theme.css"><script type="module" src="main.js"></script></head>
<body class="polder-theme-polder"><main><form method="post" action="/submit">
<polder-text-field label="Naam" name="naam"></polder-text-field>
<polder-radio-group label="Kleur" name="kleur">
  <polder-radio value="rood" label="Rood"></polder-radio>
  <polder-radio value="blauw" label="Blauw"></polder-radio>
</polder-radio-group>
<polder-button name="actie" value="verstuur">Verstuur</polder-button>
</form></main></body></html>`,
  );

  // 4. Serve the page, fill in the form in Chromium, and submit it for real.
  let received;
  site = createServer(async (req, res) => {
    if (req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      received = [...new URLSearchParams(body)];
      res.end('ok');
      return;
    }
    const file = join(consumer, 'public', req.url === '/' ? 'index.html' : req.url.slice(1));
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : 'text/javascript';
    res.setHeader('content-type', type);
    res.end(await readFile(file));
  });
  const sitePort = await listen(site);
  browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumTestArgs });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The browser's own request for /favicon.ico (the page names no icon) is not the packages' doing.
  page.on('console', (m) => {
    const url = m.location().url ?? '';
    if (m.type() === 'error' && !url.endsWith('/favicon.ico')) errors.push(`${m.text()}${url ? ` (${url})` : ''}`);
  });
  await page.goto(`http://127.0.0.1:${sitePort}/`);
  await page.waitForFunction(
    () => document.querySelector('polder-text-field input') && document.querySelector('polder-radio input'),
  );
  await page.getByLabel('Naam').fill('Anna de Vries');
  await page.getByLabel('Blauw').check();
  await Promise.all([page.waitForURL('**/submit'), page.getByRole('button', { name: 'Verstuur' }).click()]);
  const expected = [
    ['naam', 'Anna de Vries'],
    ['kleur', 'blauw'],
    ['actie', 'verstuur'],
  ];
  if (JSON.stringify(received) !== JSON.stringify(expected)) {
    throw new Error(`the form submitted ${JSON.stringify(received)}, expected ${JSON.stringify(expected)}`);
  }
  if (errors.length) throw new Error(`console errors: ${errors.join('; ')}`);
  step(`the consumer's form submitted ${JSON.stringify(received)}`);
  console.log(`✓ release rehearsal passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await browser?.close();
  if (site) await close(site);
  if (registry) {
    registry.closeAllConnections?.();
    await close(registry);
  }
  await rm(work, { recursive: true, force: true });
}
