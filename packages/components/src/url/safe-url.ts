import { devWarn, quote } from '../dev/warn.js';

/** The schemes a link may use; every other scheme (`javascript:`, `vbscript:`, `file:`, …) is refused. */
const SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The media types a `data:` URL may have: raster images, which cannot run script. (SVG can, so it is refused.) */
const IMAGE_TYPES = new Set([
  'image/avif',
  'image/bmp',
  'image/gif',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/x-icon',
  'image/vnd.microsoft.icon',
]);

// WHATWG URL parsing: leading and trailing C0 controls and spaces are removed, tabs and newlines anywhere.
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const CONTROLS = /[\u0000-\u001f\u007f]/g;
const SCHEME = /^([a-z][a-z\d+\-.]*):/i;
const REFERENCE = /&(#x[\da-f]+|#\d+|colon|tab|newline|sol|lpar|rpar|period);?/gi;
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  period: '.',
};

/** The scheme of `url` in lower case, as the WHATWG URL parser reads it, or `''` for a relative URL. */
export function urlScheme(url: string): string {
  return SCHEME.exec(url.replace(EDGES, '').replace(TAB_OR_NEWLINE, ''))?.[1].toLowerCase() ?? '';
}

function decodeReferences(url: string): string {
  return url.replace(REFERENCE, (_, name: string) => {
    const lower = name.toLowerCase();
    if (lower in NAMED) return NAMED[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function allowed(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme === '') return true;
  if (SCHEMES.has(scheme)) return true;
  if (scheme !== 'data') return false;
  const rest = url.replace(EDGES, '').replace(TAB_OR_NEWLINE, '').slice('data:'.length);
  const type = rest.split(/[,;]/)[0].trim().toLowerCase();
  return IMAGE_TYPES.has(type) && rest.includes(',');
}

/**
 * Whether `url` is safe as a link's `href` (or an image's `src`): a relative URL, a fragment, or an absolute
 * `http:`, `https:`, `mailto:` or `tel:` URL, or a `data:` URL of a raster image. Script URLs (`javascript:`,
 * `vbscript:`), other `data:` URLs and every other scheme are refused, also when disguised the way the browser
 * would still read them: mixed case, leading spaces or control characters, tabs and newlines inside
 * (`java\tscript:`), or character references (`javascript&colon;`, `&#106;avascript:`) that a careless
 * server could decode.
 */
export function isSafeUrl(url: string): boolean {
  const variants = new Set([url, url.replace(CONTROLS, '')]);
  for (const variant of [...variants]) if (variant.includes('&')) variants.add(decodeReferences(variant));
  for (const variant of [...variants]) variants.add(variant.replace(CONTROLS, ''));
  return [...variants].every(allowed);
}

/**
 * `url` when it is safe (see `isSafeUrl`), else `undefined`, so the link renders without `href`. A refused URL
 * gives one development warning naming `warnFor` (the element, or its tag name in a server template) and the
 * attribute. Templates call it without `warnFor`: they only drop the URL, the element (or the server's render
 * function) warns.
 */
export function safeUrl(
  url: string | null | undefined,
  warnFor?: Element | string,
  attribute = 'href',
): string | undefined {
  if (url == null) return undefined;
  if (isSafeUrl(url)) return url;
  if (warnFor !== undefined)
    devWarn(
      warnFor,
      `${attribute} ${quote(url)} is not a safe URL (only relative, http, https, mailto, tel and image data: URLs are); the link is rendered without it.`,
    );
  return undefined;
}

/**
 * Removes `attribute` from `node` (a link in the element's light DOM, written by an author or a server) when its
 * URL is not safe, with one development warning naming `host`.
 */
export function removeUnsafeUrl(host: Element, node: Element, attribute = 'href'): void {
  const url = node.getAttribute(attribute);
  if (url !== null && safeUrl(url, host, attribute) === undefined) node.removeAttribute(attribute);
}

/**
 * The element a same-page link (`#id`) points at, looked up the way the browser does: the fragment as written,
 * then percent-decoded. A broken escape (`#100%`, `#%E0%A4%A`) is no error: the fragment is looked up as written,
 * with one development warning naming `warnFor`. `null` when `href` is not a fragment or nothing matches.
 */
export function fragmentTarget(
  href: string | null | undefined,
  roots: readonly (Document | ShadowRoot | DocumentFragment | null | undefined)[],
  warnFor?: Element,
): HTMLElement | null {
  if (!href?.startsWith('#')) return null;
  const ids = [href.slice(1)];
  try {
    const decoded = decodeURIComponent(ids[0]);
    if (decoded !== ids[0]) ids.push(decoded);
  } catch {
    if (warnFor) devWarn(warnFor, `href ${quote(href)} has a broken percent escape; it is looked up as written.`);
  }
  for (const id of ids) {
    for (const root of roots) {
      const found = root?.getElementById?.(id);
      if (found) return found as HTMLElement;
    }
  }
  return null;
}

/**
 * `url` resolved against `base` (the document's base URL by default), or `undefined` when it does not parse
 * (`http://[`): a broken URL is never an exception.
 */
export function resolveUrl(url: string, base: string = document.baseURI): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}
