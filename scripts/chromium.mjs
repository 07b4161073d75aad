// Kept for older imports: the Chromium helpers now live with the other engines in browsers.mjs.
export { findChromium, chromiumArgs, chromiumTestArgs, requireChromium } from './browsers.mjs';
