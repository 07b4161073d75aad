import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '@polder/components/custom-elements.json';
import { defaultTheme, locales, schemes, themes, useThemeSheet } from './themes.js';
import { ComponentDocsPage } from './docs-page.js';
import { needsPolderCss, usePolderCss } from './polder-css.js';
import { extractArgTypes, extractComponentDescription, useManifest } from './api.js';
import './preview.css';
import './render-events.js';

// The API tables (attributes, properties, events, slots, CSS parts, CSS custom properties) come from the
// manifest that `npm run build -w @polder/components` writes; they are never typed by hand.
setCustomElementsManifest(manifest);
useManifest(manifest);

/** Loads the chosen theme's stylesheet before the story renders (one sheet at a time, swapped). */
const themeLoader: Loader = async ({ globals }) => {
  await useThemeSheet(String(globals.theme ?? defaultTheme));
  return {};
};

/**
 * Links @polder/css for the stories that show a page without JavaScript (see polder-css.ts), and only for them.
 * On a docs page it is never removed by a later story of the same page.
 */
const polderCssLoader: Loader = async (context) => {
  const on = needsPolderCss(context);
  if (on || context.viewMode !== 'docs') await usePolderCss(on);
  return {};
};

/**
 * The story root carries the theme class, the colour scheme attribute and the language: exactly what a
 * service puts on its own page, so the components are seen (and tested) the way they will be used.
 */
const withPolderRoot: Decorator = (story, context) => {
  const theme = String(context.globals.theme ?? defaultTheme);
  const scheme = context.globals.scheme === 'dark' ? 'dark' : 'light';
  const lang = context.globals.locale === 'en' ? 'en' : 'nl';
  const canvas = context.viewMode !== 'docs';
  // A page template is a whole page: the page layer sets its own margins.
  const page = context.tags.includes('page-template');
  if (canvas) {
    // The preview page itself is the story: its language matches the story root.
    document.documentElement.lang = lang;
  }
  return html`<div
    class="polder-story-root polder-theme-${theme} ${canvas ? 'polder-story-root--canvas' : ''} ${
      page ? 'polder-story-root--page' : ''
    }"
    data-polder-color-scheme=${scheme}
    lang=${lang}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Theme (from @polder/tokens)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themes.map((t) => ({ value: t.name, title: t.label })),
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: schemes.map((s) => ({ ...s, icon: s.value === 'dark' ? 'moon' : 'sun' })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the story root (lang attribute)',
      toolbar: { title: 'Language', icon: 'globe', items: [...locales], dynamicTitle: true },
    },
  },
  initialGlobals: {
    theme: defaultTheme,
    scheme: 'light',
    locale: 'nl',
    viewport: { value: undefined, isRotated: false },
  },
  loaders: [themeLoader, polderCssLoader],
  decorators: [withPolderRoot],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { page: ComponentDocsPage, extractArgTypes, extractComponentDescription, toc: { headingSelector: 'h2, h3' } },
    viewport: {
      options: {
        reflow: { name: 'WCAG reflow, 320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        mobile: { name: 'Phone, 375 px', styles: { width: '375px', height: '720px' }, type: 'mobile' },
        tablet: { name: 'Tablet, 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop, 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    a11y: {
      // The same WCAG 2.2 A/AA rules the story tests run (scripts/test-stories.mjs): the panel shows what CI checks.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      test: 'error',
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          [
            'Getting started',
            'Theming',
            'Forms',
            'Accessibility statement',
            'Component status',
            'Vue and Angular',
            'Contributing',
            'Changelog',
          ],
          'Patterns',
          [
            'Start page',
            'Question page',
            'Error handling',
            'Add another',
            'Task list',
            'Check answers',
            'Confirmation page',
            'Examples',
          ],
          'Templates',
          'Tokens',
          'Forms',
          'Page',
          'Content',
        ],
      },
    },
  },
};
export default preview;
