import { DEV_MODE } from './dev-mode.js';

const seen = new WeakMap<Element, Set<string>>();

/** Logs a development warning once per element and message, naming the element. */
export function devWarn(el: Element, message: string): void {
  if (!DEV_MODE) return;
  let messages = seen.get(el);
  if (!messages) seen.set(el, (messages = new Set()));
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(`<${el.localName}>: ${message}`);
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
  devWarn(el, `unknown ${attribute} "${value}"; using "${allowed[0]}". Expected one of: ${allowed.join(', ')}.`);
  return allowed[0];
}
