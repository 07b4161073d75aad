/**
 * Contrast checks for the foreground/background pairs declared in token metadata:
 *
 *   "$extensions": { "nl.polder.contrast": [{ "against": "{polder.color.default.bg-default}", "use": "text" }] }
 *
 * "against" is one reference or a list. "use" sets the WCAG 2.x threshold:
 *   text 4.5:1 (1.4.3) · large-text 3:1 (1.4.3) · ui 3:1 (1.4.11, borders of controls, icons)
 *   focus 3:1 (1.4.11 / 2.4.13, focus indicators) · incidental: reported, not enforced (disabled controls)
 * APCA Lc is reported for text pairs, for information.
 */
import Color from 'colorjs.io';
import { CODES } from './errors.mjs';
import { referenceOf, toColor } from './values.mjs';

export const EXTENSION = 'nl.polder.contrast';
export const THRESHOLDS = Object.freeze({ text: 4.5, 'large-text': 3, ui: 3, focus: 3, incidental: 0 });

/** A colour as it is seen on a background: translucent foregrounds are blended in sRGB. */
function over(foreground, background) {
  const alpha = foreground.alpha ?? 1;
  if (alpha >= 1) return foreground;
  const f = foreground.to('srgb').coords;
  const b = background.to('srgb').coords;
  return new Color(
    'srgb',
    f.map((c, i) => c * alpha + b[i] * (1 - alpha)),
  );
}

/** WCAG 2.x contrast ratio of two colours. */
export function contrastRatio(foreground, background) {
  const bg = typeof background === 'string' ? new Color(background) : background;
  const fg = over(typeof foreground === 'string' ? new Color(foreground) : foreground, bg);
  return Color.contrast(fg, bg, 'WCAG21');
}

/** APCA Lc (text on background); the sign says dark-on-light (+) or light-on-dark (-). */
export function apca(foreground, background) {
  const bg = typeof background === 'string' ? new Color(background) : background;
  const fg = over(typeof foreground === 'string' ? new Color(foreground) : foreground, bg);
  return bg.contrast(fg, 'APCA');
}

/** Truncate (never round up) to two decimals, so 4.499 shows as 4.49, not 4.50. */
export const floor2 = (n) => Math.floor(n * 100) / 100;

/** Reads the declared pairs of a token; reports malformed declarations. */
export function pairsOf(token, errors) {
  const declared = token.extensions?.[EXTENSION];
  if (declared === undefined) return [];
  if (!Array.isArray(declared)) {
    errors.add(
      CODES.structure,
      token.file,
      token.path,
      `$extensions["${EXTENSION}"] is a list of { "against", "use" }`,
    );
    return [];
  }
  const pairs = [];
  for (const entry of declared) {
    const use = entry?.use ?? 'text';
    if (!(use in THRESHOLDS)) {
      errors.add(
        CODES.structure,
        token.file,
        token.path,
        `contrast "use" is one of ${Object.keys(THRESHOLDS).join(', ')}, not "${use}"`,
      );
      continue;
    }
    const against = Array.isArray(entry?.against) ? entry.against : [entry?.against];
    for (const reference of against) {
      const target = referenceOf(reference);
      if (!target) {
        errors.add(
          CODES.value,
          token.file,
          token.path,
          `contrast "against" ${JSON.stringify(reference)} does not parse: expected a reference like "{polder.color.default.bg-default}"`,
        );
        continue;
      }
      pairs.push({ against: target, use });
    }
  }
  return pairs;
}

/**
 * Checks all pairs of one theme and scheme.
 * @param {Map<string, import('./resolve.mjs').Token>} tokens resolved tokens
 * @param {Map<string, import('./resolve.mjs').Token>} all merged tokens (to tell "missing" from "broken")
 */
export function checkContrast(tokens, all, { theme, scheme }, errors) {
  const results = [];
  for (const token of tokens.values()) {
    const pairs = pairsOf(token, errors);
    if (!pairs.length) continue;
    if (token.type !== 'color') {
      errors.add(CODES.type, token.file, token.path, `declares contrast pairs but is a ${token.type}, not a color`);
      continue;
    }
    for (const { against, use } of pairs) {
      const background = tokens.get(against);
      if (!background) {
        if (!all.has(against))
          errors.add(
            CODES.reference,
            token.file,
            token.path,
            `contrast pair against {${against}}, which does not exist`,
          );
        continue;
      }
      if (background.type !== 'color') {
        errors.add(
          CODES.type,
          token.file,
          token.path,
          `contrast pair against {${against}}, which is a ${background.type}, not a color`,
        );
        continue;
      }
      const bg = toColor(background.resolved);
      if ((bg.alpha ?? 1) < 1) {
        errors.add(
          CODES.contrast,
          token.file,
          token.path,
          `contrast pair against {${against}} (${theme}, ${scheme}), which is translucent; pair it with the opaque colour behind it`,
        );
        continue;
      }
      const fg = toColor(token.resolved);
      const ratio = contrastRatio(fg, bg);
      const threshold = THRESHOLDS[use];
      const result = {
        theme,
        scheme,
        token: token.path,
        file: token.file,
        against,
        use,
        foreground: String(token.resolved),
        background: String(background.resolved),
        ratio: floor2(ratio),
        threshold,
        pass: ratio >= threshold,
        enforced: threshold > 0,
      };
      if (use === 'text' || use === 'large-text') result.apcaLc = Math.round(apca(fg, bg) * 10) / 10;
      results.push(result);
      if (!result.pass)
        errors.add(
          CODES.contrast,
          token.file,
          token.path,
          `contrast ${result.ratio}:1 against {${against}} is below ${threshold}:1 for ${use} in theme "${theme}", ${scheme} scheme (${result.foreground} on ${result.background})`,
        );
    }
  }
  return results;
}
