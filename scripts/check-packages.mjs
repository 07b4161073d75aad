// Checks what each published package would put in its tarball (`npm pack --dry-run`): every path its
// package.json names (main, types, module, style, exports, customElements, sideEffects) is in it; no tests,
// stories, fixtures or test helpers ship; no install scripts; licence EUPL-1.2; Lit is the components' only
// runtime dependency.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const problems = [];

// In sideEffects globs `*` stays within a folder; in an exports target it stands for any subpath (`a/b`).
const globToRegExp = (pattern, star = '[^/]*') =>
  new RegExp(
    '^' +
      pattern
        .replace(/^\.\//, '')
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\/?/g, '\u0000')
        .replace(/\*/g, star)
        .replace(/\u0000/g, '(.*/)?') +
      '$',
  );

function targets(exportsField) {
  if (typeof exportsField === 'string') return [exportsField];
  if (!exportsField || typeof exportsField !== 'object') return [];
  return Object.values(exportsField).flatMap(targets);
}

for (const dir of readdirSync(join(root, 'packages'))) {
  const pkgFile = join(root, 'packages', dir, 'package.json');
  if (!existsSync(pkgFile)) continue;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (pkg.private) continue;
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: join(root, 'packages', dir),
      encoding: 'utf8',
    }),
  );
  const files = packed.files.map((f) => f.path);
  const has = (pattern, star) => files.some((f) => globToRegExp(pattern, star).test(f));
  const named = [pkg.main, pkg.types, pkg.module, pkg.style, pkg.customElements].filter(Boolean);
  for (const path of named)
    if (!has(path)) problems.push(`${pkg.name}: package.json names ${path}, which is not in the tarball`);
  for (const path of targets(pkg.exports))
    if (!has(path, '.+')) problems.push(`${pkg.name}: its exports name ${path}, which is not in the tarball`);
  for (const pattern of Array.isArray(pkg.sideEffects) ? pkg.sideEffects : []) {
    if (!has(pattern)) problems.push(`${pkg.name}: sideEffects pattern ${pattern} matches no file in the tarball`);
  }
  for (const f of files) {
    if (/(\.test\.|\.spec\.|\.stories\.|\/fixtures?\/|test-helpers\/|\/test\/)/.test(f))
      problems.push(`${pkg.name}: ships ${f}`);
  }
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) {
    if (pkg.scripts?.[script]) problems.push(`${pkg.name}: has an install script (${script})`);
  }
  if (pkg.license !== 'EUPL-1.2') problems.push(`${pkg.name}: licence is ${pkg.license}, not EUPL-1.2`);
  if (pkg.type !== 'module') problems.push(`${pkg.name}: not "type": "module"`);
  if (!pkg.repository) problems.push(`${pkg.name}: no repository`);
  if (pkg.name === '@polder/components') {
    const deps = Object.keys(pkg.dependencies ?? {});
    if (deps.join() !== 'lit')
      problems.push(`${pkg.name}: runtime dependencies are ${deps.join(', ')}; only lit is allowed`);
  }
  console.log(`${pkg.name}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`);
}

if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log('✓ package contents match their package.json');
