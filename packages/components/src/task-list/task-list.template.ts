import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';
import { extraClasses, withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** The statuses of a task; the first is the default. */
export const TASK_STATUSES = ['not-started', 'in-progress', 'completed', 'cannot-start'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * The built-in strings, Dutch and English: also for servers that render the list with the template functions.
 * `summary` counts completed tasks with the plural rules of the language ("1 van 1 onderdeel afgerond").
 */
export const TASK_LIST_STRINGS = {
  nl: {
    'not-started': 'Niet begonnen',
    'in-progress': 'Bezig',
    completed: 'Afgerond',
    'cannot-start': 'Kan nog niet',
    summary: ({ done, total }: { done: number; total: number }, plural: Intl.PluralRules) =>
      `${done} van ${total} ${plural.select(total) === 'one' ? 'onderdeel' : 'onderdelen'} afgerond`,
  },
  en: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    completed: 'Completed',
    'cannot-start': 'Cannot start yet',
    summary: ({ done, total }: { done: number; total: number }, plural: Intl.PluralRules) =>
      `${done} of ${total} ${plural.select(total) === 'one' ? 'section' : 'sections'} completed`,
  },
};

/** The polder-tag type that shows each status (the text says the status; the colour only supports it). */
export const TASK_STATUS_TAGS: Record<TaskStatus, string> = {
  'not-started': 'info',
  'in-progress': 'warning',
  completed: 'success',
  'cannot-start': 'neutral',
};

export interface TaskListItemState {
  /** Unique in the page: the hint and status get `<id>-hint` and `<id>-status`. */
  id: string;
  /** The task's name: the link text. */
  name: unknown;
  href?: string;
  status: TaskStatus;
  hint?: string;
  /** The status as text ("Afgerond"). */
  statusText: string;
}

/**
 * The light-DOM content of one task: its name (a link, unless the task cannot start yet), an optional hint
 * and the status as a tag. The link's accessible description is the hint and the status, so "Persoonsgegevens,
 * Afgerond" is heard together. `<polder-task-list-item>` builds the same markup itself, or adopts this.
 */
export function taskListItemContent(s: TaskListItemState) {
  const href = s.status === 'cannot-start' ? undefined : safeUrl(s.href);
  const hintId = s.hint ? `${s.id}-hint` : undefined;
  const statusId = `${s.id}-status`;
  return html`${
      href
        ? html`<a
            class="polder-task-list__name polder-task-list__link"
            href=${href}
            aria-describedby=${[hintId, statusId].filter(Boolean).join(' ')}
            >${s.name}</a
          >`
        : html`<span class="polder-task-list__name">${s.name}</span>`
    }${s.hint ? html`<div class="polder-task-list__hint" id=${hintId!}>${s.hint}</div>` : nothing}<strong
      class="polder-tag polder-tag--${TASK_STATUS_TAGS[s.status]} polder-task-list__status"
      id=${statusId}
      >${s.statusText}</strong
    >`;
}

const itemClass = (status: TaskStatus) =>
  `polder-task-list__item${status === 'cannot-start' ? ' polder-task-list__item--cannot-start' : ''}`;

/** One `<polder-task-list-item>` for server rendering, with its content inside. */
export function renderTaskListItem(s: TaskListItemState & ExtraAttributes) {
  const tag = 'polder-task-list-item';
  return withExtraAttributes(
    tag,
    s,
    html`<polder-task-list-item
      id=${s.id}
      class=${itemClass(s.status) + extraClasses(tag, s)}
      role="listitem"
      status=${s.status}
      href=${ifDefined(safeUrl(s.href))}
      hint=${ifDefined(s.hint)}
      >${taskListItemContent(s)}</polder-task-list-item
    >`,
  );
}

export interface TaskListState extends ExtraAttributes {
  items: (TaskListItemState & ExtraAttributes)[];
  /** The summary line ("3 van 5 onderdelen afgerond"), when the list shows one. */
  summary?: string;
}

/** The summary line's markup (a generic container, so the list keeps only list items as its own children). */
export function taskListSummary(text: string) {
  return html`<div class="polder-task-list__summary" role="none">${text}</div>`;
}

/** The whole `<polder-task-list>` for server rendering (and pages without JavaScript, with the CSS). */
export function renderTaskList(s: TaskListState) {
  const tag = 'polder-task-list';
  return withExtraAttributes(
    tag,
    s,
    html`<polder-task-list
      class="polder-task-list${extraClasses(tag, s)}"
      role="list"
      ?summary=${s.summary !== undefined}
      >${s.summary !== undefined ? taskListSummary(s.summary) : nothing}${s.items.map((item) =>
        renderTaskListItem(item),
      )}</polder-task-list
    >`,
  );
}
