import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages Polder ships strings for. Dutch is the default. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A message is text, or a function of its variables and the plural rules of its language. */
export type Message<V = Record<string, string | number>> = string | ((vars: V, plural: Intl.PluralRules) => string);
export type Catalogue = Record<string, Message<never>>;
/** One catalogue per language; every language must have every key. */
export type Translations<C extends Catalogue> = Record<Language, C>;

const pageStrings: Partial<Record<Language, Record<string, Message<never>>>> = {};

/**
 * Overrides built-in strings for the whole page, e.g. `setStrings('nl', { 'button.busy': 'Even geduld…' })`.
 * Keys are `<component>.<message>`; every localised element updates.
 */
export function setStrings(language: Language, strings: Record<string, Message<never>>): void {
  pageStrings[language] = { ...pageStrings[language], ...strings };
  for (const host of hosts) host.requestUpdate();
}

/** Maps a BCP 47 tag (`en-GB`, `NL`) onto a language Polder ships, falling back to Dutch. */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : fallback;
}

let fallback: Language = 'nl';

/**
 * The language used where no `lang` attribute is found — on the server, which cannot see an element's
 * ancestors, set it to the page's language before rendering.
 */
export function setDefaultLanguage(language: Language): void {
  fallback = language;
}

/** The nearest `lang` attribute of a node, crossing shadow roots; the document's, then the default (Dutch). */
export function languageOf(node: Node): Language {
  if (typeof Element === 'undefined') {
    // Server rendering: only the element's own attribute is known.
    const own = (node as Partial<Element>).getAttribute?.('lang');
    return own ? toLanguage(own) : fallback;
  }
  let current: Node | null = node;
  while (current) {
    const withLang: Element | null =
      current instanceof Element ? current.closest('[lang]') : (current.parentElement?.closest('[lang]') ?? null);
    if (withLang) return toLanguage(withLang.getAttribute('lang'));
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  const documentLang = document.documentElement.getAttribute('lang');
  return documentLang ? toLanguage(documentLang) : fallback;
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

function watchLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the page: a `lang` change anywhere updates every localised element.
  observer = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * A Lit controller that gives an element its strings in the language of its nearest `lang`
 * attribute, with page overrides (`setStrings`) and per-instance overrides. The controller pulls the
 * per-instance overrides itself, through its fourth argument (usually `() => this.strings`), whenever it looks a
 * string up, so an element never has to copy them over:
 *
 * ```ts
 * private readonly localize = new Localize(this, 'button', translations, () => this.strings);
 * ```
 */
export class Localize<C extends Catalogue> implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly prefix: string,
    private readonly translations: Translations<C>,
    /** Per-instance overrides, read at every lookup (usually the element's `strings` property). */
    private readonly strings: () => Partial<Record<string, Message<never>>> | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLang();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  get language(): Language {
    return languageOf(this.host);
  }

  /** The message `key` in the element's language, with `{name}` variables filled in. */
  t<K extends keyof C & string>(key: K, vars: Record<string, string | number> = {}): string {
    const language = this.language;
    const message = (this.strings()?.[key] ??
      pageStrings[language]?.[`${this.prefix}.${key}`] ??
      this.translations[language][key]) as Message;
    const text = typeof message === 'function' ? message(vars, new Intl.PluralRules(language)) : message;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
  }
}
