// Loads a built token theme (@polder/tokens, `:root` variant) into the test page, with the page background and
// text colour a service sets, so axe checks the real colours of both colour schemes instead of the fallbacks.
// Resolves false when the tokens are not built; the components then show their fallback colours.
let loading: Promise<boolean> | undefined;

export function loadTheme(name = 'polder'): Promise<boolean> {
  loading ??= new Promise<boolean>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `/packages/tokens/dist/css/${name}.root.css`;
    link.addEventListener('load', () => resolve(true));
    link.addEventListener('error', () => resolve(false));
    const page = document.createElement('style');
    page.textContent =
      'body { background-color: var(--polder-color-default-bg-default, #fff); color: var(--polder-color-default-color-default, #1a1a1a); }';
    document.head.append(link, page);
  });
  return loading;
}

/** The themes Polder ships (tokens/themes.json), in menu order. */
export const THEMES = ['polder', 'gemeente-voorbeeld', 'waterschap-voorbeeld'] as const;
export type ThemeName = (typeof THEMES)[number];

let loadingAll: Promise<boolean> | undefined;

/**
 * Runs `check` once in every theme: the theme's class-scoped stylesheet is loaded and its class
 * (`.polder-theme-<name>`) put on `<body>`, as a service does, so axe sees each theme's real colours in the
 * colour scheme the test emulates.
 */
export async function inEveryTheme(check: (theme: ThemeName) => Promise<void>): Promise<void> {
  loadingAll ??= Promise.all(
    THEMES.map(
      (name) =>
        new Promise<boolean>((resolve) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = `/packages/tokens/dist/css/${name}.css`;
          link.addEventListener('load', () => resolve(true));
          link.addEventListener('error', () => resolve(false));
          document.head.append(link);
        }),
    ),
  ).then((loaded) => loaded.every(Boolean));
  // The page background and text colour come from the theme on <body>, as in a service.
  await Promise.all([loadTheme(), loadingAll]);
  for (const theme of THEMES) {
    document.body.classList.add(`polder-theme-${theme}`);
    try {
      await check(theme);
    } finally {
      document.body.classList.remove(`polder-theme-${theme}`);
    }
  }
}
