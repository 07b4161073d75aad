import { render, type PropertyValues } from 'lit';
import { LightElement } from '../light-element/light-element.js';
import { Localize } from '../localize/localize.js';
import { devWarn, quote } from '../dev/warn.js';
import { parseNonNegativeInteger } from '../numbers/numbers.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import fieldsetStyles from '../form-control/fieldset.styles.js';
// The buttons are polder-buttons by their public classes: the button's published stylesheet, not its element.
import buttonStyles from '../button/button.styles.js';
import styles from './add-another.styles.js';
import {
  actionsTemplate,
  addAnotherStrings,
  itemName,
  removeButtonTemplate,
  type AddAnotherState,
  type AddAnotherStrings,
} from './add-another.template.js';

const ITEMS = ':scope > fieldset, :scope > polder-fieldset';
const FIELD = 'input:not([type=hidden],:disabled),select:not(:disabled),textarea:not(:disabled)';
const REFERENCES = ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls'];

/** The elements a Lit template renders, outside any container (for markup added among the user's nodes). */
function elementsOf(template: unknown): Element[] {
  const fragment = document.createDocumentFragment();
  render(template, fragment);
  return [...fragment.children];
}

/** Replaces `old` with `next` (or appends `next` to `parent`), keeping focus on it. */
function put(parent: Element, old: Element | null, next: Element): void {
  if (!old) return parent.append(next);
  const focused = old === document.activeElement;
  old.replaceWith(next);
  if (focused) (next as HTMLElement).focus();
}

/** The index an item's names carry (`personen[2][naam]` is 2), else `fallback`. */
function indexIn(item: Element, fallback: number): number {
  for (const el of item.querySelectorAll('[name]')) {
    const match = /\[(\d+)\]/.exec(el.getAttribute('name')!);
    if (match) return Number(match[1]);
  }
  return fallback;
}

/**
 * Gives a detached copy of an item the number `to` instead of `from`: `[from]` in every `name` becomes `[to]`,
 * every id gets `to` where it had `from` (or a suffix, so it stays unique), and every `for`,
 * `aria-describedby`, `aria-labelledby` and `aria-controls` reference to an id inside the item follows it.
 */
function renumber(item: Element, from: number, to: number): void {
  const all = [item, ...item.querySelectorAll('*')];
  const ids = new Map<string, string>();
  const own = new RegExp(`(^|\\D)${from}(?!\\d)`);
  for (const el of all) {
    const name = el.getAttribute('name');
    if (name) el.setAttribute('name', name.replace(`[${from}]`, `[${to}]`));
    if (!el.id) continue;
    const base = el.id.replace(own, `$1${to}`);
    let id = base;
    for (let n = 2; id === el.id || document.getElementById(id) || [...ids.values()].includes(id); n++)
      id = `${base}-${n}`;
    ids.set(el.id, id);
    el.id = id;
  }
  for (const el of all)
    for (const attribute of REFERENCES) {
      const value = el.getAttribute(attribute);
      if (value)
        el.setAttribute(
          attribute,
          value.replace(/\S+/g, (ref) => ids.get(ref) ?? ref),
        );
    }
}

/**
 * Empties a copy of an item: no values, nothing checked or selected, no error messages or invalid states. Polder
 * elements inside lose their `value`, `checked` and `error` attributes and adopt the emptied markup when they
 * upgrade, as they adopt server-rendered markup.
 */
function empty(item: Element): void {
  for (const el of item.querySelectorAll('*')) {
    if (el.localName.startsWith('polder-')) {
      el.removeAttribute('error');
      el.removeAttribute('checked');
      if (!/-(checkbox|radio)$/.test(el.localName)) el.removeAttribute('value');
    }
    if (el.matches('[slot=error],[class*="__error"]')) {
      el.remove();
      continue;
    }
    el.removeAttribute('aria-invalid');
    for (const c of [...el.classList]) if (c.endsWith('--invalid')) el.classList.remove(c);
    if (el instanceof HTMLInputElement) {
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.removeAttribute('checked');
        el.checked = false;
      } else if (!['submit', 'button', 'reset', 'image'].includes(el.type)) {
        el.removeAttribute('value');
        el.value = '';
      }
    } else if (el instanceof HTMLTextAreaElement) {
      el.textContent = '';
      el.value = '';
    } else if (el instanceof HTMLSelectElement) {
      for (const option of el.options) {
        option.removeAttribute('selected');
        option.selected = false;
      }
      el.selectedIndex = el.multiple ? -1 : 0;
    }
  }
}

/** A copy of an item with the values the user chose (a copy keeps typed text and checks, but not selections). */
function copy(item: Element): Element {
  const clone = item.cloneNode(true) as Element;
  const selects = clone.querySelectorAll('select');
  item.querySelectorAll('select').forEach((select, i) => {
    for (const [j, option] of [...select.options].entries()) selects[i].options[j].selected = option.selected;
  });
  return clone;
}

/** Resolves when every Polder element in `node` has rendered. */
const settled = (node: Element) =>
  Promise.all([...node.querySelectorAll('*')].map((el) => (el as Partial<LightElement>).updateComplete));

/**
 * Repeatable groups of fields for a list of similar things of unknown length: the people who move along, the
 * children in a household. The items are the element's children — `<fieldset>` (or `polder-fieldset`)
 * elements in its light DOM, so their fields belong to the page's form and are submitted natively. Name the
 * fields with the item's index: `personen[0][naam]`.
 *
 * The server renders the items with `renderAddAnother()`: every item gets a legend ("Persoon 2"), every item
 * but the first a remove button (`remove=<index>`), and there is an add button (`add=add`). Without JavaScript
 * these submit the form and the server adds or removes an item. With JavaScript the element does it in the page
 * on the same markup: "Nog een toevoegen" adds an empty copy of the last item (renumbered names and ids) and
 * moves focus to its first field; "Verwijderen" removes an item, renumbers the ones after it and moves focus to
 * the previous item's legend. Both are announced politely. At `max` the add button goes, with a message.
 *
 * @summary Repeatable groups of fields, added and removed with or without JavaScript.
 * @status beta
 *
 * @slot - The items: `<fieldset>` elements (from `renderAddAnother()`), with the fields of one item each.
 * @fires polder-add - An item was added and has focus; `detail.item` is the new item, `detail.index` its index.
 * @fires polder-remove - An item was removed; `detail.index` is the index it had.
 * @cssprop --polder-add-another-item-border-color - The line between items.
 * @cssprop --polder-add-another-row-gap - Space between items.
 */
export class PolderAddAnother extends LightElement {
  static override styles = [visuallyHidden, buttonStyles, fieldsetStyles, styles];
  static override observeContent: MutationObserverInit = { childList: true };
  static override properties = { label: {}, max: {}, strings: { attribute: false } };

  /**
   * What one item is called, e.g. "Persoon": the legends read "Persoon 1", "Persoon 2".
   * @attr label
   */
  label = '';

  /**
   * The most items there may be (a whole number from 1); at that number the add button goes.
   * @attr max
   */
  max?: string;

  /** Per-instance overrides of built-in strings (`add`, `remove`, `max`, `added`, `removed`, `label`). */
  strings: Partial<AddAnotherStrings> = {};

  private readonly localize = new Localize(this, 'add-another', addAnotherStrings, () => this.strings);
  /** Enter is down: a click on a submit button now may be the form's implicit submission. */
  private enter = false;
  private root?: Node;

  /** The items, in order. */
  get items(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(ITEMS)];
  }

  private get maxCount(): number | undefined {
    const n = parseNonNegativeInteger(this.max);
    return n ? n : undefined;
  }

  private get state(): AddAnotherState {
    const max = this.maxCount;
    return {
      label: this.label || this.localize.t('label'),
      max,
      count: this.items.length,
      add: this.localize.t('add'),
      remove: this.localize.t('remove'),
      maxMessage: this.localize.t('max', { max: max ?? '' }),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
    this.root = this.getRootNode();
    for (const type of ['keydown', 'keyup']) this.root.addEventListener(type, this.onKey, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
    for (const type of ['keydown', 'keyup']) this.root?.removeEventListener(type, this.onKey, true);
  }

  private readonly onKey = (event: Event): void => {
    this.enter = event.type === 'keydown' && (event as KeyboardEvent).key === 'Enter';
  };

  /**
   * Adds an empty copy of the last item, renumbered, and moves focus to its first field. Resolves with the new
   * item, or `undefined` at `max`.
   */
  async addItem(): Promise<HTMLElement | undefined> {
    const items = this.items;
    const last = items.at(-1);
    const max = this.maxCount;
    if (!last || (max !== undefined && items.length >= max)) return undefined;
    const item = last.cloneNode(true) as HTMLElement;
    empty(item);
    renumber(item, indexIn(last, items.length - 1), items.length);
    last.after(item);
    await this.refresh(item);
    item.querySelector<HTMLElement>(FIELD)?.focus();
    this.announce('added', items.length);
    this.dispatchEvent(new CustomEvent('polder-add', { bubbles: true, detail: { item, index: items.length } }));
    return item;
  }

  /** Removes the item at `index` (not the first), renumbers the ones after it and moves focus to the previous legend. */
  async removeItem(index: number): Promise<void> {
    const items = this.items;
    if (!(index > 0 && index < items.length)) return;
    const name = itemName(this.state, index);
    items[index].remove();
    const moved = items.slice(index + 1).map((item, i) => {
      const next = copy(item);
      renumber(next, indexIn(item, index + 1 + i), index + i);
      item.replaceWith(next);
      return next;
    });
    await Promise.all([this.refresh(), ...moved.map(settled)]);
    const legend = this.items[index - 1].querySelector('legend');
    legend?.setAttribute('tabindex', '-1');
    // Firefox (153) ignores focus() on a legend it has not laid out since the update moved it: lay it out first.
    legend?.getBoundingClientRect();
    legend?.focus();
    this.announce('removed', index, name);
    this.dispatchEvent(new CustomEvent('polder-remove', { bubbles: true, detail: { index } }));
  }

  private async refresh(item?: Element): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    if (item) await settled(item);
  }

  private announce(key: 'added' | 'removed', index: number, name = itemName(this.state, index)): void {
    const state = this.state;
    const full = key === 'added' && state.max !== undefined && state.count >= state.max;
    const status = this.querySelector(':scope > .polder-add-another__status');
    if (status) status.textContent = `${this.localize.t(key, { item: name })}.${full ? ` ${state.maxMessage}` : ''}`;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest?.('button');
    if (!button || button.closest('polder-add-another') !== this) return;
    const add = button.classList.contains('polder-add-another__add');
    const item = this.items.find((i) => i.contains(button));
    if (!add && !(button.classList.contains('polder-add-another__remove') && item)) return;
    event.preventDefault();
    const active = document.activeElement;
    if (this.enter && active !== button && active instanceof HTMLInputElement && button.form) {
      // Enter in a text field submits the form with its first submit button, which may be one of these: submit
      // it as with the form's own button instead of adding or removing.
      const own = [...button.form.elements].find(
        (el) => (el as HTMLButtonElement).type === 'submit' && !this.contains(el),
      );
      button.form.requestSubmit(own as HTMLButtonElement | undefined);
      return;
    }
    if (add) void this.addItem();
    else void this.removeItem(this.items.indexOf(item!));
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('max') && this.max && !this.maxCount)
      devWarn(this, `max ${quote(this.max)} is not a whole number from 1; there is no maximum.`);
    if (!this.label) devWarn(this, 'needs a label that names one item ("Persoon").');
  }

  protected override updated(changed: PropertyValues): void {
    this.sync();
    super.updated(changed);
  }

  /** Numbers the legends, puts a remove button in every item but the first and the add button after them. */
  private sync(): void {
    const s = this.state;
    this.items.forEach((item, i) => {
      item.classList.add('polder-add-another__item');
      if (item.localName === 'polder-fieldset') item.setAttribute('legend', itemName(s, i));
      else {
        let legend = item.querySelector(':scope > legend');
        if (!legend) {
          legend = document.createElement('legend');
          legend.className = 'polder-fieldset__legend polder-add-another__legend';
          item.prepend(legend);
        }
        legend.textContent = itemName(s, i);
        legend.setAttribute('tabindex', '-1');
      }
      // A polder-fieldset moves the button among its fields: it is updated in place, never replaced.
      const old = [...item.querySelectorAll<HTMLButtonElement>('.polder-add-another__remove')].find(
        (b) => b.closest('polder-add-another') === this,
      );
      const next = i ? (elementsOf(removeButtonTemplate(s, i))[0] as HTMLButtonElement) : undefined;
      if (!next) old?.remove();
      else if (!old) item.append(next);
      else {
        old.value = next.value;
        old.replaceChildren(...next.childNodes);
      }
    });
    const [actions, status] = elementsOf(actionsTemplate(s));
    put(this, this.querySelector(':scope > .polder-add-another__actions'), actions);
    if (!this.querySelector(':scope > .polder-add-another__status')) this.append(status);
  }
}
