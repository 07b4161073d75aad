import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

export interface TableColumn {
  label: string;
  /** Numbers: aligned to the end, with figures of equal width. */
  numeric?: boolean;
}

export interface TableState {
  /** Gives the caption the id `<id>-caption`, which names the scroll region. */
  id?: string;
  caption: string;
  columns: TableColumn[];
  rows: unknown[][];
  /** The first cell of each row is its header (`<th scope="row">`). */
  rowHeaders?: boolean;
}

const cellClass = (column?: TableColumn) => (column?.numeric ? 'polder-table__cell--numeric' : undefined);

/** A native `<table>` with the public classes: caption, a head row and body rows. Text is always escaped. */
export function tableTemplate(s: TableState) {
  return html`<table class="polder-table">
    <caption id=${ifDefined(s.id ? `${s.id}-caption` : undefined)}>
      ${s.caption}
    </caption>
    <thead>
      <tr>
        ${s.columns.map((c) => html`<th scope="col" class=${ifDefined(cellClass(c))}>${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${s.rows.map(
        (row) =>
          html`<tr>
            ${row.map((cell, i) =>
              i === 0 && s.rowHeaders
                ? html`<th scope="row" class=${ifDefined(cellClass(s.columns[i]))}>${cell}</th>`
                : html`<td class=${ifDefined(cellClass(s.columns[i]))}>${cell}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The whole element for server rendering. Without JavaScript nobody can measure whether the table is too wide,
 * so the server makes it a keyboard-scrollable, named region; the element drops that when the table fits.
 */
export function renderTable(s: TableState & ExtraAttributes) {
  return withExtraAttributes(
    'polder-table',
    s,
    html`<polder-table
      role="region"
      tabindex="0"
      aria-labelledby=${ifDefined(s.id ? `${s.id}-caption` : undefined)}
      aria-label=${ifDefined(s.id ? undefined : s.caption)}
      >${tableTemplate(s)}</polder-table
    >`,
  );
}
