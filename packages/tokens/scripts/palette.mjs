#!/usr/bin/env node
// Prints a DTCG colour scale (50–950) for a hue, to paste into a theme's brand.json.
// The steps have fixed OKLCH lightness, so the same step has about the same contrast in
// every hue; the token build still checks every declared pair.
// `npx polder-theme create` makes a whole brand tier from one or two colours instead.
//
//   node scripts/palette.mjs <hue 0-360> [peak chroma, default 0.14]
import { scale } from '../src/palette.mjs';

const [hue, chroma] = process.argv.slice(2).map(Number);
if (!Number.isFinite(hue)) {
  console.error('usage: node scripts/palette.mjs <hue> [chroma]');
  process.exit(1);
}
console.log(JSON.stringify(scale(hue, chroma || undefined), null, 2));
