// Editor support generated from custom-elements.json: VS Code custom HTML data and JetBrains web-types,
// so tag names, attributes and their values complete and validate in editors. Never written by hand.
import { readFile, writeFile } from 'node:fs/promises';

export async function writeEditorData(pkgDir) {
  const manifest = JSON.parse(await readFile(`${pkgDir}/custom-elements.json`, 'utf8'));
  const pkg = JSON.parse(await readFile(`${pkgDir}/package.json`, 'utf8'));
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));
  const values = (type) => {
    const literals = [...(type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    return literals.length ? literals : undefined;
  };
  const vscode = {
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: el.summary ?? el.description ?? '',
      attributes: (el.attributes ?? []).map((a) => ({
        name: a.name,
        description: a.description ?? '',
        ...(values(a.type) ? { values: values(a.type).map((name) => ({ name })) } : {}),
        ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    })),
  };
  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: el.summary ?? el.description ?? '',
          attributes: (el.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            value: { type: a.type?.text ?? 'string' },
          })),
          slots: (el.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
        })),
      },
    },
  };
  await writeFile(`${pkgDir}/dist/vscode.html-custom-data.json`, JSON.stringify(vscode, null, 2));
  await writeFile(`${pkgDir}/dist/web-types.json`, JSON.stringify(webTypes, null, 2));
  return elements.length;
}

/**
 * JSX typings for React 19, which renders custom elements natively: `<polder-button variant="secondary">` is
 * type-checked against the element's attributes/properties. Opt in with
 * `import type {} from '@polder/components/react-jsx'` (types only, nothing at run time).
 */
export async function writeReactJsx(pkgDir) {
  const manifest = JSON.parse(await readFile(`${pkgDir}/custom-elements.json`, 'utf8'));
  const lines = [];
  const imports = [];
  for (const mod of manifest.modules) {
    for (const el of (mod.declarations ?? []).filter((d) => d.tagName)) {
      const path = `./${mod.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
      imports.push(`import type { ${el.name} } from '${path}';`);
      const fields = [...new Set((el.attributes ?? []).map((a) => a.fieldName).filter(Boolean))];
      const pick = fields.length ? `Partial<Pick<${el.name}, ${fields.map((f) => `'${f}'`).join(' | ')}>>` : '{}';
      lines.push(`      '${el.tagName}': PolderProps<${el.name}> & ${pick};`);
    }
  }
  const dts = `// Generated from custom-elements.json by scripts/editor-data.mjs. Do not edit.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports.join('\n')}

type PolderProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${lines.join('\n')}
    }
  }
}
`;
  await writeFile(`${pkgDir}/dist/react-jsx.d.ts`, dts);
}

/**
 * Vue typings: every element in Vue's `GlobalComponents`, so `vue-tsc` and the Vue language tools check a template's
 * `<polder-button variant="secondary" @click="…">` against the element's properties and events, the way Vue's guide
 * types custom elements that are not built with Vue. Opt in with `import type {} from '@polder/components/vue'`
 * (types only, nothing at run time); Vue still needs `isCustomElement: (tag) => tag.startsWith('polder-')`.
 */
export async function writeVueTypes(pkgDir) {
  const manifest = JSON.parse(await readFile(`${pkgDir}/custom-elements.json`, 'utf8'));
  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const lines = [];
  const imports = [];
  for (const mod of manifest.modules) {
    for (const el of (mod.declarations ?? []).filter((d) => d.tagName)) {
      const path = `./${mod.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
      imports.push(`import type { ${el.name} } from '${path}';`);
      const fields = [...new Set((el.attributes ?? []).map((a) => a.fieldName).filter(Boolean))];
      const pick = fields.length ? fields.map((f) => `'${f}'`).join(' | ') : 'never';
      // Attributes without a property (passed on to the native control: autocomplete, maxlength, …): a template
      // gives them as strings, so a number is a string too.
      const attributeOnly = (el.attributes ?? [])
        .filter((a) => !a.fieldName)
        .flatMap((a) => {
          const text = a.type?.text ?? 'string';
          const type = text === 'number' ? 'number | string' : /^'[^']*'( \| '[^']*')*$/.test(text) ? text : 'string';
          return [...new Set([a.name, camel(a.name)])].map((name) => `'${name}'?: ${type}`);
        });
      // The element's own events (`polder-…`), typed where the manifest names a type; Vue's DOM event props
      // (onInput, onChange, onToggle, onClose) already cover the native ones.
      const events = (el.events ?? [])
        .filter((e) => e.name?.includes('-'))
        .map((e) => {
          const type = /^\w+(<[\w<>, ]+>)?$/.test(e.type?.text ?? '') ? e.type.text : 'Event';
          return `'${camel(`on-${e.name}`)}'?: (event: ${type}) => void`;
        });
      const extra = [...attributeOnly, ...events];
      lines.push(
        `    '${el.tagName}': PolderElement<${el.name}, ${pick}, {${extra.length ? ` ${extra.join('; ')} ` : ''}}>;`,
      );
    }
  }
  const dts = `// Generated from custom-elements.json by scripts/editor-data.mjs. Do not edit.
import type { HTMLAttributes, PublicProps } from 'vue';
${imports.join('\n')}

/**
 * A custom element as Vue's template type checker sees it: the element instance (for template refs), and as
 * \`$props\` Vue's own (key, ref, class, style), the global HTML attributes with the DOM events, the element's
 * properties that have an attribute, its attributes without a property and its own events.
 */
type PolderElement<E extends HTMLElement, Properties extends keyof E, Rest> = new () => E & {
  /** @deprecated For template type checking only: set properties on the element itself. */
  $props: PublicProps & HTMLAttributes & Partial<Pick<E, Properties>> & Rest;
};

declare module 'vue' {
  interface GlobalComponents {
${lines.join('\n')}
  }
}
`;
  await writeFile(`${pkgDir}/dist/vue.d.ts`, dts);
}
