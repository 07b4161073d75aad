/**
 * Merges the layers of one theme and colour scheme, then resolves and checks every token:
 * references exist, no cycles, $type matches the value, values parse.
 */
import { CODES } from './errors.mjs';
import { checkValue, normalise, referenceOf } from './values.mjs';

/**
 * @typedef {import('./load.mjs').SourceToken & {
 *   declaredType?: string, type: string, reference: string | null, resolved: unknown,
 *   chain: string[], scheme: string, overriddenIn: string[] }} Token
 */

/**
 * @param {import('./load.mjs').Layer[]} layers in order: later layers override earlier ones
 * @param {{ theme: string, scheme: string }} context
 * @param {import('./errors.mjs').ErrorList} errors
 * @returns {Map<string, Token>}
 */
export function mergeLayers(layers, context, errors) {
  /** @type {Map<string, Token>} */
  const tokens = new Map();
  for (const layer of layers) {
    for (const source of layer.tokens) {
      const existing = tokens.get(source.path);
      const declaredType = source.type ?? source.groupType;
      if (!existing) {
        if (layer.scheme === 'dark' && layer.tier !== 'brand') {
          errors.add(
            CODES.structure,
            source.file,
            source.path,
            'a dark value for a token that has no light value (check the name)',
          );
          continue;
        }
        if (layer.tier === 'theme' && source.segments[1] !== 'brand') {
          errors.add(
            CODES.structure,
            source.file,
            source.path,
            'a theme may add brand tokens (polder.brand.*) and override others, but this token does not exist (check the name)',
          );
          continue;
        }
        tokens.set(source.path, { ...source, declaredType, overriddenIn: [], scheme: context.scheme });
        continue;
      }
      if (declaredType && existing.declaredType && source.type && source.type !== existing.declaredType) {
        errors.add(
          CODES.type,
          source.file,
          source.path,
          `overrides a token of $type "${existing.declaredType}" (${existing.file}) with $type "${source.type}"`,
        );
      }
      tokens.set(source.path, {
        ...existing,
        value: source.value,
        declaredType: existing.declaredType ?? declaredType,
        description: source.description ?? existing.description,
        extensions: source.extensions ?? existing.extensions,
        file: source.file,
        overriddenIn: [...existing.overriddenIn, existing.file],
      });
    }
  }
  // A name is a token or a group, never both; two names never make the same CSS variable.
  const cssNames = new Map();
  for (const token of tokens.values()) {
    for (let i = 2; i < token.segments.length; i++) {
      const prefix = token.segments.slice(0, i).join('.');
      const clash = tokens.get(prefix);
      if (clash)
        errors.add(
          CODES.name,
          token.file,
          token.path,
          `"${prefix}" is a token (${clash.file}), so it cannot also be a group`,
        );
    }
    const css = token.segments.join('-');
    const other = cssNames.get(css);
    if (other)
      errors.add(
        CODES.name,
        token.file,
        token.path,
        `gives the same CSS variable --${css} as ${other.path} (${other.file})`,
      );
    else cssNames.set(css, token);
  }
  return tokens;
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function suggest(name, names) {
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best && bestDistance <= Math.max(3, name.length / 5) ? best : null;
}

/**
 * Resolves every token to a literal value and a type. Adds errors for broken references, cycles,
 * type mismatches and values that do not parse. Tokens with errors are left out of the result.
 * @param {Map<string, Token>} tokens
 * @param {import('./errors.mjs').ErrorList} errors
 */
export function resolveTokens(tokens, errors) {
  /** @type {Map<string, { type: string, resolved: unknown, chain: string[] } | null>} */
  const done = new Map();
  const names = [...tokens.keys()];

  function resolve(token, stack) {
    if (done.has(token.path)) return done.get(token.path);
    const target = referenceOf(token.value);
    if (target === null) {
      if (typeof token.value === 'string' && token.value.includes('{')) {
        errors.add(
          CODES.value,
          token.file,
          token.path,
          `${JSON.stringify(token.value)} does not parse: a reference is the whole value, e.g. "{polder.color.default.color-default}"`,
        );
        done.set(token.path, null);
        return null;
      }
      if (!token.declaredType) {
        errors.add(CODES.type, token.file, token.path, 'has no $type (set it on the token or its group)');
        done.set(token.path, null);
        return null;
      }
      const check = checkValue(token.declaredType, token.value);
      if (!check.ok) {
        errors.add(check.code === 'type' ? CODES.type : CODES.value, token.file, token.path, check.detail);
        done.set(token.path, null);
        return null;
      }
      const result = { type: token.declaredType, resolved: normalise(token.declaredType, token.value), chain: [] };
      done.set(token.path, result);
      return result;
    }
    const referenced = tokens.get(target);
    if (!referenced) {
      const hint = suggest(target, names);
      errors.add(
        CODES.reference,
        token.file,
        token.path,
        `references {${target}}, which does not exist${hint ? ` (did you mean {${hint}}?)` : ''}`,
      );
      done.set(token.path, null);
      return null;
    }
    if (stack.includes(referenced.path)) {
      const cycle = [...stack.slice(stack.indexOf(referenced.path)), referenced.path];
      errors.add(CODES.cycle, token.file, token.path, `reference cycle: ${cycle.map((p) => `{${p}}`).join(' → ')}`);
      for (const p of cycle) done.set(p, null);
      return null;
    }
    const inner = resolve(referenced, [...stack, referenced.path]);
    if (!inner) {
      done.set(token.path, null);
      return null;
    }
    if (token.declaredType && token.declaredType !== inner.type) {
      errors.add(
        CODES.type,
        token.file,
        token.path,
        `$type is "${token.declaredType}" but it references {${target}}, which is a ${inner.type}`,
      );
      done.set(token.path, null);
      return null;
    }
    const result = { type: inner.type, resolved: inner.resolved, chain: [target, ...inner.chain] };
    done.set(token.path, result);
    return result;
  }

  /** @type {Map<string, Token>} */
  const resolved = new Map();
  for (const token of tokens.values()) {
    const result = resolve(token, [token.path]);
    if (result) resolved.set(token.path, { ...token, ...result, reference: referenceOf(token.value) });
  }
  return resolved;
}
