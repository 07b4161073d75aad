// Kept for older imports: the Chromium helpers now live with the other engines in browsers.mjs.
export { findChromium, chromiumArgs, requireChromium } from './browsers.mjs';
