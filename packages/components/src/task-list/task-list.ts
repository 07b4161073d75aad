import type { PropertyValues } from 'lit';
import { Localize } from '../localize/localize.js';
import { LightElement } from '../light-element/light-element.js';
import styles from './task-list.styles.js';
import { TASK_LIST_STRINGS } from './task-list.template.js';

/**
 * The tasks a user must complete in a longer service, each with its status, in the order they are usually
 * done. It is a list (`role="list"`, each task a list item) that lives in the page's own tree — its light DOM —
 * so the links and their descriptions are the page's own and it works without JavaScript from the server
 * template (`renderTaskList`). With `summary` it starts with a line that counts completed tasks
 * ("3 van 5 onderdelen afgerond"), which follows the tasks' statuses.
 *
 * @summary A list of tasks with their status, for a service of several parts.
 * @status beta
 *
 * @slot - `<polder-task-list-item>` elements.
 *
 * @csspart - The list has no shadow DOM: style it through the public classes `.polder-task-list`,
 *   `.polder-task-list__summary`, `.polder-task-list__item`, `.polder-task-list__item--cannot-start`,
 *   `.polder-task-list__name`, `.polder-task-list__link`, `.polder-task-list__hint`, `.polder-task-list__status`
 *   (with `.polder-tag`).
 *
 * @cssprop --polder-task-list-border-color - Lines between the tasks.
 * @cssprop --polder-task-list-item-hover-background-color - Background of a task under the pointer.
 * @cssprop --polder-task-list-link-color - Colour of the task links.
 */
export class PolderTaskList extends LightElement {
  static override observeContent: MutationObserverInit = {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['status'],
  };

  static override styles = styles;
  static override properties = {
    summary: { type: Boolean, reflect: true },
    strings: { attribute: false },
  };

  /** Shows the summary line: how many of the tasks are completed. */
  summary = false;

  /** Per-instance override of the summary text: a string with `{done}` and `{total}`, or a function. */
  strings: Partial<{ summary: string }> = {};

  private readonly localize = new Localize(this, 'task-list', TASK_LIST_STRINGS, () => this.strings);

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.setAttribute('role', 'list');
    this.classList.add('polder-task-list');
    let line = this.querySelector(':scope > .polder-task-list__summary');
    if (!this.summary) {
      line?.remove();
      return;
    }
    if (!line) {
      line = document.createElement('div');
      line.className = 'polder-task-list__summary';
      // A generic container: the list keeps only list items as its own children.
      line.setAttribute('role', 'none');
      this.prepend(line);
    }
    const items = [...this.querySelectorAll(':scope > polder-task-list-item')];
    const done = items.filter((item) => item.getAttribute('status') === 'completed').length;
    const text = this.localize.t('summary', { done, total: items.length });
    if (line.textContent !== text) line.textContent = text;
  }
}
