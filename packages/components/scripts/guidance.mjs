// Design guidance for every component, in Dutch (`guidance.nl.md`, the default) and English (`guidance.en.md`),
// next to the component's README. One format, read by the docs site (the component page), by the llms.txt
// generator and by the tests that keep every page complete:
//
//   ---
//   keywords: datum, geboortedatum, …          (words people search for, in the file's language)
//   ---
//
//   ## Waarvoor                 / What it is for
//   ## Wanneer gebruiken         / When to use
//   ## Wanneer niet gebruiken    / When not to use       (and what to use instead)
//   ## Zo werkt het              / How it behaves
//   ## Toegankelijkheid          / Accessibility          (WCAG 2.2 success criteria and how they are tested)
//   ## Doen en niet doen         / Do and don't           (fenced examples, shown live side by side)
//
// An example is a fenced block whose info string is `html do <caption>` or `html dont <caption>`; a "do"
// followed by a "dont" is shown as a pair.

/** The sections every guidance file has, in this order, with their headings per language. */
export const SECTIONS = [
  { key: 'purpose', nl: 'Waarvoor', en: 'What it is for' },
  { key: 'when', nl: 'Wanneer gebruiken', en: 'When to use' },
  { key: 'when-not', nl: 'Wanneer niet gebruiken', en: 'When not to use' },
  { key: 'behaviour', nl: 'Zo werkt het', en: 'How it behaves' },
  { key: 'accessibility', nl: 'Toegankelijkheid', en: 'Accessibility' },
  { key: 'examples', nl: 'Doen en niet doen', en: "Do and don't" },
];

export const LANGUAGES = ['nl', 'en'];

/** Labels the docs site puts on the examples, per language. */
export const EXAMPLE_LABELS = {
  nl: { do: 'Doen', dont: 'Niet doen', code: 'HTML bekijken', open: 'Open de dialoog' },
  en: { do: 'Do', dont: "Don't", code: 'Show HTML', open: 'Open the dialog' },
};

const FENCE = /^```html[ \t]+(do|dont)\b[ \t]*([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;

/**
 * Reads a guidance file.
 * @param {string} text
 * @param {'nl' | 'en'} lang
 */
export function parseGuidance(text, lang) {
  let body = text.replace(/\r\n/g, '\n');
  let keywords = [];
  const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (front) {
    body = body.slice(front[0].length);
    const line = /^keywords:[ \t]*(.*)$/m.exec(front[1]);
    if (line)
      keywords = line[1]
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean);
  }
  const sections = [];
  const parts = body.split(/^## +(.+)$/m);
  const intro = parts[0].trim();
  for (let i = 1; i < parts.length; i += 2) {
    const heading = parts[i].trim();
    const key = SECTIONS.find((s) => s[lang] === heading)?.key;
    sections.push({ key, heading, text: parts[i + 1].trim(), blocks: blocksOf(parts[i + 1]) });
  }
  return {
    keywords,
    intro,
    sections,
    examples: sections.flatMap((s) => s.blocks.filter((b) => b.type !== 'markdown')),
  };
}

/**
 * A section's content as a list of blocks: markdown, and examples (`{ type: 'do' | 'dont', caption, code }`),
 * a "do" directly followed by a "dont" grouped as `{ type: 'pair', do, dont }`.
 */
function blocksOf(text) {
  const blocks = [];
  let last = 0;
  for (const match of text.matchAll(FENCE)) {
    const before = text.slice(last, match.index).trim();
    if (before) blocks.push({ type: 'markdown', text: before });
    blocks.push({ type: match[1], caption: match[2].trim(), code: match[3].trim() });
    last = match.index + match[0].length;
  }
  const rest = text.slice(last).trim();
  if (rest) blocks.push({ type: 'markdown', text: rest });
  const grouped = [];
  for (const block of blocks) {
    const previous = grouped.at(-1);
    if (block.type === 'dont' && previous?.type === 'do')
      grouped.splice(-1, 1, { type: 'pair', do: previous, dont: block });
    else grouped.push(block);
  }
  return grouped;
}

/** Every example of a parsed guidance file, pairs unfolded. */
export function examplesOf(guidance) {
  return guidance.examples.flatMap((b) => (b.type === 'pair' ? [b.do, b.dont] : [b]));
}

/**
 * What a guidance file lacks: each problem a sentence naming the section. An empty list means complete.
 * @param {string} text
 * @param {'nl' | 'en'} lang
 */
export function guidanceProblems(text, lang) {
  const guidance = parseGuidance(text, lang);
  const problems = [];
  if (guidance.keywords.length < 3) problems.push('fewer than 3 keywords in the front matter');
  const keys = guidance.sections.map((s) => s.key);
  for (const section of guidance.sections)
    if (!section.key) problems.push(`unknown section heading "## ${section.heading}"`);
  SECTIONS.forEach((s) => {
    const section = guidance.sections.find((found) => found.key === s.key);
    if (!section) problems.push(`no "## ${s[lang]}" section`);
    else if (s.key !== 'examples' && section.text.replace(/```[\s\S]*?```/g, '').trim().length < 40)
      problems.push(`the "## ${s[lang]}" section says almost nothing`);
  });
  const order = SECTIONS.map((s) => s.key).filter((k) => keys.includes(k));
  if (keys.filter(Boolean).join() !== order.join())
    problems.push(`the sections are not in the order ${SECTIONS.map((s) => s[lang]).join(', ')}`);
  const a11y = guidance.sections.find((s) => s.key === 'accessibility')?.text ?? '';
  if (!/\b[1-4]\.\d{1,2}\.\d{1,2}\b/.test(a11y))
    problems.push('the accessibility section names no WCAG success criterion');
  if (!(lang === 'nl' ? /getest|test/i : /tested|test/i).test(a11y))
    problems.push('the accessibility section does not say how it is tested');
  const examples = guidance.sections.find((s) => s.key === 'examples')?.blocks ?? [];
  if (!examples.some((b) => b.type === 'pair'))
    problems.push('the examples section has no "html do" block followed by an "html dont" block');
  for (const example of examplesOf(guidance))
    if (!example.caption) problems.push(`an "html ${example.type}" example has no caption`);
  return problems;
}
