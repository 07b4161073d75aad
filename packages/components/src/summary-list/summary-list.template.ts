import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** One action of a row, e.g. `{ href: '/naam', text: 'Wijzigen' }`. A script URL is not rendered (see `safeUrl`). */
export interface SummaryListAction {
  href: string;
  text: string;
}

/** One row: the key (question), the value (answer) and optional actions. */
export interface SummaryListRow {
  key: string;
  value: unknown;
  actions?: SummaryListAction[];
}

/**
 * The key as it is read after an action's text: "Naam" makes "Wijzigen naam". The first letter goes lower
 * case unless the first word is an abbreviation ("BSN", "IBAN"), which keeps its capitals.
 */
export function keyForAction(key: string): string {
  const text = key.replace(/\s+/g, ' ').trim();
  const first = text.split(' ')[0];
  if (first.length > 1 && first === first.toUpperCase() && first !== first.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const action = (a: SummaryListAction, key: string) =>
  html`<a href=${ifDefined(safeUrl(a.href, 'polder-summary-list'))}
    >${a.text}<span class="polder-visually-hidden polder-summary-list__action-key"> ${keyForAction(key)}</span></a
  >`;

/**
 * The `<dl>` of a summary list with the public classes, each action link carrying its row's key as visually
 * hidden text. Used by the server (and by pages without JavaScript); `<polder-summary-list>` adopts it as is.
 */
export function summaryListTemplate(rows: SummaryListRow[]) {
  return html`<dl class="polder-summary-list">
    ${rows.map(
      (row) =>
        html`<div class="polder-summary-list__row">
          <dt class="polder-summary-list__key">${row.key}</dt>
          <dd class="polder-summary-list__value">${row.value}</dd>
          ${
            row.actions?.length
              ? html`<dd class="polder-summary-list__actions">
                  ${
                    row.actions.length === 1
                      ? action(row.actions[0], row.key)
                      : html`<ul>
                          ${row.actions.map((a) => html`<li>${action(a, row.key)}</li>`)}
                        </ul>`
                  }
                </dd>`
              : nothing
          }
        </div>`,
    )}
  </dl>`;
}

/** The whole element for server rendering: `<polder-summary-list>` with its `<dl>` inside. */
export function renderSummaryList(rows: SummaryListRow[], extra: ExtraAttributes = {}) {
  return withExtraAttributes(
    'polder-summary-list',
    extra,
    html`<polder-summary-list>${summaryListTemplate(rows)}</polder-summary-list>`,
  );
}
