import type { PropertyValues } from 'lit';
import { Localize } from '../localize/localize.js';
import { devWarn, oneOf } from '../dev/warn.js';
import { LightElement } from '../light-element/light-element.js';
// The status is shown with polder-tag's public classes and tokens: its published stylesheet, not its element.
import tagStyles from '../tag/tag.styles.js';
import styles from './task-list.styles.js';
import { TASK_LIST_STRINGS, TASK_STATUSES, TASK_STATUS_TAGS } from './task-list.template.js';
import { safeUrl } from '../url/safe-url.js';

let count = 0;

/** Creates an element with a class, inserted by `place`. */
function make(tag: string, className: string, place: (el: HTMLElement) => void): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  place(el);
  return el;
}

function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/**
 * One task of a `<polder-task-list>`: its text is the task's name, which becomes a link to `href`; the status is
 * shown as a tag after it and is part of the link's accessible description ("Persoonsgegevens, Afgerond").
 * A task that cannot start yet has no link. It works on its own light DOM and adopts the markup of the
 * server template (`renderTaskListItem`) as it is.
 *
 * @summary One task in a task list, with its status.
 * @status beta
 *
 * @slot - The task's name.
 */
export class PolderTaskListItem extends LightElement {
  static override styles = [tagStyles, styles];
  static override properties = {
    href: {},
    status: { reflect: true },
    hint: {},
    strings: { attribute: false },
  };

  /** Where the task is done. Not used (no link) when the status is `cannot-start`. */
  href?: string;

  /** `not-started` (default), `in-progress`, `completed` or `cannot-start`. */
  status: string = 'not-started';

  /** A short explanation under the name. */
  hint?: string;

  /** Per-instance overrides of the status texts (`completed`, `in-progress`, `not-started`, `cannot-start`). */
  strings: Partial<Record<(typeof TASK_STATUSES)[number], string>> = {};

  private readonly localize = new Localize(this, 'task-list', TASK_LIST_STRINGS, () => this.strings);
  private readonly uid = `polder-task-${++count}`;

  /** The task's link, when it has one. */
  get link(): HTMLAnchorElement | null {
    return this.querySelector(':scope > a.polder-task-list__name');
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const status = oneOf(this, 'status', this.status, TASK_STATUSES);
    const id = this.id || this.uid;
    const startable = status !== 'cannot-start';
    this.setAttribute('role', 'listitem');
    this.classList.add('polder-task-list__item');
    this.classList.toggle('polder-task-list__item--cannot-start', !startable);

    let name = this.querySelector(':scope > .polder-task-list__name');
    if (!name) {
      // Hand-written: the element's own text is the name.
      const own = [...this.childNodes].filter(
        (n) => !(n instanceof Element && n.matches('.polder-task-list__hint, .polder-task-list__status')),
      );
      name = make('span', '', (el) => this.prepend(el));
      name.append(...own);
    }
    const href = startable ? safeUrl(this.href, this) : undefined;
    if (startable && this.href == null) devWarn(this, 'needs an href (where the task is done).');
    if ((href !== undefined) !== (name.localName === 'a')) {
      const next = document.createElement(href !== undefined ? 'a' : 'span');
      next.append(...name.childNodes);
      name.replaceWith(next);
      name = next;
    }
    name.className = `polder-task-list__name${href !== undefined ? ' polder-task-list__link' : ''}`;

    let hint = this.querySelector(':scope > .polder-task-list__hint');
    if (this.hint) {
      const after = name;
      hint ??= make('div', 'polder-task-list__hint', (el) => after.after(el));
      hint.id = `${id}-hint`;
      setText(hint, this.hint);
    } else hint?.remove();

    const tag = this.querySelector(':scope > .polder-task-list__status') ?? make('strong', '', (el) => this.append(el));
    tag.id = `${id}-status`;
    tag.className = `polder-tag polder-tag--${TASK_STATUS_TAGS[status]} polder-task-list__status`;
    setText(tag, this.localize.t(status));

    if (href !== undefined) {
      name.setAttribute('href', href);
      name.setAttribute('aria-describedby', this.hint ? `${id}-hint ${id}-status` : `${id}-status`);
    }
  }
}
