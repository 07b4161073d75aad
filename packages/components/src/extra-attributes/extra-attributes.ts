import type { TemplateResult } from 'lit';
import { devWarn, quote } from '../dev/warn.js';
import { safeUrl } from '../url/safe-url.js';

/** A value for an extra attribute: text or a number; `true` renders it empty, `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

/**
 * The escape hatches every server template (`render*`) takes, as GOV.UK Frontend's macros do: what Polder has
 * no option for, put on the element itself.
 */
export interface ExtraAttributes {
  /**
   * Extra attributes on the element, e.g. `{ 'data-module': 'verhuizing', id: 'adres' }`. Names are checked
   * (letters, digits and `-_.:`; no `on*` event handlers, no `style` under a strict CSP, no `class`: use
   * `classes`); values are escaped; a URL attribute (`href`, `src`, `action`, …) is dropped when it is not a
   * safe URL. An attribute the template sets itself is left to the template: pass it as its option.
   */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /** Extra classes on the element, e.g. `'app-sticky'` or `['app-a', 'app-b']`. */
  classes?: string | readonly string[];
}

const NAME = /^[a-z][a-z\d]*(?:[-_.:][a-z\d]+)*$/;
const REFUSED: Record<string, string> = {
  style: 'inline styles are blocked by a strict Content-Security-Policy; use classes',
  class: 'use classes',
  is: 'a customized built-in is not an attribute of a Polder element',
  srcdoc: 'it is HTML, not text',
  srcset: 'it holds several URLs; use src',
};
const URL_ATTRIBUTE =
  /(?:^|[-:])(?:href|src|action|formaction|cite|poster|background|ping|data|codebase|longdesc|manifest|icon)$/;

/** The class tokens of `classes`, checked: a token holds no spaces or quotes. */
function classTokens(tag: string, classes: ExtraAttributes['classes']): string[] {
  const tokens = (typeof classes === 'string' ? [classes] : (classes ?? [])).flatMap((c) => String(c).split(/\s+/));
  return tokens.filter((token) => {
    if (!token) return false;
    if (/^[A-Za-z_-][\w-]*$/.test(token)) return true;
    devWarn(tag, `classes: ${quote(token)} is not a class name; it is left out.`);
    return false;
  });
}

/** The checked name and value of one extra attribute, or `undefined` when it is left out. */
function checked(tag: string, rawName: string, value: AttributeValue): [string, string] | undefined {
  const name = rawName.toLowerCase();
  if (value === false || value === null || value === undefined) return undefined;
  if (!NAME.test(name)) {
    devWarn(tag, `attributes: ${quote(rawName)} is not a valid attribute name; it is left out.`);
    return undefined;
  }
  if (name.startsWith('on')) {
    devWarn(
      tag,
      `attributes: ${name} is an event handler, which a strict Content-Security-Policy blocks; it is left out.`,
    );
    return undefined;
  }
  if (name in REFUSED) {
    devWarn(tag, `attributes: ${name} is left out (${REFUSED[name]}).`);
    return undefined;
  }
  const text = value === true ? '' : String(value);
  if (URL_ATTRIBUTE.test(name)) {
    const url = safeUrl(text, tag, name);
    return url === undefined ? undefined : [name, url];
  }
  return [name, text];
}

/** The names of the attributes in the element's start tag (the template's first strings, up to its `>`). */
function ownNames(strings: readonly string[]): Set<string> {
  let start = '';
  for (const part of strings) {
    const end = part.indexOf('>');
    start += ` ${end < 0 ? part : part.slice(0, end)}`;
    if (end >= 0) break;
  }
  return new Set([...start.matchAll(/\s[?.@]?([^\s=>"'/]+)/g)].map((m) => m[1].toLowerCase()));
}

const cache = new WeakMap<TemplateStringsArray, Map<string, TemplateStringsArray>>();

/** The template's strings with ` name="${…}"` bindings for `names` right after `<tag`, made once per set of names. */
function stringsWith(template: TemplateResult, tag: string, names: string[]): TemplateStringsArray {
  const key = names.join(' ');
  let byNames = cache.get(template.strings);
  if (!byNames) cache.set(template.strings, (byNames = new Map()));
  let strings = byNames.get(key);
  if (!strings) {
    const [first, ...rest] = template.strings;
    const made = [
      `<${tag} ${names[0]}="`,
      ...names.slice(1).map((name) => `" ${name}="`),
      `"${first.slice(tag.length + 1)}`,
      ...rest,
    ] as string[] & { raw?: readonly string[] };
    // A template strings array needs `raw`, as lit's static templates make theirs. Only checked names go in.
    made.raw = made;
    strings = made as unknown as TemplateStringsArray;
    byNames.set(key, strings);
  }
  return strings;
}

/**
 * Puts the escape hatches `extra` (see `ExtraAttributes`) on the element `<tag>` that `template` renders, the
 * way every server template (`render*`) does:
 *
 * ```ts
 * return withExtraAttributes('polder-link', s, html`<polder-link href=…>…</polder-link>`);
 * ```
 *
 * Values are bound like any attribute (Lit escapes them; the server's markup holds no unescaped text); names are
 * checked before they go into the template, so nothing the caller passes can become markup or script. Attributes
 * the template sets itself win; a template whose element has a `class` of its own adds `extraClasses()` to it.
 * `ownAttributes` are the template's own attributes given as data (`true` empty, `false`/`undefined` left out),
 * for templates that share a set of them (the fieldset groups).
 */
export function withExtraAttributes<T extends TemplateResult>(
  tag: string,
  extra: ExtraAttributes,
  template: T,
  ownAttributes: Readonly<Record<string, AttributeValue>> = {},
): T {
  const first = template.strings[0];
  if (!first.startsWith(`<${tag}`) || /[^\s>]/.test(first.charAt(tag.length + 1))) {
    throw new Error(`withExtraAttributes: the template does not start with <${tag}>`);
  }
  const own = ownNames(template.strings);
  const entries = new Map<string, string>();
  for (const [name, value] of Object.entries(ownAttributes)) {
    if (!NAME.test(name)) throw new Error(`withExtraAttributes: ${name} is not an attribute name`);
    own.add(name);
    if (value !== false && value !== null && value !== undefined)
      entries.set(name, value === true ? '' : String(value));
  }
  for (const [rawName, value] of Object.entries(extra.attributes ?? {})) {
    const attribute = checked(tag, rawName, value);
    if (!attribute) continue;
    if (own.has(attribute[0])) {
      devWarn(tag, `attributes: ${attribute[0]} is set by the template; pass it as its option. It is left out.`);
      continue;
    }
    entries.set(...attribute);
  }
  const classes = classTokens(tag, extra.classes);
  if (classes.length && !own.has('class')) entries.set('class', classes.join(' '));
  if (!entries.size) return template;
  const names = [...entries.keys()];
  return {
    ...template,
    strings: stringsWith(template, tag, names),
    values: [...entries.values(), ...template.values],
  };
}

/** ` a b`: the extra classes for a template whose element has a class attribute of its own (`class="x${…}"`). */
export function extraClasses(tag: string, extra: ExtraAttributes): string {
  return classTokens(tag, extra.classes)
    .map((c) => ` ${c}`)
    .join('');
}
