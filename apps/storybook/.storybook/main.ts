// The Polder docs site. Every `*.stories.ts` under packages/components/src and every MDX page under src/ is
// picked up automatically; nothing here names a component.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import remarkGfm from 'remark-gfm';
import { withSearchKeywords } from './search-keywords.js';

const here = dirname(fileURLToPath(import.meta.url));
const components = join(here, '..', '..', '..', 'packages', 'components');

/**
 * Component stylesheets are the source; `<c>.styles.ts` is generated from them. The `dev`/`build` scripts
 * generate them once up front; in dev this plugin regenerates them when a component CSS file changes, and
 * Vite's own watcher then hot-reloads the module that imports the generated file.
 */
function componentStyles(): Plugin {
  return {
    name: 'polder-component-styles',
    apply: 'serve',
    async configureServer(server) {
      const stylesModule = join(components, 'scripts', 'styles.mjs');
      const { buildStyles } = (await import(stylesModule)) as { buildStyles: () => Promise<unknown> };
      await buildStyles();
      const src = join(components, 'src');
      // The sources live outside this app's root: watch the folder (Vite's watcher takes folders, not globs).
      server.watcher.add(src);
      const regenerate = async (file: string) => {
        if (!file.endsWith('.css') || relative(src, file).startsWith('..')) return;
        try {
          await buildStyles();
          server.config.logger.info(`[polder] component styles regenerated (${relative(src, file)})`, {
            timestamp: true,
          });
        } catch (error) {
          server.config.logger.error(`[polder] could not generate component styles: ${String(error)}`);
        }
      };
      server.watcher.on('change', regenerate);
      server.watcher.on('add', regenerate);
    },
  };
}

/**
 * A story imports its component's `define.ts` only for its side effect (registering the element). The package's
 * `sideEffects` field lists the built define modules (`dist/…/define.js`), not the TypeScript sources the docs
 * site compiles, so the bundler would drop those imports and no element would be defined in the static build.
 */
function keepDefineModules(): Plugin {
  const define = /[\\/]packages[\\/]components[\\/]src[\\/][^\\/]+[\\/]define\.ts$/;
  return {
    name: 'polder-keep-define-modules',
    transform(code, id) {
      if (define.test(id.split('?')[0])) return { code, map: null, moduleSideEffects: true };
      return undefined;
    },
  };
}

// `storyIndexGenerator` is a Storybook preset property that StorybookConfig does not list.
const config: StorybookConfig & { storyIndexGenerator: typeof withSearchKeywords } = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts', '../../../packages/components/src/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown in the MDX pages: their tables (browsers, themes, statuses) are tables, not text.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The docs site is for designers and service teams: no Storybook onboarding checklist in its sidebar.
  features: { sidebarOnboardingChecklist: false },
  docs: { defaultName: 'Docs' },
  // Dutch and English keywords in the sidebar search ("datum", "foutmelding", "verplicht"): search-keywords.ts.
  storyIndexGenerator: withSearchKeywords,
  // llms.txt and llms/<component>.md for AI coding assistants, at the site's root (built by @polder/components).
  staticDirs: [{ from: '../../../packages/components/dist/docs', to: '/' }],
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Relative asset URLs: the static site works from any folder on any static file server.
      base: './',
      plugins: [componentStyles(), keepDefineModules()],
      // Class fields as in the components' tsconfig (useDefineForClassFields false): assigned in the constructor, so
      // a field's initial value goes through Lit's reactive property instead of shadowing it.
      oxc: {
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};
export default config;
