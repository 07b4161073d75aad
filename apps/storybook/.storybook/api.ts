// The API tables of a component's docs page, generated from custom-elements.json. Storybook's own mapping
// keys every row by its bare name, so a `label` slot hides a `label` attribute and the default slot (which
// has no name) disappears. Here every row has a unique key, an attribute and its property share one row,
// and internals never show.
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  fieldName?: string;
  readonly?: boolean;
  parameters?: { name: string; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  status?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}
interface Manifest {
  modules?: { path: string; declarations?: Declaration[] }[];
}

export const API_CATEGORIES = [
  'attributes',
  'properties',
  'methods',
  'events',
  'slots',
  'css custom properties',
  'css parts',
] as const;

let manifest: Manifest = {};
export function useManifest(m: unknown) {
  manifest = m as Manifest;
}

export function declarationFor(tagName: unknown): Declaration | undefined {
  if (typeof tagName !== 'string') return undefined;
  for (const mod of manifest.modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName === tagName) return d;
  return undefined;
}

const isPublic = (i: Item) =>
  !!i.name && !i.static && !i.name.startsWith('_') && !i.privacy && !/@internal\b/.test(i.description ?? '');

const row = (name: string, category: string, item: Item, extra: Partial<ArgTypes[string]> = {}) => ({
  name,
  description: item.description ?? '',
  control: false as const,
  table: {
    category,
    type: item.type?.text ? { summary: item.type.text } : undefined,
    defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
  },
  ...extra,
});

/** `parameters.docs.extractArgTypes`: the manifest's public API of a tag as Storybook arg types. */
export function extractArgTypes(tagName: unknown): ArgTypes | null {
  const d = declarationFor(tagName);
  if (!d) return null;
  const out: ArgTypes = {};
  const members = (d.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  for (const attr of (d.attributes ?? []).filter(isPublic)) {
    const field = fields.find((f) => f.name === attr.fieldName);
    const description = [
      attr.description ?? field?.description ?? '',
      field && field.name !== attr.name ? `Property: \`${field.name}\`.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    // Keyed by the attribute name, so a story arg of the same name gets this row's documentation and keeps its control.
    out[attr.name] = row(attr.name, 'attributes', { ...field, ...attr, description }, { control: undefined });
  }
  const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName));
  for (const f of fields.filter((m) => !attributeFields.has(m.name))) {
    const description = [f.description ?? '', f.readonly ? '(Read-only.)' : ''].filter(Boolean).join(' ');
    out[`property:${f.name}`] = row(f.name, 'properties', { ...f, description });
  }
  for (const m of members.filter((x) => x.kind === 'method')) {
    const params = (m.parameters ?? []).map((p) => `${p.name}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ');
    out[`method:${m.name}`] = row(`${m.name}(${params})`, 'methods', {
      ...m,
      type: { text: m.return?.type?.text ?? 'void' },
    });
  }
  for (const e of d.events ?? []) if (e.name) out[`event:${e.name}`] = row(e.name, 'events', e);
  for (const s of d.slots ?? []) out[`slot:${s.name || 'default'}`] = row(s.name || '(default)', 'slots', s);
  for (const p of d.cssProperties ?? []) if (p.name) out[p.name] = row(p.name, 'css custom properties', p);
  for (const p of d.cssParts ?? []) {
    // A part without a name documents that there is no shadow part (light-DOM form elements): keep the note.
    out[`part:${p.name || 'none'}`] = row(p.name || '(none)', 'css parts', p);
  }
  return out;
}

export function extractComponentDescription(tagName: unknown): string | null {
  return declarationFor(tagName)?.description ?? null;
}
