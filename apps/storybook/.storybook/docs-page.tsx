// The docs page of every component (autodocs): title and status badge, the summary and description from the
// manifest, the primary story with its controls, the design guidance in the toolbar's language (Dutch by
// default; guidance.tsx), the component's own README (usage and accessibility for developers, written by its
// engineer), the generated API reference, and every state as a story.
import {
  ArgTypes,
  Controls,
  Description,
  Markdown,
  Primary,
  Stories,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import type { ReactNode } from 'react';
import { API_CATEGORIES, declarationFor } from './api.js';
import { Guidance } from './guidance.js';
import { StatusBadge, statusOf } from './status.js';

const readmes = import.meta.glob<string>('../../../packages/components/src/*/README.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The README of the component folder a story file lives in (`src/<component>/<component>.stories.ts`). */
export function readmeFor(fileName: unknown): string | undefined {
  const folder = typeof fileName === 'string' ? /\/src\/([^/]+)\/[^/]+$/.exec(fileName)?.[1] : undefined;
  if (!folder) return undefined;
  const entry = Object.entries(readmes).find(([path]) => path.endsWith(`/src/${folder}/README.md`));
  // The page already has the component's title: drop the README's own first-level heading.
  return entry?.[1].replace(/^\s*#\s[^\n]*\n/, '');
}

const repository = 'https://github.com/polder-design-system/polder/blob/main/packages/components/src/';

/** README links are relative to the component folder: point them at the repository, where they resolve. */
function readmeLink(folder: string) {
  return function ReadmeLink({ href = '', children, ...rest }: { href?: string; children?: ReactNode }) {
    const relative = href && !/^([a-z]+:|#|\/|\?)/i.test(href);
    const target = relative ? new URL(href, `${repository}${folder}/`).href : href;
    return (
      <a {...rest} href={target}>
        {children}
      </a>
    );
  };
}

const folderOf = (fileName: unknown) =>
  typeof fileName === 'string' ? (/\/src\/([^/]+)\/[^/]+$/.exec(fileName)?.[1] ?? '') : '';

export function ComponentDocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const declaration = declarationFor(preparedMeta.component);
  const readme = readmeFor(preparedMeta.parameters.fileName);
  const argTypes = preparedMeta.argTypes ?? {};
  // The tables filter by row name (not key): list the names of the rows that came from the manifest.
  const apiNames = Object.values(argTypes)
    .filter((a) => (API_CATEGORIES as readonly string[]).includes(String(a?.table?.category)))
    .map((a) => a.name);
  const storyArgs = Object.keys(preparedMeta.initialArgs ?? {});
  return (
    <>
      <Title />
      {declaration?.summary ? <p className="polder-docs-summary">{declaration.summary}</p> : null}
      <StatusBadge status={statusOf(preparedMeta.parameters)} />
      <Description />
      <Primary />
      {storyArgs.length ? <Controls include={storyArgs} /> : null}
      <Guidance folder={folderOf(preparedMeta.parameters.fileName)} />
      {readme ? (
        <div lang="en" className="polder-docs-readme">
          <h2 id="for-developers">For developers</h2>
          <Markdown options={{ overrides: { a: readmeLink(folderOf(preparedMeta.parameters.fileName)) } }}>
            {readme.replace(/^(#{2,5}) /gm, '#$1 ')}
          </Markdown>
        </div>
      ) : (
        <p>
          <strong>No README yet.</strong> Usage guidance and accessibility notes come from the component folder&apos;s
          README.md.
        </p>
      )}
      {apiNames.length ? (
        <>
          <h2 id="api">API</h2>
          <p>
            Generated from custom-elements.json: attributes, properties, methods, events, slots, CSS custom properties
            and CSS parts.
          </p>
          <ArgTypes include={apiNames} sort="none" />
        </>
      ) : null}
      <Stories title="Every state" />
    </>
  );
}
