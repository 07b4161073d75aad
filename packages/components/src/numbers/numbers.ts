/** The largest value a numeric content attribute may have in HTML (a `long`): larger ones are errors. */
export const MAX_ATTRIBUTE_INTEGER = 2147483647;

/**
 * Parses a numeric attribute the way the browser parses `maxlength`, `minlength`, `size` or `rows` (the HTML
 * rules for parsing non-negative integers): leading whitespace, an optional `+`, then digits, and anything after
 * them ignored (`"12px"` is 12, `"1e400"` is 1). `undefined` for a value that is absent, has no digits, is
 * negative (`"-5"`) or is larger than 2147483647, as the browser then applies no limit.
 */
export function parseNonNegativeInteger(value: string | null | undefined): number | undefined {
  const match = /^[\t\n\f\r ]*(-?)\+?(\d+)/.exec(value ?? '');
  if (!match) return undefined;
  const n = Number(match[2]);
  if (match[1] && n !== 0) return undefined;
  return n <= MAX_ATTRIBUTE_INTEGER ? n : undefined;
}
