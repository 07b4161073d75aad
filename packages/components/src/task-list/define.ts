import { PolderTaskList } from './task-list.js';
import { PolderTaskListItem } from './task-list-item.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-task-list-item', PolderTaskListItem);
defineElement('polder-task-list', PolderTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'polder-task-list': PolderTaskList;
    'polder-task-list-item': PolderTaskListItem;
  }
}

export { PolderTaskList, PolderTaskListItem };
