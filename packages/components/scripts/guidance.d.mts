export interface Section {
  key: 'purpose' | 'when' | 'when-not' | 'behaviour' | 'accessibility' | 'examples';
  nl: string;
  en: string;
}
export interface Example {
  type: 'do' | 'dont';
  caption: string;
  code: string;
}
export type Block = { type: 'markdown'; text: string } | Example | { type: 'pair'; do: Example; dont: Example };
export interface Guidance {
  keywords: string[];
  intro: string;
  sections: { key: Section['key'] | undefined; heading: string; text: string; blocks: Block[] }[];
  examples: Exclude<Block, { type: 'markdown' }>[];
}
export const SECTIONS: Section[];
export const LANGUAGES: ('nl' | 'en')[];
export const EXAMPLE_LABELS: Record<'nl' | 'en', { do: string; dont: string; code: string; open: string }>;
export function parseGuidance(text: string, lang: 'nl' | 'en'): Guidance;
export function examplesOf(guidance: Guidance): Example[];
export function guidanceProblems(text: string, lang: 'nl' | 'en'): string[];
