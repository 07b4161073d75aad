// Docs for AI coding assistants, after https://llmstxt.org: `llms.txt` (what Polder is, the rules that make
// markup correct, and a link to one markdown file per component) and `llms/<component>.md` (tag, when to use
// and not, attributes with types and defaults, events, slots, a minimal correct example, the markup without
// JavaScript, do and don't). Generated, never written by hand, from custom-elements.json, the component READMEs
// and the English design guidance (guidance.en.md), so an assistant sees exactly the API that ships.
//
// `npm run build` writes them to dist/docs/ (published as `@polder/components/llms.txt` and
// `@polder/components/llms/<component>.md`); the docs site copies dist/docs/ to its root. `checkMarkup()` is what
// the test runs on every example: only tags, attributes and classes that exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGuidance } from './guidance.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const PACKAGE = join(here, '..');

/** The component folders: those with a define module. */
export function componentFolders(pkg = PACKAGE) {
  return readdirSync(join(pkg, 'src'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(pkg, 'src', d.name, 'define.ts')))
    .map((d) => d.name)
    .sort();
}

/** The custom element declarations of the manifest, per component folder, in the order of the define module. */
export function elementsByFolder(manifest) {
  const declarations = new Map();
  for (const mod of manifest.modules ?? [])
    for (const d of mod.declarations ?? []) if (d.tagName) declarations.set(d.tagName, d);
  const byFolder = new Map();
  for (const mod of manifest.modules ?? []) {
    const folder = /^src\/([^/]+)\/define\.ts$/.exec(mod.path)?.[1];
    if (!folder) continue;
    const tags = (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name);
    // The container first (`polder-radio-group` before `polder-radio`): the tag named like the folder.
    tags.sort((a, b) => Number(b === `polder-${folder}`) - Number(a === `polder-${folder}`));
    byFolder.set(folder, tags.map((t) => declarations.get(t)).filter(Boolean));
  }
  return byFolder;
}

// --- the markup check -----------------------------------------------------------------------------------------

/** Standard HTML elements an example may use besides Polder's own. */
const HTML_TAGS = new Set(
  `a abbr address article aside b bdi bdo blockquote body br button caption cite code col colgroup data datalist dd
  del details dfn dialog div dl dt em fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr
  html i img input ins kbd label legend li link main mark menu meta meter nav noscript ol optgroup option output p
  picture pre progress q s samp script search section select slot small source span strong sub summary sup table
  tbody td template textarea tfoot th thead time title tr u ul var svg path use circle rect g line polyline
  polygon ellipse`.split(/\s+/),
);
/** Global attributes, valid on every element (plus aria-* and data-*). */
const GLOBAL_ATTRIBUTES = new Set(
  `id class lang dir hidden title slot tabindex role inert translate autofocus part exportparts nonce`.split(' '),
);
/** Attributes of standard elements (a union: the check is about names an assistant could invent). */
const HTML_ATTRIBUTES = new Set(
  `href target rel download hreflang type name value form formaction formmethod formenctype formnovalidate
  formtarget disabled readonly required checked selected multiple accept autocomplete inputmode min max step
  minlength maxlength pattern placeholder size rows cols wrap for action method enctype novalidate src alt width
  height loading decoding srcset sizes open colspan rowspan headers scope span datetime cite label list dirname
  spellcheck autocapitalize charset content http-equiv media async defer crossorigin integrity referrerpolicy
  shadowrootmode viewbox d xmlns focusable fill stroke stroke-width stroke-linecap cx cy r x y x1 x2 y1 y2 rx ry
  points transform start reversed high low optimum
  popover popovertarget popovertargetaction command commandfor closedby`.split(/\s+/),
);

/**
 * The public class names: every `.polder-…` selector in the component stylesheets and every class the
 * templates write (a modifier built from a value, `polder-spinner--${size}`, stands for all its values).
 */
export function publicClasses(pkg = PACKAGE) {
  const names = new Set();
  const prefixes = [];
  for (const folder of readdirSync(join(pkg, 'src'), { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(pkg, 'src', folder.name))) {
      const source = () => readFileSync(join(pkg, 'src', folder.name, file), 'utf8');
      if (file.endsWith('.css')) for (const m of source().matchAll(/\.(polder-[\w-]+)/g)) names.add(m[1]);
      else if (/^(?!.*\.(test|stories)\.ts$).*\.ts$/.test(file))
        for (const m of source().matchAll(/\b(polder-[\w-]*?)(\$\{)?(?=[\s'"`}]|\$\{)/g))
          if (m[2] || source().includes(`${m[1]}\${`)) prefixes.push(m[1]);
          else names.add(m[1]);
    }
  }
  return {
    has: (name) => names.has(name) || prefixes.some((p) => p !== 'polder-' && p.endsWith('-') && name.startsWith(p)),
  };
}

const START_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * Problems in a piece of example markup: a tag that is neither standard HTML nor a Polder element, an attribute a
 * Polder element does not have, a `polder-…` class no stylesheet defines, an enumerated attribute value the
 * manifest's type does not allow. An empty list means the markup is correct.
 */
export function checkMarkup(html, manifest, classes) {
  const declarations = new Map();
  for (const mod of manifest.modules ?? [])
    for (const d of mod.declarations ?? []) if (d.tagName) declarations.set(d.tagName, d);
  const problems = [];
  const code = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<script\b[\s\S]*?<\/script>/g, '<script>');
  for (const [, rawTag, attributes] of code.matchAll(START_TAG)) {
    const tag = rawTag.toLowerCase();
    const declaration = declarations.get(tag);
    if (!declaration && !HTML_TAGS.has(tag)) {
      problems.push(`<${tag}> is neither standard HTML nor a Polder element`);
      continue;
    }
    for (const [, rawName, ...values] of attributes.matchAll(ATTRIBUTE)) {
      const name = rawName.toLowerCase();
      const value = values.find((v) => v !== undefined);
      if (GLOBAL_ATTRIBUTES.has(name) || name.startsWith('aria-') || name.startsWith('data-')) {
        if (name === 'class' && value)
          for (const c of value.split(/\s+/))
            if (c.startsWith('polder-') && !classes.has(c)) problems.push(`<${tag}>: class "${c}" is not defined`);
        continue;
      }
      if (!declaration) {
        if (!HTML_ATTRIBUTES.has(name)) problems.push(`<${tag}> has no attribute "${name}"`);
        continue;
      }
      const attribute = declaration.attributes?.find((a) => a.name === name);
      if (!attribute) {
        problems.push(`<${tag}> has no attribute "${name}"`);
        continue;
      }
      // A union of string literals in the manifest is an enumeration: the value must be one of them.
      const literals = [...(attribute.type?.text ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
      if (
        value !== undefined &&
        literals.length > 1 &&
        !/\bstring\b/.test(attribute.type.text) &&
        !literals.includes(value)
      )
        problems.push(`<${tag} ${name}="${value}">: not one of ${literals.join(', ')}`);
    }
  }
  return problems;
}

/** The fenced `html` blocks of a markdown text. */
export function htmlBlocks(markdown) {
  return [...markdown.matchAll(/^```html[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1].trim());
}

// --- the files --------------------------------------------------------------------------------------------------

const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim();
const cell = (text = '') => oneLine(text).replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const titleOf = (folder) => folder[0].toUpperCase() + folder.slice(1).replace(/-/g, ' ');

function table(rows, head) {
  if (!rows.length) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function elementApi(d) {
  const out = [`### \`<${d.tagName}>\``, '', oneLine(d.summary || d.description)];
  const attributes = (d.attributes ?? []).map((a) => [
    code(a.name),
    code(a.type?.text ?? 'string'),
    code(a.default),
    cell(a.description),
  ]);
  if (attributes.length)
    out.push('', 'Attributes:', '', table(attributes, ['Attribute', 'Type', 'Default', 'Description']));
  const events = (d.events ?? [])
    .filter((e) => e.name)
    .map((e) => [code(e.name), code(e.type?.text), cell(e.description)]);
  if (events.length) out.push('', 'Events:', '', table(events, ['Event', 'Type', 'Description']));
  const slots = (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
  if (slots.length) out.push('', 'Slots:', '', table(slots, ['Slot', 'Description']));
  return out.join('\n');
}

/** The markdown file of one component folder. */
export function componentMarkdown(folder, elements, pkg = PACKAGE) {
  const dir = join(pkg, 'src', folder);
  const readme = existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '';
  const guidancePath = join(dir, 'guidance.en.md');
  const guidance = existsSync(guidancePath) ? parseGuidance(readFileSync(guidancePath, 'utf8'), 'en') : undefined;
  const section = (key) => guidance?.sections.find((s) => s.key === key)?.text ?? '';
  const blocks = htmlBlocks(readme);
  const example = blocks.find((b) => /<polder-/.test(b)) ?? '';
  const withoutJs = blocks.filter((b) => /class="polder-/.test(b));
  const main = elements[0];
  const title = /^#\s+(.+?)\s+—/m.exec(readme)?.[1] ?? titleOf(folder);
  const out = [
    `# ${title}`,
    '',
    `> ${oneLine(main?.summary)}`,
    '',
    `Elements: ${elements.map((e) => `\`<${e.tagName}>\``).join(', ')}. Register with`,
    `\`import '@polder/components/${folder}/define.js';\` (or \`<script type="module">\` with that path).`,
  ];
  if (guidance) {
    out.push('', '## What it is for', '', section('purpose'), '', '## When to use', '', section('when'));
    out.push('', '## When not to use', '', section('when-not'), '', '## How it behaves', '', section('behaviour'));
  }
  out.push('', '## API', '', ...elements.flatMap((e) => [elementApi(e), '']));
  out.push('## Example', '', '```html', example, '```');
  out.push('', '## Without JavaScript', '');
  if (withoutJs.length)
    out.push(
      `The same markup with the public classes (load \`@polder/components/${folder}/styles.css\`); an element adopts it when its script runs:`,
      '',
      ...withoutJs.flatMap((b) => ['```html', b, '```', '']),
    );
  else {
    const template = join(dir, `${folder}.template.ts`);
    const renders = existsSync(template)
      ? [...readFileSync(template, 'utf8').matchAll(/export function (render\w+)/g)].map((m) => `\`${m[1]}()\``)
      : [];
    out.push(
      renders.length
        ? `Render the markup on the server with ${renders.join(' or ')} from \`@polder/components/${folder}/template.js\`; it works without JavaScript, and the element adopts it when its script runs.`
        : `Render the element on the server with \`@lit-labs/ssr\` (declarative shadow DOM); it hydrates when its script runs.`,
      '',
    );
  }
  if (guidance) {
    const examples = guidance.examples.flatMap((b) => (b.type === 'pair' ? [b.do, b.dont] : [b]));
    out.push("## Do and don't", '');
    for (const e of examples)
      out.push(`${e.type === 'do' ? 'Do' : "Don't"}: ${e.caption}`, '', '```html', e.code, '```', '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** `llms.txt`: the index. */
export function llmsIndex(entries) {
  return `# Polder

> Polder is an open-source design system for Dutch government services: accessible web components (Lit, custom
> elements with the prefix \`polder-\`), design tokens and themes. Dutch (\`nl\`) is the default language, English
> (\`en\`) the second. Every component meets WCAG 2.2 AA and works before and without JavaScript.

Rules for correct Polder markup:

- Install \`@polder/components\` and \`@polder/tokens\`; load a theme stylesheet from \`@polder/tokens\` and register each
  element you use with \`import '@polder/components/<component>/define.js'\`.
- Use only the tags, attributes, events and slots listed in the component files below; attributes mirror native
  HTML (\`name\`, \`value\`, \`required\`, \`disabled\`, \`autocomplete\`, \`href\`, …).
- Form fields render their own label, hint and error: give every field a \`label\`; put rich content in
  \`slot="label"\`, \`slot="hint"\`, \`slot="error"\`. A placeholder is never a label.
- Put form fields in a real \`<form>\` with a \`<polder-button>\` to submit: they submit natively, also without
  JavaScript. Show form errors with \`polder-error-summary\` and the field's \`error\` attribute.
- Links are real \`<a href>\` elements (inside \`polder-navigation\`, \`polder-breadcrumb\`, \`polder-footer\`, …).
- Set \`lang\` on the page (\`nl\` or \`en\`): built-in texts follow it.

## Components

${entries.map((e) => `- [${e.title}](llms/${e.folder}.md): ${e.summary}`).join('\n')}

## Optional

- [Custom elements manifest](https://www.npmjs.com/package/@polder/components?activeTab=code): \`@polder/components/custom-elements.json\`, the full machine-readable API.
`;
}

/** Every file, keyed by its path under dist/docs/. */
export function llmsFiles(pkg = PACKAGE) {
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  const byFolder = elementsByFolder(manifest);
  const files = {};
  const entries = [];
  for (const folder of componentFolders(pkg)) {
    const elements = byFolder.get(folder) ?? [];
    const markdown = componentMarkdown(folder, elements, pkg);
    files[`llms/${folder}.md`] = markdown;
    entries.push({ folder, title: /^# (.+)$/m.exec(markdown)[1], summary: oneLine(elements[0]?.summary) });
  }
  files['llms.txt'] = llmsIndex(entries);
  return files;
}

/** Writes dist/docs/llms.txt and dist/docs/llms/<component>.md; returns how many components it describes. */
export async function writeLlms(pkg = PACKAGE) {
  const out = join(pkg, 'dist', 'docs');
  await rm(out, { recursive: true, force: true });
  const files = llmsFiles(pkg);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await writeFile(join(out, path), text);
  }
  return Object.keys(files).length - 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`llms.txt for ${await writeLlms()} components`);
