#!/usr/bin/env node
// Prints a DTCG colour scale (50–950) for a hue, to paste into a theme's brand.json.
// The steps have fixed OKLCH lightness, so the same step has about the same contrast in
// every hue; the token build still checks every declared pair.
//
//   node scripts/palette.mjs <hue 0-360> [peak chroma, default 0.14]
import Color from 'colorjs.io';

export const LIGHTNESS = {
  50: 0.975,
  100: 0.945,
  200: 0.89,
  300: 0.81,
  400: 0.71,
  500: 0.61,
  600: 0.5,
  700: 0.44,
  800: 0.37,
  900: 0.3,
  950: 0.22,
};

/** Chroma is highest in the middle of the scale and tapers towards white and black. */
function chromaAt(lightness, peak) {
  const distance = Math.abs(lightness - 0.58) / 0.42;
  return peak * Math.max(0.12, 1 - distance * distance);
}

export function scale(hue, peak = 0.14) {
  const out = {};
  for (const [step, l] of Object.entries(LIGHTNESS)) {
    const color = new Color('oklch', [l, chromaAt(l, peak), hue]).toGamut({ space: 'srgb' });
    out[step] = { $value: color.to('srgb').toString({ format: 'hex' }) };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [hue, chroma] = process.argv.slice(2).map(Number);
  if (!Number.isFinite(hue)) {
    console.error('usage: node scripts/palette.mjs <hue> [chroma]');
    process.exit(1);
  }
  console.log(JSON.stringify(scale(hue, chroma || undefined), null, 2));
}
