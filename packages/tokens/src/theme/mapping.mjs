/**
 * Which NL Design System custom properties fill which Polder token, by meaning, and how their values are
 * normalised to what the Polder token expects.
 *
 * The basis tier comes first. In basis, a purpose's filled background (a primary button) is
 * `<purpose>-inverse.bg-default` and its text `<purpose>-inverse.color-default`, while `<purpose>.bg-default` is the
 * tint; a name-for-name mapping would make the primary button white text on a pale tint. Utrecht component tokens
 * (document, link, button-primary-action, textbox, form field, focus, alert, space) are the fallback for themes
 * without the basis tier.
 */
import Color from 'colorjs.io';
import { checkValue, splitDimension } from '../values.mjs';

/** Polder purpose → basis purpose. */
export const PURPOSES = {
  default: 'default',
  accent: 'accent-1',
  action: 'action-1',
  disabled: 'disabled',
  info: 'info',
  positive: 'positive',
  negative: 'negative',
  warning: 'warning',
  highlight: 'highlight',
  selected: 'selected',
};
/** Polder purpose → Utrecht alert type. */
const ALERT = { info: 'info', positive: 'ok', negative: 'error', warning: 'warning' };

/** Polder space step → the basis step of the same size and use (basis starts smaller: its md is 8px). */
const SPACE = { xs: 'sm', sm: 'md', md: 'xl', lg: '3xl', xl: '4xl' };
const GAP = { sm: 'md', md: 'xl', lg: '4xl' };

/**
 * @typedef {{ token: string, from: string[], via?: string, note?: string }} Rule
 * @returns {Rule[]}
 */
function rules() {
  /** @type {Rule[]} */
  const out = [];
  const add = (token, from, extra = {}) =>
    out.push({ token, from: from.filter(Boolean).map((f) => `--${f}`), ...extra });

  for (const [p, b] of Object.entries(PURPOSES)) {
    const c = (slot) => `polder.color.${p}.${slot}`;
    const basis = (slot) => `basis-color-${b}-${slot}`;
    const inverse = (slot) => `basis-color-${b}-inverse-${slot}`;
    const alert = ALERT[p] && ((what) => `utrecht-alert-${ALERT[p]}-${what}`);
    if (p === 'default') {
      // The document: page background, body text.
      add(c('bg-default'), [basis('bg-document'), 'utrecht-document-background-color']);
      add(c('bg-hover'), [basis('bg-hover')]);
      add(c('bg-active'), [basis('bg-active')]);
      add(c('bg-subtle'), [basis('bg-subtle')]);
      add(c('surface'), [
        basis('bg-document'),
        'utrecht-textbox-background-color',
        'utrecht-document-background-color',
      ]);
      add(c('color-default'), [basis('color-document'), 'utrecht-document-color']);
      // Text on the text colour used as a fill: the page colour (basis' default-inverse is a region of its own,
      // which in some dark schemes is not the inverse of the text).
      add(c('inverse-color'), [basis('bg-document'), 'utrecht-document-background-color']);
      add(c('border-default'), [basis('border-default'), 'utrecht-textbox-border-color']);
    } else {
      add(c('bg-default'), [
        inverse('bg-default'),
        p === 'action' && 'utrecht-button-primary-action-background-color',
        alert?.('border-color'),
      ]);
      add(c('bg-hover'), [
        inverse('bg-hover'),
        p === 'action' && 'utrecht-button-primary-action-hover-background-color',
      ]);
      add(c('bg-active'), [
        inverse('bg-active'),
        p === 'action' && 'utrecht-button-primary-action-active-background-color',
        p === 'action' && 'utrecht-button-primary-action-pressed-background-color',
      ]);
      add(c('bg-subtle'), [basis('bg-default'), alert?.('background-color')]);
      add(c('surface'), [basis('bg-subtle')]);
      add(c('color-default'), [basis('color-default'), p === 'action' && 'utrecht-link-color', alert?.('color')]);
      add(c('inverse-color'), [inverse('color-default'), p === 'action' && 'utrecht-button-primary-action-color']);
      add(c('border-default'), [basis('border-default'), alert?.('border-color')]);
    }
    add(c('color-hover'), [basis('color-hover'), p === 'action' && 'utrecht-link-hover-color']);
    add(c('color-active'), [basis('color-active'), p === 'action' && 'utrecht-link-active-color']);
    add(c('color-subtle'), [basis('color-subtle')]);
    add(c('border-hover'), [basis('border-hover')]);
    add(c('border-active'), [basis('border-active')]);
    add(c('border-subtle'), [basis('border-subtle')]);
  }

  for (const slot of ['outline-color', 'outline-width', 'outline-style', 'outline-offset', 'background-color', 'color'])
    add(`polder.focus.${slot}`, [`basis-focus-${slot}`, `utrecht-focus-${slot}`]);
  add('polder.focus.inverse-color', ['basis-focus-inverse-outline-color', 'utrecht-focus-inverse-outline-color']);

  const control = (token, basis, utrecht) =>
    add(`polder.form-control.${token}`, [`basis-form-control-${basis}`, utrecht && `utrecht-textbox-${utrecht}`]);
  for (const slot of ['background-color', 'color', 'border-color', 'border-width', 'border-radius', 'font-family'])
    control(slot, slot, slot);
  control('font-size', 'font-size', 'font-size');
  control('line-height', 'line-height', 'line-height');
  control('padding-block', 'padding-block-start', 'padding-block-start');
  control('padding-inline', 'padding-inline-start', 'padding-inline-start');
  control('accent-color', 'accent-color');
  control('placeholder.color', 'placeholder-color', 'placeholder-color');
  for (const state of ['hover', 'focus'])
    control(`${state}.border-color`, `${state}-border-color`, `${state}-border-color`);
  for (const slot of ['background-color', 'color', 'border-color'])
    for (const state of ['disabled', 'read-only']) control(`${state}.${slot}`, `${state}-${slot}`, `${state}-${slot}`);
  control('invalid.border-color', 'invalid-border-color', 'invalid-border-color');
  control('invalid.border-width', 'invalid-border-width', 'invalid-border-width');
  add('polder.form-control.min-block-size', [
    'basis-form-control-min-block-size',
    'utrecht-textbox-min-block-size',
    'basis-pointer-target-min-block-size',
  ]);

  add('polder.form-field.row-gap', [
    'basis-form-field-row-gap',
    'utrecht-form-field-row-gap',
    `basis-space-row-${GAP.sm}`,
  ]);
  add('polder.form-field.label.font-weight', ['basis-form-field-label-font-weight', 'utrecht-form-label-font-weight']);
  add('polder.form-field.label.color', ['basis-form-field-label-color', 'utrecht-form-label-color']);
  add('polder.form-field.hint.color', ['basis-form-field-description-color', 'utrecht-form-field-description-color']);
  add('polder.form-field.error.color', [
    'basis-form-field-error-message-color',
    'utrecht-form-field-error-message-color',
    'basis-form-control-invalid-color',
  ]);
  add('polder.form-field.error.font-weight', [
    'basis-form-field-error-message-font-weight',
    'utrecht-form-field-error-message-font-weight',
  ]);

  // Fonts go to the brand tier, which the text tokens reference.
  add('polder.text.font-family', ['basis-text-font-family-default', 'utrecht-document-font-family'], {
    via: 'polder.brand.font-family.body',
  });
  add(
    'polder.text.font-family-heading',
    ['basis-heading-font-family', 'utrecht-heading-font-family', 'utrecht-heading-1-font-family'],
    {
      via: 'polder.brand.font-family.heading',
    },
  );
  add(
    'polder.text.font-family-code',
    ['basis-text-font-family-monospace', 'basis-code-font-family', 'utrecht-code-font-family'],
    {
      via: 'polder.brand.font-family.code',
    },
  );
  add('polder.text.font-weight.normal', ['basis-text-font-weight-default', 'utrecht-document-font-weight']);
  add('polder.text.font-weight.bold', ['basis-text-font-weight-bold', 'basis-heading-font-weight']);
  for (const size of ['xs', 'sm', 'lg', 'xl', '2xl', '3xl', '4xl'])
    add(`polder.text.font-size.${size}`, [`basis-text-font-size-${size}`]);
  add('polder.text.font-size.md', ['basis-text-font-size-md', 'utrecht-document-font-size']);
  add('polder.text.line-height.sm', [
    'basis-heading-line-height',
    'basis-text-line-height-lg',
    'utrecht-heading-1-line-height',
  ]);
  add('polder.text.line-height.md', ['basis-text-line-height-md', 'utrecht-document-line-height']);
  add('polder.text.line-height.lg', ['basis-text-line-height-loose']);

  for (const axis of ['inline', 'block'])
    for (const [polder, basis] of Object.entries(SPACE))
      add(`polder.space.${axis}.${polder}`, [`basis-space-${axis}-${basis}`, `utrecht-space-${axis}-${basis}`]);
  for (const axis of ['row', 'column'])
    for (const [polder, basis] of Object.entries(GAP))
      add(`polder.space.${axis}.${polder}`, [`basis-space-${axis}-${basis}`, `utrecht-space-${axis}-${basis}`]);

  for (const size of ['sm', 'md', 'lg']) add(`polder.size.icon.${size}`, [`basis-size-icon-${size}`]);
  add('polder.size.max-inline-size.text', ['basis-text-max-inline-size', 'basis-paragraph-max-inline-size']);
  add('polder.size.max-inline-size.page', ['basis-page-max-inline-size', 'utrecht-page-max-inline-size']);
  add('polder.pointer-target.min-size', ['basis-pointer-target-min-block-size', 'basis-pointer-target-min-size']);
  for (const size of ['sm', 'md', 'lg', 'round']) add(`polder.border.radius.${size}`, [`basis-border-radius-${size}`]);
  for (const size of ['sm', 'md', 'lg']) add(`polder.border.width.${size}`, [`basis-border-width-${size}`]);
  return out;
}

export const RULES = Object.freeze(rules());

/** Where a source property comes from, for the report. */
export const tierOf = (property) =>
  property.startsWith('--basis-') ? 'basis' : property.startsWith('--utrecht-') ? 'utrecht' : 'override';

const GENERIC_FONTS = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
]);
/** Fonts found on common operating systems without downloading. */
export const SYSTEM_FONTS = new Set(
  [
    ...GENERIC_FONTS,
    '-apple-system',
    'BlinkMacSystemFont',
    'Segoe UI',
    'Roboto',
    'Helvetica',
    'Helvetica Neue',
    'Arial',
    'Verdana',
    'Tahoma',
    'Trebuchet MS',
    'Georgia',
    'Times New Roman',
    'Times',
    'Courier New',
    'Courier',
    'Calibri',
    'Cambria',
    'Candara',
    'Constantia',
    'Corbel',
    'Consolas',
    'Menlo',
    'Monaco',
    'SF Mono',
    'SFMono-Regular',
    'Cascadia Code',
    'Liberation Sans',
    'Liberation Serif',
    'Liberation Mono',
    'DejaVu Sans',
    'DejaVu Serif',
    'DejaVu Sans Mono',
  ].map((f) => f.toLowerCase()),
);

/** The font names of a stack: "'Noto Sans', sans-serif" → ["Noto Sans", "sans-serif"]. */
export const fontNames = (stack) =>
  stack
    .split(',')
    .map((f) => f.trim().replace(/^['"]|['"]$/g, ''))
    .filter(Boolean);

const FONT_WEIGHT_KEYWORDS = { normal: 400, bold: 700 };
const round = (n) => Math.round(n * 10000) / 10000;

/**
 * Normalises a source value for a Polder token.
 * @param {{ type: string, polderValue: unknown, contrast: boolean }} target the token's $type, its value in Polder's
 *   default theme (for the unit) and whether it takes part in a contrast pair
 * @returns {{ ok: true, value: unknown } | { ok: false, reason: string }}
 */
export function normalise(raw, { type, polderValue, contrast, token }) {
  let value = raw.replace(/\s*!important\s*$/i, '').trim();
  const reject = (reason) => ({ ok: false, reason });
  if (!value) return reject('empty value');
  if (/^(inherit|initial|unset|revert|revert-layer)$/i.test(value))
    return reject(`"${value}" is a CSS-wide keyword, not a value`);
  switch (type) {
    case 'color': {
      let color;
      try {
        color = new Color(value);
      } catch {
        return reject(`"${value}" is not a colour`);
      }
      if ((color.alpha ?? 1) < 1) {
        if (contrast)
          return reject(`"${value}" is translucent; this token has a contrast pair, which needs an opaque colour`);
        return { ok: true, value: color.to('srgb').toString() };
      }
      return {
        ok: true,
        value: /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : color.to('srgb').toString({ format: 'hex' }),
      };
    }
    case 'dimension': {
      if (/^calc\(|^(min|max|clamp)\(/i.test(value))
        return reject(`"${value}" is a calculation; Polder's ${token} is a fixed length (rem or px)`);
      if (value === '0') value = '0px';
      const { amount, unit } = splitDimension(value);
      if (!Number.isFinite(amount)) return reject(`"${value}" is not a length`);
      if (unit === 'em' || unit === 'ch' || unit === 'ex' || unit === '%' || /^(v|d|s|l)?(w|h|i|b|min|max)$/.test(unit))
        return reject(
          `"${value}" is relative to the element or viewport where it is used (${unit}); Polder's ${token} is a fixed length (rem or px)`,
        );
      if (unit !== 'px' && unit !== 'rem') return reject(`"${value}": unit "${unit}" is not supported (rem or px)`);
      const px = unit === 'px' ? amount : amount * 16;
      if (token === 'polder.pointer-target.min-size' && px < 24)
        return reject(`"${value}" is below the 24px minimum target size of WCAG 2.5.8`);
      const polderUnit = splitDimension(polderValue).unit;
      return { ok: true, value: polderUnit === 'px' ? `${round(px)}px` : `${round(px / 16)}rem` };
    }
    case 'number': {
      const percent = /^(-?\d*\.?\d+)%$/.exec(value);
      if (percent) return { ok: true, value: round(Number(percent[1]) / 100) };
      if (/^-?\d*\.?\d+$/.test(value)) return { ok: true, value: Number(value) };
      if (/^-?\d*\.?\d+(px|rem|em)$/.test(value))
        return reject(
          `"${value}" is a length; a line height is a unitless number (e.g. 1.5) so it scales with the text`,
        );
      return reject(`"${value}" is not a number`);
    }
    case 'fontWeight': {
      const number = FONT_WEIGHT_KEYWORDS[value.toLowerCase()] ?? Number(value);
      const check = checkValue('fontWeight', number);
      return check.ok ? { ok: true, value: number } : reject(`"${value}" is not a font weight`);
    }
    case 'fontFamily': {
      if (/[;{}]|url\(/i.test(value)) return reject(`"${value}" is not a font stack`);
      return { ok: true, value };
    }
    case 'strokeStyle': {
      const check = checkValue('strokeStyle', value.toLowerCase());
      return check.ok ? { ok: true, value: value.toLowerCase() } : reject(check.detail);
    }
    default:
      return reject(`tokens of type ${type} are not bridged`);
  }
}
