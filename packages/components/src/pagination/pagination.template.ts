import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';

/** The built-in strings of the pagination; the element localises them, the server passes them in. */
export type PaginationStrings = {
  /** The name of the navigation landmark. */
  label: string;
  previous: string;
  next: string;
  /** Visually hidden after "Vorige"/"Volgende", so the link reads "Vorige pagina". */
  pageContext: string;
  /** Visually hidden before a number, so the link reads "Pagina 3". */
  page: string;
};

export interface PaginationState extends PaginationStrings {
  /** The current page, 1-based. */
  current: number;
  /** The number of pages. */
  total: number;
  /** The URL of a page, with `{page}` for its number: `?pagina={page}`. */
  hrefTemplate: string;
}

export const paginationStrings: Record<'nl' | 'en', PaginationStrings> = {
  nl: { label: 'Paginering', previous: 'Vorige', next: 'Volgende', pageContext: 'pagina', page: 'Pagina' },
  en: { label: 'Pagination', previous: 'Previous', next: 'Next', pageContext: 'page', page: 'Page' },
};

/** The most pages a pagination shows: a larger `total` (`1e400` is Infinity) is clamped to it. */
export const MAX_PAGES = 1_000_000;

/**
 * The page count and current page to show: whole numbers, `total` within 0…MAX_PAGES and `current` within
 * 1…total; anything that is not a number (`NaN`) counts as 0 pages or page 1.
 */
export function clampPages(current: number, total: number): { current: number; total: number } {
  const pages = Math.min(MAX_PAGES, Math.max(0, Math.floor(Number(total)) || 0));
  return { total: pages, current: Math.min(pages, Math.max(1, Math.floor(Number(current)) || 1)) };
}

/**
 * The URL of `page`: every `{page}` in the template replaced by its number; `undefined` for a script URL
 * (`javascript:`), so the link renders without `href` (see `safeUrl`).
 */
export function pageHref(hrefTemplate: string, page: number): string | undefined {
  return safeUrl((hrefTemplate ?? '').replaceAll('{page}', String(page)));
}

/**
 * The page numbers to show: the first, the last and the current one with its neighbours; `0` stands for a gap
 * (an ellipsis). A gap of exactly one page shows that page instead, since "…" would hide nothing.
 */
export function pageItems(current: number, total: number): number[] {
  const shown = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  const items: number[] = [];
  for (const n of shown) {
    const last = items[items.length - 1];
    if (last !== undefined && n - last === 2) items.push(last + 1);
    else if (last !== undefined && n - last > 2) items.push(0);
    items.push(n);
  }
  return items;
}

const arrow = (d: string) =>
  html`<svg class="polder-pagination__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d=${d}></path>
  </svg>`;

/**
 * The pagination's markup: the shadow content of `<polder-pagination>` and, as it is, the class-based markup
 * for pages without JavaScript. Numbers outside 1…total are clamped; with fewer than two pages it is empty.
 */
export function paginationTemplate(s: PaginationState) {
  const { current, total } = clampPages(s.current, s.total);
  if (total < 2) return nothing;
  const hidden = (text: string) => html`<span class="polder-visually-hidden">${text}</span>`;
  return html`<nav class="polder-pagination" part="nav" aria-label=${s.label}>
    ${
      current > 1
        ? html`<a
            class="polder-pagination__link polder-pagination__link--previous"
            part="link previous"
            href=${ifDefined(pageHref(s.hrefTemplate, current - 1))}
            rel="prev"
            >${arrow('M15.4 7.4 14 6l-6 6 6 6 1.4-1.4L10.8 12z')}<span
              >${s.previous}${hidden(` ${s.pageContext}`)}</span
            ></a
          >`
        : nothing
    }
    <ul class="polder-pagination__list" part="list">
      ${pageItems(current, total).map((n) =>
        n === 0
          ? html`<li class="polder-pagination__item polder-pagination__item--ellipsis">…</li>`
          : html`<li class="polder-pagination__item${n === current ? ' polder-pagination__item--current' : ''}">
              <a
                class="polder-pagination__link${n === current ? ' polder-pagination__link--current' : ''}"
                part=${n === current ? 'link current' : 'link'}
                href=${ifDefined(pageHref(s.hrefTemplate, n))}
                aria-current=${ifDefined(n === current ? 'page' : undefined)}
                >${hidden(`${s.page} `)}${n}</a
              >
            </li>`,
      )}
    </ul>
    ${
      current < total
        ? html`<a
            class="polder-pagination__link polder-pagination__link--next"
            part="link next"
            href=${ifDefined(pageHref(s.hrefTemplate, current + 1))}
            rel="next"
            ><span>${s.next}${hidden(` ${s.pageContext}`)}</span>${arrow('M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z')}</a
          >`
        : nothing
    }
  </nav>`;
}
