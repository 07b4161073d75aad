import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { devWarn } from '../dev/warn.js';
import type { Message } from '../localize/localize.js';
import { ChoiceIndex, type Choice } from './match.js';

type Count = { count: number; shown: number };

/** The listbox's built-in strings; the components that use it add them to their own catalogue. */
export const listboxStrings = {
  nl: {
    results: (v: Count, p: Intl.PluralRules) =>
      v.count ? (p.select(v.count) === 'one' ? '1 resultaat' : '{count} resultaten') : 'Geen resultaten',
    more: 'Typ verder: {shown} van {count} resultaten getoond.',
  } as Record<string, Message<Count>>,
  en: {
    results: (v: Count, p: Intl.PluralRules) =>
      v.count ? (p.select(v.count) === 'one' ? '1 result' : '{count} results') : 'No results',
    more: 'Type more: {shown} of {count} results shown.',
  } as Record<string, Message<Count>>,
};

/** At most this many options are rendered; a note asks to type more. */
export const MAX_OPTIONS = 100;
/** How long typing must pause before the result count is announced (ms). */
const STATUS_PAUSE = 700;
/** How long typing must pause before `src` is asked (ms). */
const FETCH_PAUSE = 250;

/**
 * The popup list of an editable combobox with list autocomplete (WAI-ARIA Authoring Practices): a
 * `role="listbox"` that filters as the user types, `aria-activedescendant` on the input, arrow keys, Enter,
 * Escape, Alt+Down, clicks that keep focus in the input, at most `MAX_OPTIONS` rendered, and the number
 * of results in a polite live region once typing pauses. Options come from a `ChoiceIndex` or from a JSON
 * endpoint (`src` with `{query}`), debounced, the answer to the latest query winning.
 */
export class Listbox implements ReactiveController {
  index = new ChoiceIndex([]);
  /** A URL template with `{query}`; when set, options come from it. */
  src?: string;
  open = false;
  active = -1;
  items: Choice[] = [];
  private total = 0;
  private status = '';
  private statusTimer?: ReturnType<typeof setTimeout>;
  private fetchTimer?: ReturnType<typeof setTimeout>;
  private request?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    /** The input's id; the listbox and option ids derive from it. */
    private readonly id: () => string,
    /** Called when the user chooses an option (Enter, click, tap). */
    private readonly choose: (choice: Choice) => void,
    /** The host's built-in strings `results` and `more`, in its language. */
    private readonly t: (key: 'results' | 'more', vars: Count) => string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.host.querySelector('.polder-listbox [aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  /** Filters for `query` (all options when empty) and opens the list; with `src`, asks the endpoint first. */
  show(query: string, active = -1): void {
    this.active = -1;
    if (this.src && query.trim()) {
      clearTimeout(this.fetchTimer);
      this.fetchTimer = setTimeout(() => void this.fetch(query), FETCH_PAUSE);
      return;
    }
    this.set(this.src ? [] : this.index.search(query), active, !this.src || !!query.trim());
  }

  private set(found: Choice[], active: number, open: boolean): void {
    this.total = found.length;
    this.items = found.slice(0, MAX_OPTIONS);
    this.open = open;
    this.active = Math.min(active, this.items.length - 1);
    this.status = '';
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      this.status = this.t('results', { count: this.total, shown: this.items.length });
      this.host.requestUpdate();
    }, STATUS_PAUSE);
    this.host.requestUpdate();
  }

  private async fetch(query: string): Promise<void> {
    this.request?.abort();
    const request = (this.request = new AbortController());
    try {
      const url = this.src!.replaceAll('{query}', encodeURIComponent(query.trim()));
      const response = await fetch(url, { signal: request.signal });
      const data: unknown = await response.json();
      if (request !== this.request) return;
      const list = Array.isArray(data) ? data : [];
      this.set(
        list.map((d: Partial<Choice>) => ({ value: String(d.value), label: String(d.label ?? d.value) })),
        -1,
        true,
      );
    } catch (error) {
      if (request === this.request && (error as Error).name !== 'AbortError')
        devWarn(this.host, `src: ${(error as Error).message}`);
    }
  }

  close(): void {
    clearTimeout(this.fetchTimer);
    clearTimeout(this.statusTimer);
    this.request?.abort();
    this.request = undefined;
    this.open = false;
    this.active = -1;
    this.status = '';
    this.host.requestUpdate();
  }

  /** Handles the listbox keys on the input; returns whether the key was used. */
  keydown(event: KeyboardEvent, query: string): boolean {
    const n = this.items.length;
    const open = this.open && n > 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const down = event.key === 'ArrowDown';
        if (event.altKey && down) this.show('');
        else if (open) {
          this.active = down ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1;
          this.host.requestUpdate();
        } else this.show(query, down ? 0 : MAX_OPTIONS - 1);
        return true;
      }
      case 'Enter': {
        // Without an active option, Enter does what it does in the input (submit the form).
        const choice = this.open ? this.items[this.active] : undefined;
        this.close();
        if (choice) this.choose(choice);
        return !!choice;
      }
      case 'Escape':
        if (!this.open) return false;
        this.close();
        return true;
      default:
        return false;
    }
  }

  /** `aria-expanded`, `aria-controls`, `aria-activedescendant` for the input. */
  get expanded(): 'true' | 'false' {
    return this.open && this.items.length ? 'true' : 'false';
  }
  get activeId(): string | undefined {
    return this.open && this.active >= 0 ? `${this.id()}-option-${this.active}` : undefined;
  }

  private onClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest('[role="option"]');
    if (!option) return;
    this.choose(this.items[Number(option.getAttribute('data-index'))]);
    this.close();
  };

  /** The popup (listbox and note) and the live region. `label` names the listbox. */
  render(label: string) {
    const id = this.id();
    const more = this.total > this.items.length;
    const note =
      this.open && (more || !this.items.length)
        ? this.t(more ? 'more' : 'results', { count: this.total, shown: this.items.length })
        : '';
    return html`<div
        class="polder-listbox"
        ?hidden=${!this.open}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${this.onClick}
      >
        <ul
          class="polder-listbox__list"
          role="listbox"
          id=${`${id}-listbox`}
          aria-label=${label}
          ?hidden=${!this.items.length}
        >
          ${this.items.map(
            (c, i) =>
              html`<li
                class="polder-listbox__option"
                role="option"
                id=${`${id}-option-${i}`}
                data-index=${i}
                aria-selected=${i === this.active ? 'true' : 'false'}
              >
                ${c.label}
              </li>`,
          )}
        </ul>
        ${note ? html`<p class="polder-listbox__note">${note}</p>` : nothing}
      </div>
      <div class="polder-visually-hidden" role="status">${this.status}</div>`;
  }
}
