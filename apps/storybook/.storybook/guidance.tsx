// Design guidance on a component's docs page: the component folder's `guidance.nl.md` (the default) or
// `guidance.en.md`, following the toolbar's language. Six sections in a fixed order (see
// packages/components/scripts/guidance.mjs); the "do" and "don't" examples are live markup, side by side, in the
// toolbar's theme and colour scheme.
import { DocsContext, Markdown } from '@storybook/addon-docs/blocks';
import { useContext, useEffect, useRef, useState } from 'react';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import manifest from '@polder/components/custom-elements.json';
import {
  EXAMPLE_LABELS,
  parseGuidance,
  type Block,
  type Example,
} from '../../../packages/components/scripts/guidance.mjs';
import { defaultTheme } from './themes.js';
import './guidance.css';

type Lang = 'nl' | 'en';

const files = import.meta.glob<string>('../../../packages/components/src/*/guidance.*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The define module of every element, loaded when an example uses the element. */
const defineModules = import.meta.glob('../../../packages/components/src/*/define.ts');
const folderOfTag = new Map<string, string>();
for (const mod of (manifest as { modules?: { path: string; exports?: { kind: string; name: string }[] }[] }).modules ??
  []) {
  const folder = /^src\/([^/]+)\/define\.ts$/.exec(mod.path)?.[1];
  if (!folder) continue;
  for (const e of mod.exports ?? []) if (e.kind === 'custom-element-definition') folderOfTag.set(e.name, folder);
}

/** Registers the elements an example uses (the page's own stories may not define them all). */
function defineElementsOf(code: string): void {
  const folders = new Set([...code.matchAll(/<(polder-[a-z0-9-]+)/g)].map((m) => folderOfTag.get(m[1])));
  for (const folder of folders) {
    const load = Object.entries(defineModules).find(([path]) => path.endsWith(`/src/${folder}/define.ts`))?.[1];
    void load?.();
  }
}

/** The raw guidance of a component folder in a language, if it has one. */
export function guidanceFor(folder: string, lang: Lang): string | undefined {
  return Object.entries(files).find(([path]) => path.endsWith(`/src/${folder}/guidance.${lang}.md`))?.[1];
}

/** The toolbar's globals (language, theme, scheme), kept up to date while the reader changes them. */
function useDocsGlobals(): Record<string, unknown> {
  const context = useContext(DocsContext);
  const [globals, setGlobals] = useState<Record<string, unknown>>(() => {
    const first = context.componentStories()[0];
    return first ? context.getStoryContext(first).globals : {};
  });
  useEffect(() => {
    const update = ({ globals: changed }: { globals: Record<string, unknown> }) => setGlobals(changed);
    context.channel.on(GLOBALS_UPDATED, update);
    return () => context.channel.off(GLOBALS_UPDATED, update);
  }, [context.channel]);
  return globals;
}

function LiveExample({
  example,
  lang,
  theme,
  scheme,
}: {
  example: Example;
  lang: Lang;
  theme: string;
  scheme: string;
}) {
  const labels = EXAMPLE_LABELS[lang];
  const figure = useRef<HTMLElement>(null);
  useEffect(() => defineElementsOf(example.code), [example.code]);
  // A dialog is always modal and opens from a script: the page offers a button to open the example's dialog.
  const hasDialog = /<polder-dialog[\s>]/.test(example.code);
  const openDialog = () =>
    figure.current?.querySelector<HTMLElement & { showModal(): void }>('polder-dialog')?.showModal();
  const live = {
    // `sb-unstyled`: the docs page's own typography stays out, so the example looks as it does in a service.
    className: `polder-story-root polder-theme-${theme} polder-guidance-example__live sb-unstyled`,
    'data-polder-color-scheme': scheme,
    lang,
    // The examples are the repository's own guidance files, never user input.
    dangerouslySetInnerHTML: { __html: example.code },
  };
  return (
    <figure
      ref={figure}
      className={`polder-guidance-example polder-guidance-example--${example.type}`}
      data-polder-example={example.type}
    >
      <figcaption className="polder-guidance-example__caption">
        <strong className="polder-guidance-example__label">
          <span aria-hidden="true">{example.type === 'do' ? '✓ ' : '✗ '}</span>
          {labels[example.type]}
        </strong>{' '}
        {example.caption}
      </figcaption>
      {/* Each example is its own form (unless it has one, or an element that renders one): radios of one example
          never join another's group, and a submit shows the validation messages without ever leaving the page. */}
      {/<(form|polder-search|polder-cookie-banner)[\s>]/.test(example.code) ? (
        <div {...live} onSubmit={(event) => event.preventDefault()} />
      ) : (
        <form {...live} onSubmit={(event) => event.preventDefault()} />
      )}
      {hasDialog ? (
        <p className="polder-guidance-example__open">
          <button type="button" onClick={openDialog}>
            {labels.open}
          </button>
        </p>
      ) : null}
      <details className="polder-guidance-example__code">
        <summary>{labels.code}</summary>
        <pre>
          <code>{example.code}</code>
        </pre>
      </details>
    </figure>
  );
}

function Blocks({ blocks, lang, theme, scheme }: { blocks: Block[]; lang: Lang; theme: string; scheme: string }) {
  return (
    <>
      {blocks.map((block, i) => {
        if (block.type === 'markdown') return <Markdown key={i}>{block.text}</Markdown>;
        if (block.type === 'pair')
          return (
            <div key={i} className="polder-guidance-pair">
              <LiveExample example={block.do} lang={lang} theme={theme} scheme={scheme} />
              <LiveExample example={block.dont} lang={lang} theme={theme} scheme={scheme} />
            </div>
          );
        return <LiveExample key={i} example={block} lang={lang} theme={theme} scheme={scheme} />;
      })}
    </>
  );
}

/** The guidance sections of a component page, in the toolbar's language (Dutch unless English is chosen). */
export function Guidance({ folder }: { folder: string }) {
  const globals = useDocsGlobals();
  const lang: Lang = globals.locale === 'en' ? 'en' : 'nl';
  const theme = String(globals.theme ?? defaultTheme);
  const scheme = globals.scheme === 'dark' ? 'dark' : 'light';
  // Dutch is the source: a page without English guidance shows the Dutch, marked as Dutch.
  const textLang: Lang = guidanceFor(folder, lang) ? lang : 'nl';
  const text = guidanceFor(folder, textLang);
  if (!text) return null;
  const guidance = parseGuidance(text, textLang);
  return (
    <div className="polder-guidance" lang={textLang} data-polder-guidance={folder}>
      {guidance.sections.map((section) => (
        <section
          key={section.heading}
          className="polder-guidance__section"
          data-polder-guidance-section={section.key}
          aria-labelledby={`guidance-${section.key}`}
        >
          <h2 id={`guidance-${section.key}`}>{section.heading}</h2>
          <Blocks blocks={section.blocks} lang={textLang} theme={theme} scheme={scheme} />
        </section>
      ))}
    </div>
  );
}
