import { DEV_MODE } from './dev-mode.js';

const seen = new WeakMap<Element, Set<string>>();
const seenByTag = new Map<string, Set<string>>();

/**
 * Logs a development warning once per element and message, naming the element. Server-side template functions,
 * which have no element, pass its tag name instead (`'polder-link'`); those warn once per tag name and message.
 */
export function devWarn(el: Element | string, message: string): void {
  if (!DEV_MODE) return;
  const tag = typeof el === 'string' ? el : el.localName;
  let messages = typeof el === 'string' ? seenByTag.get(el) : seen.get(el);
  if (!messages) {
    messages = new Set();
    if (typeof el === 'string') seenByTag.set(el, messages);
    else seen.set(el, messages);
  }
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(`<${tag}>: ${message}`);
}

/** A value quoted for a warning message, shortened when long (an attribute can hold megabytes). */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/**
 * Returns `value` when it is one of `allowed`, else `allowed[0]` (the default), with one development
 * warning that names the element, the attribute and the bad value. Never throws.
 */
export function oneOf<T extends string>(
  el: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
): T {
  if (value == null || value === '') return allowed[0];
  if ((allowed as readonly string[]).includes(value)) return value as T;
  devWarn(el, `unknown ${attribute} ${quote(value)}; using "${allowed[0]}". Expected one of: ${allowed.join(', ')}.`);
  return allowed[0];
}
