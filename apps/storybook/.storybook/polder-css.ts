// @polder/css, the component styles as plain classes, is what a page without JavaScript links. The docs site loads
// it only for the stories that show such a page: the "Plain HTML" stories of each component and the page
// templates. Every other story renders without it, so the component stories keep proving that the elements
// style themselves.
import type { StoryContext } from '@storybook/web-components-vite';
import polderCss from '@polder/css/polder.css?url';

/** The tag a story (or a stories file's meta) carries to render with @polder/css linked. */
export const POLDER_CSS_TAG = 'polder-css';

/** A story shows a page without JavaScript: tagged `polder-css`, or named "Plain HTML …" as every component's is. */
export function needsPolderCss(context: Pick<StoryContext, 'tags' | 'name'>): boolean {
  return context.tags.includes(POLDER_CSS_TAG) || /^Plain HTML\b/.test(context.name);
}

let loading: Promise<void> | undefined;

/**
 * Links @polder/css into the document (`<link id="polder-css">`) or removes it, resolving once the sheet applies.
 * On a docs page several stories share one document: there the sheet is added when one of them needs it and
 * stays until the reader leaves for a single story.
 */
export function usePolderCss(on: boolean, doc: Document = document): Promise<void> {
  const present = doc.getElementById('polder-css') as HTMLLinkElement | null;
  if (!on) {
    present?.remove();
    loading = undefined;
    return Promise.resolve();
  }
  if (present) return loading ?? Promise.resolve();
  const link = doc.createElement('link');
  link.id = 'polder-css';
  link.rel = 'stylesheet';
  loading = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`Could not load @polder/css (${polderCss}).`)), {
      once: true,
    });
  });
  link.href = polderCss;
  // After the theme sheet, as a page links them: tokens first, then the component classes.
  doc.head.append(link);
  return loading;
}
