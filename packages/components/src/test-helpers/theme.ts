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
