// Generates @polder/react from @polder/components' custom-elements.json: one wrapper per element made with
// @lit/react's createComponent (properties set as properties, events as on<Event> props), with types.
// Never edit dist/ by hand: add JSDoc (@fires) to the element and rebuild.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const componentsDir = dirname(createRequire(import.meta.url).resolve('@polder/components/package.json'));
const manifest = JSON.parse(await readFile(join(componentsDir, 'custom-elements.json'), 'utf8'));
const out = join(here, 'dist');

const pascal = (s) => s.replace(/(^|[-:])(\w)/g, (_, __, c) => c.toUpperCase());
const elements = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? [])
    .filter((d) => d.tagName && d.customElement !== false && d.kind === 'class')
    .map((d) => ({ ...d, modulePath: mod.path })),
);

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const index = [];
for (const el of elements) {
  const name = pascal(el.tagName); // PolderButton
  const file = el.tagName.replace(/^polder-/, ''); // button
  const classModule = `@polder/components/${el.modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
  const defineModule = `@polder/components/${dirname(el.modulePath.replace(/^src\//, ''))}/define.js`;
  const events = (el.events ?? []).filter((e) => e.name);
  const eventMap = events.map((e) => `    on${pascal(e.name)}: ${JSON.stringify(e.name)},`).join('\n');
  await writeFile(
    join(out, `${file}.js`),
    `// Generated from custom-elements.json by scripts/generate.mjs. Do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { ${el.name} as Element } from '${classModule}';
import '${defineModule}';

const Base = createComponent({
  tagName: '${el.tagName}',
  elementClass: Element,
  react: React,
  displayName: '${name}',
  events: {
${eventMap}
  },
});

/** ${(el.summary ?? el.description ?? '').replace(/\*\//g, '')} */
export const ${name} = React.forwardRef(function ${name}({ children, ...props }, ref) {
  // React writes a lone text child with textContent, which would wipe the native control a form element
  // renders into its light DOM: a span keeps the text a node of its own that the element can move.
  const text = typeof children === 'string' || typeof children === 'number';
  return React.createElement(Base, { ...props, ref }, text ? React.createElement('span', null, children) : children);
});
`,
  );
  const eventTypes = events
    .map((e) => `  on${pascal(e.name)}: EventName<${e.type?.text?.match(/^\w+$/) ? e.type.text : 'Event'}>;`)
    .join('\n');
  await writeFile(
    join(out, `${file}.d.ts`),
    `// Generated from custom-elements.json by scripts/generate.mjs. Do not edit.
import type { EventName, ReactWebComponent } from '@lit/react';
import type { ${el.name} as Element } from '${classModule}';

/** ${(el.summary ?? el.description ?? '').replace(/\*\//g, '')} */
export declare const ${name}: ReactWebComponent<Element, {
${eventTypes}
}>;
`,
  );
  index.push(`export { ${name} } from './${file}.js';`);
}
await writeFile(join(out, 'index.js'), index.join('\n') + '\n');
await writeFile(join(out, 'index.d.ts'), index.join('\n') + '\n');
console.log(`@polder/react: ${elements.length} wrappers`);
