// Lets Node load the TypeScript sources, for server-rendering tests and tools (see ts-hooks.mjs).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
