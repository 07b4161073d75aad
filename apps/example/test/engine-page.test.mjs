// The browser interface the journey uses (scripts/engine-page.mjs), in every engine of $POLDER_BROWSERS: its waits
// must see a page without JavaScript finish loading, however long that takes. (Chromium's own wait polled inside the
// page, which never runs again there: a page still loading at the first try failed the journey on a busy machine.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { selectedEngines } from '../../../scripts/browsers.mjs';
import { launch } from '../../../scripts/engine-page.mjs';

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
/** The next page's image comes 1.5 s late, so the page is still loading when a wait first looks. */
const server = createServer((request, response) => {
  if (request.url === '/image.gif') {
    setTimeout(() => response.writeHead(200, { 'content-type': 'image/gif' }).end(PIXEL), 1500);
    return;
  }
  const body =
    request.url === '/next'
      ? '<!doctype html><html lang="nl"><title>Volgende</title><p>Volgende stap</p><img src="/image.gif" alt="">'
      : '<!doctype html><html lang="nl"><title>Start</title><a href="/next">Volgende</a>';
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
});
let base = '';
before(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
});
after(() => server.close());

for (const engine of selectedEngines())
  describe(`the journey's page interface (${engine})`, () => {
    /** @type {any} */
    let browser;
    before(async () => {
      browser = await launch(engine);
    });
    after(() => browser?.close());

    test('without JavaScript, a wait sees the next page finish loading', async () => {
      const page = await browser.newPage({ javaScript: false });
      await page.goto(`${base}/`);
      await page.click('a');
      // True only once the next page and its late image have loaded: well after a first try right after the click.
      const loaded = await page.waitForFunction(
        () =>
          location.pathname === '/next' &&
          document.readyState === 'complete' &&
          document.images[0]?.complete &&
          document.images[0].naturalWidth === 1,
        undefined,
        { timeout: 10_000 },
      );
      assert.equal(loaded, true);
    });
  });
