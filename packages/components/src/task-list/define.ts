import { PolderTaskList } from './task-list.js';
import { PolderTaskListItem } from './task-list-item.js';

if (!customElements.get('polder-task-list-item')) customElements.define('polder-task-list-item', PolderTaskListItem);
if (!customElements.get('polder-task-list')) customElements.define('polder-task-list', PolderTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'polder-task-list': PolderTaskList;
    'polder-task-list-item': PolderTaskListItem;
  }
}

export { PolderTaskList, PolderTaskListItem };
