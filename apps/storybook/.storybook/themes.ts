// Themes, colour schemes and languages of the toolbar, all read from the built packages: adding a theme to
// tokens/themes.json adds it here, and its stylesheet is found by name. Themes bridged from NL Design System
// packages by `npm run themes` (polder-theme bridge, into dist/themes) are added after Polder's own.
import themeList from '@polder/tokens/json/themes.json';

export interface ThemeInfo {
  name: string;
  label: string;
  description?: string;
  default?: boolean;
}

const bridgedReports = import.meta.glob<{ theme: string; label: string; input: { source: string } }>(
  '../dist/themes/*.report.json',
  { import: 'default', eager: true },
);

/** Themes made with `polder-theme bridge` for the docs site (not shipped in @polder/tokens). */
export const bridgedThemes: ThemeInfo[] = Object.values(bridgedReports).map((report) => ({
  name: report.theme,
  label: report.label,
  description: `Bridged from ${report.input.source} with polder-theme bridge.`,
}));

export const themes: ThemeInfo[] = [...(themeList as ThemeInfo[]), ...bridgedThemes];
export const defaultTheme = (themes.find((t) => t.default) ?? themes[0]).name;

export const schemes = [
  { value: 'light', title: 'Light' },
  { value: 'dark', title: 'Dark' },
] as const;

export const locales = [
  { value: 'nl', title: 'Nederlands (nl)' },
  { value: 'en', title: 'English (en)' },
] as const;

// `?url`: each theme's stylesheet is an asset with a relative URL in the static build, loaded only when chosen.
const sheets = import.meta.glob<string>(['../../../packages/tokens/dist/css/*.css', '../dist/themes/*.css'], {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The URL of a theme's class-scoped stylesheet (`.polder-theme-<name>`), or undefined when it is not built. */
export function themeSheet(name: string): string | undefined {
  const entry = Object.entries(sheets).find(([path]) => path.endsWith(`/${name}.css`));
  return entry?.[1];
}

const pending = new Map<string, Promise<void>>();

/**
 * Makes the chosen theme's stylesheet the only one in the document: one `<link id="polder-theme">` whose
 * `href` is swapped, so switching themes never leaves stale rules behind. Resolves once the sheet applies,
 * so stories render (and are tested) with their tokens in place.
 */
export function useThemeSheet(name: string, doc: Document = document): Promise<void> {
  const href = themeSheet(name);
  if (!href) return Promise.reject(new Error(`Polder theme "${name}" has no stylesheet: build @polder/tokens.`));
  let link = doc.getElementById('polder-theme') as HTMLLinkElement | null;
  if (link?.dataset.theme === name && !pending.has(name)) return Promise.resolve();
  if (link?.dataset.theme === name) return pending.get(name)!;
  if (!link) {
    link = doc.createElement('link');
    link.id = 'polder-theme';
    link.rel = 'stylesheet';
    doc.head.append(link);
  }
  const current = link;
  const loaded = new Promise<void>((resolve, reject) => {
    current.addEventListener('load', () => resolve(), { once: true });
    current.addEventListener('error', () => reject(new Error(`Could not load the "${name}" theme (${href}).`)), {
      once: true,
    });
  }).finally(() => pending.delete(name));
  pending.set(name, loaded);
  current.dataset.theme = name;
  current.href = href;
  return loaded;
}
