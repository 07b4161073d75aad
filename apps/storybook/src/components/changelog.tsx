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

export function Changelog() {
  const entries = Object.entries(pending)
    .filter(([path]) => !path.endsWith('/README.md'))
    .map(([path, text]) => {
      const [, front = '', body = text] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
      const bumps = front
        .split('\n')
        .map((line) => /^['"]?([^'":]+)['"]?:\s*(\w+)/.exec(line.trim()))
        .filter((m): m is RegExpExecArray => !!m)
        .map((m) => `${m[1]} (${m[2]})`);
      return { id: path.split('/').pop()!.replace(/\.md$/, ''), bumps, body: body.trim() };
    });
  const released = Object.entries(changelogs).sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      <h2>Next release</h2>
      {entries.length ? (
        <ul>
          {entries.map((e) => (
            <li key={e.id}>
              {e.bumps.length ? <strong>{e.bumps.join(', ')}: </strong> : null}
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
