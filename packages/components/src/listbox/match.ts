/** An option of a listbox: what is submitted, what is shown, and other names it can be found by. */
export interface Choice {
  value: string;
  label: string;
  /** Alternative names to match on (`data-alt`, e.g. "Den Bosch" for 's-Hertogenbosch), separated by `|` or `,`. */
  alt?: string;
}

/**
 * Text for matching: lower case, accents off ("é" → "e"), every run of punctuation or spaces one space.
 * "'s-Hertogenbosch", "S HERTOGENBOSCH" and "s hertogenbosch" all become "s hertogenbosch".
 */
export const normalise = (text: string): string =>
  ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * The choices, prepared once for matching as you type: each choice's names (label and alternatives)
 * normalised, with a leading space so that " <query>" finds the start of any word.
 */
export class ChoiceIndex {
  private readonly names: string[];
  private readonly compact: string[];

  constructor(readonly choices: Choice[]) {
    this.names = choices.map((c) => [c.label, ...(c.alt?.split(/[|,]/) ?? [])].map(normalise).join('|'));
    this.compact = this.names.map((n) => n.replaceAll(' ', ''));
  }

  /**
   * The choices that match `query`, best first: a name that starts with it, then a word that starts with
   * it, then a name that contains it (spaces ignored, so "shertogenbosch" finds 's-Hertogenbosch);
   * list order within each rank. An empty query matches everything.
   */
  search(query: string): Choice[] {
    const q = normalise(query).trimEnd();
    if (!q.trim()) return this.choices;
    const compact = q.replaceAll(' ', '');
    const ranks: Choice[][] = [[], [], []];
    this.names.forEach((names, i) => {
      const at = names.indexOf(q);
      const rank = at < 0 ? (this.compact[i].includes(compact) ? 2 : -1) : at === 0 || names[at - 1] === '|' ? 0 : 1;
      if (rank >= 0) ranks[rank].push(this.choices[i]);
    });
    return ranks.flat();
  }

  /** The one choice the text stands for: an exact name, or the only match. */
  only(text: string): Choice | undefined {
    const q = normalise(text);
    if (!q.trim()) return undefined;
    const exact = this.choices.filter((_, i) => `|${this.names[i]}|`.includes(`|${q}|`));
    const found = exact.length ? exact : this.search(text);
    return found.length === 1 ? found[0] : undefined;
  }
}
