/**
 * Colour scales (steps 50–950) with fixed OKLCH lightness, so the same step has about the same contrast in every
 * hue. Used by scripts/palette.mjs (print a scale for a theme's brand.json) and by `polder-theme` (generate and
 * derive brand scales). The token build and the command still check every declared pair.
 */
import Color from 'colorjs.io';

export const LIGHTNESS = Object.freeze({
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
});
export const STEPS = Object.freeze(Object.keys(LIGHTNESS));

/** Chroma is highest in the middle of the scale and tapers towards white and black. */
export function chromaAt(lightness, peak) {
  const distance = Math.abs(lightness - 0.58) / 0.42;
  return peak * Math.max(0.12, 1 - distance * distance);
}

/** An sRGB hex colour from OKLCH, mapped into the sRGB gamut. */
export function hex(lightness, chroma, hue) {
  const color = new Color('oklch', [Math.min(1, Math.max(0, lightness)), chroma, hue]).toGamut({ space: 'srgb' });
  return color.to('srgb').toString({ format: 'hex' });
}

/**
 * A scale as DTCG tokens: { 50: { $value: '#…' }, … }.
 * @param {number} hue OKLCH hue, 0–360
 * @param {number} [peak] chroma in the middle of the scale
 * @param {Record<string, number>} [lightness] lightness per step (defaults to LIGHTNESS)
 */
export function scale(hue, peak = 0.14, lightness = LIGHTNESS) {
  const out = {};
  for (const step of STEPS) {
    const l = lightness[step];
    out[step] = { $value: hex(l, chromaAt(l, peak), hue) };
  }
  return out;
}
