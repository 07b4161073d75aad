import { devWarn } from '../dev/warn.js';
import { removeUnsafeUrl } from '../url/safe-url.js';
import { LightElement } from '../light-element/light-element.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './summary-list.styles.js';
import { keyForAction } from './summary-list.template.js';

const KEY_CLASS = 'polder-summary-list__action-key';

/**
 * A summary of answers, for example before a user sends a form ("check your answers"). It wraps a native
 * `<dl>` in its light DOM — a `<dl>` split across a shadow boundary would lose its list semantics — and
 * styles it through the public classes, which it adds itself. Each row is a `<div>` with a `<dt>` (the key),
 * a `<dd>` (the value) and optionally a last `<dd>` with action links or buttons. Every action gets its row's
 * key as visually hidden text, so "Wijzigen" is read as "Wijzigen naam". An action with its own visually
 * hidden text or an `aria-label` is left alone. Content that changes later is followed.
 *
 * @summary Shows a user's answers as key–value rows with actions such as "Wijzigen".
 * @status beta
 *
 * @slot - A `<dl>`: `<div>` rows of `<dt>`, `<dd>` and an optional `<dd>` of action links.
 *
 * @csspart - The list has no shadow DOM: style it through the public classes `.polder-summary-list`,
 *   `.polder-summary-list__row`, `.polder-summary-list__key`, `.polder-summary-list__value`,
 *   `.polder-summary-list__actions`.
 *
 * @cssprop --polder-summary-list-border-color - Line between rows.
 * @cssprop --polder-summary-list-key-font-weight - Weight of the keys.
 * @cssprop --polder-summary-list-action-color - Colour of action links.
 */
export class PolderSummaryList extends LightElement {
  static override observeContent: MutationObserverInit = { childList: true, subtree: true, characterData: true };

  static override styles = [visuallyHidden, styles];

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    const list = this.querySelector(':scope > dl');
    if (!list) {
      devWarn(this, 'expects a <dl> child with <div> rows of <dt> and <dd>.');
      return;
    }
    list.classList.add('polder-summary-list');
    for (const row of list.querySelectorAll(':scope > div')) {
      row.classList.add('polder-summary-list__row');
      const key = row.querySelector(':scope > dt');
      key?.classList.add('polder-summary-list__key');
      const values = [...row.querySelectorAll(':scope > dd')];
      const last = values.at(-1);
      const actions = values.length > 1 && last?.querySelector('a, button') ? last : undefined;
      for (const dd of values)
        dd.classList.add(dd === actions ? 'polder-summary-list__actions' : 'polder-summary-list__value');
      if (actions && key) this.name(actions, keyForAction(key.textContent ?? ''));
    }
  }

  /** Adds (or updates) the row's key as visually hidden text at the end of each action. */
  private name(actions: Element, key: string): void {
    for (const action of actions.querySelectorAll('a, button')) {
      removeUnsafeUrl(this, action);
      let hidden = action.querySelector(`:scope > .${KEY_CLASS}`);
      // The author named the action already: leave it as written.
      if (!hidden && (action.hasAttribute('aria-label') || action.querySelector('.polder-visually-hidden'))) continue;
      if (!hidden) {
        hidden = document.createElement('span');
        hidden.className = `polder-visually-hidden ${KEY_CLASS}`;
        action.append(hidden);
      }
      const text = ` ${key}`;
      if (hidden.textContent !== text) hidden.textContent = text;
    }
  }
}
