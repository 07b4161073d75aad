// A tiny static file server for the built docs site (what any static host does), on 127.0.0.1 and a free port,
// for the scripts that test storybook-static in a browser.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Serves `site`; resolves with its base URL (ending in `/`) and a `close()`. `extra` maps a path to a script
 * served besides the site (axe-core for the story test), cached as a hashed asset is. `head()`, when given, is a
 * script put first in the story page's <head> (iframe.html), so it runs before Storybook's own, as a browser's init
 * script would; `onError(status, path)` hears of every error status the server answers with.
 */
export async function serveSite(site, extra = {}, { head, onError } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (Object.hasOwn(extra, path)) {
      res.writeHead(200, { 'content-type': types['.js'], 'cache-control': 'public, max-age=31536000, immutable' });
      return void res.end(extra[path]);
    }
    let file = normalize(join(site, path));
    if (file !== site && !file.startsWith(site + sep)) return void (onError?.(403, path), res.writeHead(403).end());
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      onError?.(404, path);
      return void res.writeHead(404).end('not found');
    }
    if (head && path === '/iframe.html') {
      const html = (await readFile(file, 'utf8')).replace(/<head[^>]*>/, (tag) => `${tag}<script>${head()}</script>`);
      res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-cache' });
      return void res.end(html);
    }
    // Hashed assets never change: the browser keeps them between page loads.
    const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
