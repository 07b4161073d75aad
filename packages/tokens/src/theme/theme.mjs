/**
 * What `bridge` and `create` share: brand scales from a colour, checking a composed theme, failing with a
 * message that names the cause, and writing the CSS and the report.
 */
import fs from 'node:fs';
import path from 'node:path';
import Color from 'colorjs.io';
import { LIGHTNESS, STEPS, chromaAt, hex } from '../palette.mjs';
import { analyse, compose, themeFiles } from './model.mjs';
import { reportMarkdown } from './report.mjs';
import { CODES } from '../errors.mjs';

export const THEME_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A failure of the command: the message names the cause; the report (if any) is still written. */
export class ThemeError extends Error {
  name = 'ThemeError';
  /** @param {string} message @param {object} [report] */
  constructor(message, report) {
    super(message);
    this.report = report;
  }
}

export function checkName(name) {
  if (!name) throw new ThemeError('--name is required: the theme name, e.g. --name gemeente-voorbeeld');
  if (!THEME_NAME.test(name))
    throw new ThemeError(`--name "${name}" is not a theme name: lowercase letters, digits and single hyphens`);
}

/** OKLCH [l, c, h] of a CSS colour, or null when it does not parse. */
export function oklch(value) {
  try {
    const [l, c, h] = new Color(value).to('oklch').coords;
    return { l, c: c || 0, h: Number.isFinite(h) ? h : 0 };
  } catch {
    return null;
  }
}

/**
 * Lightness per step for a brand colour: the fixed steps, with the step nearest to the colour moved to the
 * colour's own lightness (the anchor), so the brand colour itself is in the scale.
 */
export function anchoredScale(color) {
  const { l, c, h } = color;
  const anchor = STEPS.reduce((a, b) => (Math.abs(LIGHTNESS[b] - l) < Math.abs(LIGHTNESS[a] - l) ? b : a));
  const lightness = { ...LIGHTNESS, [anchor]: l };
  const peak = Math.min(0.32, c / Math.max(0.12, 1 - ((l - 0.58) / 0.42) ** 2));
  return { hue: h, peak, lightness, anchor, exact: { l, c } };
}

/** Brand scale tokens (name → hex) for a scale description. */
export function scaleTokens(name, { hue, peak, lightness, anchor, exact }) {
  const out = new Map();
  for (const step of STEPS) {
    // The anchor step is the brand colour itself, until its lightness had to move for contrast.
    const chroma = step === anchor && exact?.l === lightness[step] ? exact.c : chromaAt(lightness[step], peak);
    out.set(`polder.brand.color.${name}.${step}`, hex(lightness[step], chroma, hue));
  }
  return out;
}

/** Composes and checks a theme; returns the analysis and the failing enforced pairs. */
export function check(catalogue, overrides, name) {
  const result = analyse(compose(catalogue, overrides), name);
  const failing = result.contrast.filter((r) => r.enforced && !r.pass);
  return { ...result, failing };
}

/** Problems other than failing pairs (a value that does not resolve, a translucent background of a pair). */
export const otherProblems = ({ problems }) =>
  problems.filter((p) => p.code !== CODES.contrast || !/ is below /.test(p.detail)).map((p) => p.message);

const USE = { text: 'text', 'large-text': 'large text', ui: 'a UI element', focus: 'a focus indicator' };
export const describePair = (r) =>
  `${r.token} against ${r.against} is ${r.ratio}:1 in the ${r.scheme} scheme (${r.foreground} on ${r.background}); ${USE[r.use] ?? r.use} needs ${r.threshold}:1`;

export function contrastSummary(results) {
  const summary = {};
  for (const scheme of ['light', 'dark']) {
    const rows = results.filter((r) => r.scheme === scheme && r.enforced);
    const lowest = (use) => {
      const low = rows.filter((r) => r.use === use).sort((a, b) => a.ratio - b.ratio)[0];
      return low ? { ratio: low.ratio, token: low.token, against: low.against } : null;
    };
    summary[scheme] = {
      pairs: rows.length,
      passed: rows.filter((r) => r.pass).length,
      failed: rows.filter((r) => !r.pass).length,
      lowest: { text: lowest('text'), ui: lowest('ui'), focus: lowest('focus') },
    };
  }
  return summary;
}

/** Writes the report files, and the CSS when there is a theme to write. */
export function writeOutputs({ outDir, name, label, resolved, report }) {
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  const write = (file, text) => {
    fs.writeFileSync(path.join(outDir, file), text);
    written.push(path.join(outDir, file));
  };
  if (resolved) for (const [file, css] of Object.entries(themeFiles({ name, label, resolved }))) write(file, css);
  write(`${name}.report.json`, JSON.stringify(report, null, 2) + '\n');
  write(`${name}.report.md`, reportMarkdown(report));
  return written;
}

/** Resolved values of the common and brand tokens, per scheme, for the report. */
export function valuesOf(resolved, name) {
  const light = resolved.light.get(name);
  const dark = resolved.dark.get(name);
  const show = (t) => (t ? (Array.isArray(t.resolved) ? t.resolved.join(', ') : t.resolved) : undefined);
  return { light: show(light), dark: show(dark) };
}
