// The changelog page: the packages' CHANGELOG.md files (written by Changesets at release time) and the pending
// changesets, both read from the repository at build time.
import { Markdown } from '@storybook/addon-docs/blocks';

const changelogs = import.meta.glob<string>('../../../../packages/*/CHANGELOG.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const pending = import.meta.glob<string>('../../../../.changeset/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const packageOf = (path: string) => path.split('/').slice(-2)[0];

/**
 * One changeset file: the front matter between two `---` lines names the packages and their bumps (it may be empty,
 * for a change to unpublished packages only), the rest is the entry. Line endings may be CRLF.
 */
function parseChangeset(text: string): { bumps: string[]; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const end = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
  if (end === -1) return { bumps: [], body: text.trim() };
  const bumps = lines
    .slice(1, end)
    .map((line) => /^['"]?([^'":]+)['"]?:\s*(\w+)/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => `${m[1]} (${m[2]})`);
  return {
    bumps,
    body: lines
      .slice(end + 1)
      .join('\n')
      .trim(),
  };
}

export function Changelog() {
  const entries = Object.entries(pending)
    .filter(([path]) => !path.endsWith('/README.md'))
    .map(([path, text]) => ({ id: path.split('/').pop()!.replace(/\.md$/, ''), ...parseChangeset(text) }));
  const released = Object.entries(changelogs).sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      <h2>Next release</h2>
      {entries.length ? (
        <ul>
          {entries.map((e) => (
            <li key={e.id}>
              <strong>{e.bumps.length ? `${e.bumps.join(', ')}: ` : 'Docs and tooling (no package release): '}</strong>
              <Markdown>{e.body}</Markdown>
            </li>
          ))}
        </ul>
      ) : (
        <p>No pending changes.</p>
      )}
      <h2>Released</h2>
      {released.length ? (
        released.map(([path, text]) => (
          <section key={path}>
            <h3>{`@polder/${packageOf(path)}`}</h3>
            <Markdown>{text.replace(/^#\s[^\n]*\n/, '')}</Markdown>
          </section>
        ))
      ) : (
        <p>No release yet: the first release will be listed here.</p>
      )}
    </>
  );
}
