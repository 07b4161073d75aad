// The server under load, in a process of its own so its memory is measured apart from the load generator's.
// Started by loadtest.mjs over IPC: it answers with its URL, then with its memory whenever asked.
import { pathToFileURL } from 'node:url';

const module = process.env.LOADTEST_SERVER
  ? pathToFileURL(process.env.LOADTEST_SERVER).href
  : new URL('../src/server.js', import.meta.url).href;
const { start } = await import(module);
// Loopback only: the load never leaves this machine.
const { server, url } = await start({ port: 0, host: '127.0.0.1' });

const gc = /** @type {(() => void) | undefined} */ (globalThis.gc);
process.on('message', (/** @type {string} */ message) => {
  if (message === 'memory') {
    gc?.();
    process.send?.({ memory: process.memoryUsage() });
  } else if (message === 'stop') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
process.send?.({ url });
