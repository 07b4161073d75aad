/**
 * DTCG value types: classification, validation and CSS serialisation.
 * Supported $type: color, dimension, fontFamily, fontWeight, number, duration, strokeStyle, cubicBezier.
 */
import Color from 'colorjs.io';

export const TYPES = new Set([
  'color',
  'dimension',
  'fontFamily',
  'fontWeight',
  'number',
  'duration',
  'strokeStyle',
  'cubicBezier',
]);

const STROKE_STYLES = new Set(['solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'outset', 'inset']);
// DTCG font weight aliases
const FONT_WEIGHTS = {
  thin: 100,
  hairline: 100,
  'extra-light': 200,
  'ultra-light': 200,
  light: 300,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  'semi-bold': 600,
  'demi-bold': 600,
  bold: 700,
  'extra-bold': 800,
  'ultra-bold': 800,
  black: 900,
  heavy: 900,
  'extra-black': 950,
  'ultra-black': 950,
};
const DIMENSION_UNITS = new Set(['px', 'rem']);
const COLOR_FUNCTION = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const NUMBER = /^-?(\d+|\d*\.\d+)$/;
const WITH_UNIT = /^(-?(?:\d+|\d*\.\d+))([a-z%]+)$/i;

export const REFERENCE = /^\{([^{}]+)\}$/;

/** @returns {string | null} the referenced path when the whole value is a reference */
export function referenceOf(value) {
  if (typeof value !== 'string') return null;
  const match = REFERENCE.exec(value.trim());
  return match ? match[1] : null;
}

function parseColor(value) {
  try {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return new Color(value.colorSpace === 'srgb' ? 'srgb' : value.colorSpace, value.components, value.alpha ?? 1);
    }
    return new Color(value);
  } catch {
    return null;
  }
}

/** What a literal value looks like, regardless of its declared $type. */
export function kindOf(value) {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) {
    if (value.length === 4 && value.every((n) => typeof n === 'number')) return 'cubicBezier';
    if (value.every((s) => typeof s === 'string')) return 'fontFamily';
    return 'array';
  }
  if (value && typeof value === 'object') {
    if ('colorSpace' in value || 'components' in value) return 'color';
    if ('unit' in value) return ['ms', 's'].includes(value.unit) ? 'duration' : 'dimension';
    if ('dashArray' in value) return 'strokeStyle';
    return 'object';
  }
  if (typeof value !== 'string') return 'unknown';
  const s = value.trim();
  if (s.startsWith('#') || COLOR_FUNCTION.test(s) || s === 'transparent' || s === 'currentcolor') return 'color';
  const unit = WITH_UNIT.exec(s);
  if (unit) return ['ms', 's'].includes(unit[2]) ? 'duration' : 'dimension';
  if (NUMBER.test(s)) return 'number';
  if (STROKE_STYLES.has(s)) return 'strokeStyle';
  if (s in FONT_WEIGHTS) return 'fontWeight';
  if (/^[a-z]+$/i.test(s) && parseColor(s)) return 'color'; // named colours
  return 'string';
}

const describe = (value) => JSON.stringify(value);
const A = { color: 'a colour', dimension: 'a dimension', duration: 'a duration', number: 'a number' };
const article = (kind) => A[kind] ?? `a ${kind}`;

/**
 * Validates a literal (non-reference) value against its $type.
 * @returns {{ ok: true } | { ok: false, code: 'type' | 'value', detail: string }}
 */
export function checkValue(type, value) {
  const kind = kindOf(value);
  const mismatch = () => ({
    ok: false,
    code: 'type',
    detail: `$type is "${type}" but the value ${describe(value)} is ${article(kind)}`,
  });
  const bad = (why) => ({
    ok: false,
    code: 'value',
    detail: `${type} value ${describe(value)} does not parse: ${why}`,
  });
  switch (type) {
    case 'color': {
      if (kind !== 'color' && kind !== 'string') return mismatch();
      if (value === 'currentcolor') return bad('currentcolor is not a fixed colour');
      if (!parseColor(value)) return bad('expected #rrggbb, #rrggbbaa, a CSS colour function or a DTCG colour object');
      if (
        typeof value === 'string' &&
        value.startsWith('#') &&
        !/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value)
      )
        return bad('a hex colour has 3, 4, 6 or 8 hex digits');
      return { ok: true };
    }
    case 'dimension': {
      if (value === 0 || value === '0') return { ok: true };
      if (kind === 'string') return bad('expected a number with a unit, e.g. "16px" or "1rem"');
      if (kind !== 'dimension') return mismatch();
      const { amount, unit } = splitDimension(value);
      if (!Number.isFinite(amount)) return bad('the amount is not a number');
      if (!DIMENSION_UNITS.has(unit)) return bad(`unit "${unit}" is not allowed (use px or rem)`);
      return { ok: true };
    }
    case 'duration': {
      if (kind === 'string') return bad('expected a number with ms or s, e.g. "200ms"');
      if (kind !== 'duration') return mismatch();
      const { amount } = splitDimension(value);
      if (!Number.isFinite(amount) || amount < 0) return bad('expected a positive duration');
      return { ok: true };
    }
    case 'number':
      if (typeof value === 'number') return Number.isFinite(value) ? { ok: true } : bad('not a finite number');
      if (kind === 'number') return bad('write numbers as JSON numbers, not strings');
      if (kind === 'string') return bad('expected a JSON number');
      return mismatch();
    case 'fontWeight':
      if (typeof value === 'number')
        return value >= 1 && value <= 1000 ? { ok: true } : bad('a font weight is between 1 and 1000');
      if (kind === 'fontWeight') return { ok: true };
      if (kind === 'string' || kind === 'number')
        return bad(`expected 1–1000 or one of ${Object.keys(FONT_WEIGHTS).join(', ')}`);
      return mismatch();
    case 'fontFamily':
      if (typeof value === 'string') {
        if (!['string', 'fontWeight', 'strokeStyle'].includes(kind)) return mismatch();
        return value.trim() ? { ok: true } : bad('empty font family');
      }
      if (Array.isArray(value)) {
        if (!value.length || !value.every((f) => typeof f === 'string' && f.trim()))
          return bad('a list of non-empty font names');
        if (value.some((f) => /[;{}]/.test(f))) return bad('font names cannot contain ; { }');
        return { ok: true };
      }
      return mismatch();
    case 'strokeStyle':
      if (typeof value === 'string') {
        if (kind === 'strokeStyle') return { ok: true };
        if (kind === 'string') return bad(`expected one of ${[...STROKE_STYLES].join(', ')}`);
        return mismatch();
      }
      if (kind === 'strokeStyle') return { ok: true };
      return mismatch();
    case 'cubicBezier':
      if (kind !== 'cubicBezier') return Array.isArray(value) ? bad('expected four numbers') : mismatch();
      if (value[0] < 0 || value[0] > 1 || value[2] < 0 || value[2] > 1) return bad('x values must be between 0 and 1');
      return { ok: true };
    default:
      return { ok: false, code: 'type', detail: `unknown $type "${type}"` };
  }
}

export function splitDimension(value) {
  if (value && typeof value === 'object') return { amount: Number(value.value), unit: value.unit };
  if (value === 0 || value === '0') return { amount: 0, unit: 'px' };
  const match = WITH_UNIT.exec(String(value).trim());
  return match ? { amount: Number(match[1]), unit: match[2] } : { amount: NaN, unit: '' };
}

/** Normalises a (valid) literal to the DTCG string forms that style-dictionary's CSS transforms expect. */
export function normalise(type, value) {
  switch (type) {
    case 'dimension':
    case 'duration': {
      const { amount, unit } = splitDimension(value);
      return `${amount}${unit}`;
    }
    case 'color':
      return typeof value === 'string' ? value.trim() : toColor(value).to('srgb').toString({ format: 'hex' });
    case 'fontWeight':
      return typeof value === 'number' ? value : FONT_WEIGHTS[value];
    default:
      return value;
  }
}

/** @returns {Color} */
export function toColor(value) {
  const color = parseColor(value);
  if (!color) throw new Error(`not a colour: ${describe(value)}`);
  return color;
}

/** A computationally independent value for an @property initial-value (rem become px at 16px). */
export function initialValue(type, value) {
  if (type === 'dimension') {
    const { amount, unit } = splitDimension(value);
    return unit === 'rem' ? `${+(amount * 16).toFixed(3)}px` : `${amount}${unit || 'px'}`;
  }
  return String(value);
}
