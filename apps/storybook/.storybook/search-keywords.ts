// Dutch and English keywords for the docs site's search. Storybook's sidebar search looks at a page's name, its
// place in the sidebar and the titles of its `anchors`; it never reads a page's text or its tags. So a designer
// who types "datum" or "foutmelding" found nothing. Here every docs page in the index gets its keywords as anchors
// (each pointing at the page's first guidance section, or the top of a guide): component pages from the front
// matter of their guidance files (packages/components/src/<name>/guidance.{nl,en}.md), guides and token pages
// from the list below. Runs in Node, while Storybook builds its index (main.ts); the index a static build
// writes (index.json) carries the keywords, and the story tests search it in the real sidebar.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, parseGuidance } from '../../../packages/components/scripts/guidance.mjs';

const components = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'packages', 'components', 'src');

/** Keywords of the pages that are not a component: the title as in the sidebar → Dutch and English words. */
export const PAGE_KEYWORDS: Record<string, string[]> = {
  Introduction: ['introductie', 'inleiding', 'ontwerpsysteem', 'overheid', 'design system', 'government', 'start'],
  'Guides/Getting started': [
    'aan de slag',
    'installeren',
    'beginnen',
    'npm',
    'getting started',
    'install',
    'setup',
    'quick start',
  ],
  'Guides/Theming': ['thema', 'huisstijl', 'kleuren', 'donkere modus', 'theme', 'branding', 'dark mode', 'tokens'],
  'Guides/Bring your own theme': [
    'eigen thema',
    'huisstijl',
    'NL Design System',
    'omzetten',
    'own theme',
    'bridge',
    'agency theme',
  ],
  'Guides/Forms': [
    'formulier',
    'foutmelding',
    'foutmeldingen',
    'verplicht',
    'validatie',
    'niet verplicht',
    'vraagpagina',
    'form',
    'error message',
    'required',
    'validation',
    'optional',
  ],
  'Guides/Accessibility statement': [
    'toegankelijkheid',
    'toegankelijkheidsverklaring',
    'WCAG',
    'digitoegankelijk',
    'accessibility',
    'accessibility statement',
    'EN 301 549',
  ],
  'Guides/Component status': [
    'status',
    'volwassenheid',
    'alfa',
    'bèta',
    'stabiel',
    'maturity',
    'alpha',
    'beta',
    'stable',
  ],
  'Guides/Contributing': ['bijdragen', 'meewerken', 'wijziging voorstellen', 'contributing', 'pull request', 'review'],
  'Guides/Changelog': ['wijzigingen', 'versies', 'release', 'nieuw', 'changelog', 'versions', 'what is new'],
  'Guides/Browser support': [
    'browsers',
    'browserondersteuning',
    'ondersteunde browsers',
    'browser support',
    'Firefox',
    'Safari',
    'Chrome',
  ],
  'Guides/Vue and Angular': ['Vue', 'Angular', 'raamwerk', 'framework', 'typen', 'types', 'integratie', 'integration'],
  'Patterns/Start page': [
    'startpagina',
    'start nu',
    'begin',
    'dienst starten',
    'start page',
    'start now',
    'service start',
  ],
  'Patterns/Question page': [
    'vraagpagina',
    'één vraag per pagina',
    'formulier',
    'verplicht',
    'question page',
    'one question per page',
    'form',
    'required',
  ],
  'Patterns/Error handling': [
    'foutafhandeling',
    'foutmelding',
    'foutmeldingen',
    'foutoverzicht',
    'validatie',
    'verplicht',
    'error handling',
    'error message',
    'validation',
    'server errors',
  ],
  'Patterns/Add another': [
    'nog een toevoegen',
    'herhalen',
    'meerdere personen',
    'add another',
    'repeat',
    'add to a list',
  ],
  'Patterns/Task list': ['takenlijst', 'onderdelen', 'status', 'aanvraag in delen', 'task list', 'tasks', 'sections'],
  'Patterns/Check answers': [
    'controleer uw antwoorden',
    'controleren',
    'samenvatting',
    'wijzigen',
    'check answers',
    'check your answers',
    'summary',
    'change',
  ],
  'Patterns/Confirmation page': [
    'bevestigingspagina',
    'bevestiging',
    'referentienummer',
    'aanvraag verstuurd',
    'confirmation page',
    'confirmation',
    'reference number',
  ],
  'Patterns/Examples': ['patronen', 'voorbeelden', 'patterns', 'examples'],
  Templates: ['sjablonen', 'paginasjabloon', 'kopiëren', 'templates', 'page template', 'copy'],
  'Tokens/Colour': ['kleur', 'kleuren', 'contrast', 'palet', 'colour', 'color', 'palette'],
  'Tokens/Component colours': ['componentkleuren', 'kleur', 'contrast', 'component colours', 'colour pairs'],
  'Tokens/Typography': ['typografie', 'lettertype', 'lettergrootte', 'typography', 'font', 'font size'],
  'Tokens/Spacing and sizes': ['ruimte', 'witruimte', 'afstand', 'maten', 'spacing', 'sizes', 'whitespace'],
  'Tokens/Borders and radii': ['rand', 'randen', 'afronding', 'hoeken', 'borders', 'radius', 'corners'],
  'Tokens/Focus': ['focus', 'focusrand', 'toetsenbord', 'focus outline', 'keyboard', 'focus ring'],
  'Page/Page frame': [
    'paginaframe',
    'pagina-opbouw',
    'sjabloon',
    'kop en voet',
    'page frame',
    'page template',
    'layout',
  ],
};

interface IndexEntry {
  type: string;
  title: string;
  importPath: string;
  anchors?: { id: string; title: string }[];
}

/** The component folder of a page generated from `packages/components/src/<name>/*.stories.ts`. */
export function componentFolderOf(importPath: string): string | undefined {
  return /packages\/components\/src\/([^/]+)\/[^/]+\.stories\.ts$/.exec(importPath)?.[1];
}

/** The keywords of one docs page (empty when it has none: the story tests report that). */
export function keywordsFor(entry: Pick<IndexEntry, 'title' | 'importPath'>): string[] {
  const folder = componentFolderOf(entry.importPath);
  const words = new Set<string>(PAGE_KEYWORDS[entry.title] ?? []);
  if (folder)
    for (const lang of LANGUAGES) {
      const file = join(components, folder, `guidance.${lang}.md`);
      if (existsSync(file))
        for (const word of parseGuidance(readFileSync(file, 'utf8'), lang).keywords) words.add(word);
    }
  return [...words];
}

/** Adds every docs page's keywords to the index as search anchors. */
export function addSearchKeywords(entries: Record<string, IndexEntry>): void {
  for (const entry of Object.values(entries)) {
    if (entry.type !== 'docs') continue;
    const target = componentFolderOf(entry.importPath) ? 'guidance-purpose' : '';
    const words = keywordsFor(entry);
    const known = new Set((entry.anchors ?? []).map((a) => a.title));
    entry.anchors = [
      ...(entry.anchors ?? []),
      ...words.filter((word) => !known.has(word)).map((title) => ({ id: target, title })),
    ];
  }
}

interface Generator {
  getIndexAndStats(): Promise<{ storyIndex: { entries: Record<string, IndexEntry> } }>;
}
const wrapped = new WeakSet<object>();

/** The `storyIndexGenerator` preset of main.ts: Storybook's own generator, its index with the keywords. */
export function withSearchKeywords<T extends Generator>(generator: T): T {
  if (wrapped.has(generator)) return generator;
  wrapped.add(generator);
  const original = generator.getIndexAndStats.bind(generator);
  generator.getIndexAndStats = async () => {
    const result = await original();
    addSearchKeywords(result.storyIndex.entries);
    return result;
  };
  return generator;
}
