import { LitElement, type PropertyValues } from 'lit';
import { Localize } from '../localize/localize.js';
import { devWarn, quote } from '../dev/warn.js';
import { safeUrl } from '../url/safe-url.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './pagination.styles.js';
import {
  clampPages,
  MAX_PAGES,
  paginationStrings,
  paginationTemplate,
  type PaginationStrings,
} from './pagination.template.js';

/**
 * Links to the pages of a long list (search results, messages): previous, next, the first and the last page and
 * the current one with its neighbours, with an ellipsis for the rest. Every target is a real `<a href>` built
 * from `href-template`, so it works as plain links, without JavaScript and when rendered on the server
 * (declarative shadow DOM). It is a `navigation` landmark named "Paginering" ("Pagination" in English); the
 * current page has `aria-current="page"`.
 *
 * @summary Moves between the pages of a long list with real links.
 * @status beta
 *
 * @csspart nav - The navigation landmark.
 * @csspart list - The list of page numbers.
 * @csspart link - Every link; also `previous`, `next` and `current`.
 *
 * @cssprop --polder-pagination-link-color - Text colour of the links.
 * @cssprop --polder-pagination-link-hover-background-color - Background of a link on hover.
 * @cssprop --polder-pagination-current-background-color - Background of the current page.
 * @cssprop --polder-pagination-current-color - Text colour of the current page.
 * @cssprop --polder-pagination-link-min-block-size - Height of a link, at least the 24px target size.
 */
export class PolderPagination extends LitElement {
  static override styles = [visuallyHidden, styles];
  static override properties = {
    current: { type: Number, reflect: true },
    total: { type: Number },
    hrefTemplate: { attribute: 'href-template' },
    strings: { attribute: false },
  };

  /** The current page, 1-based. */
  current = 1;

  /** The number of pages. With fewer than two, nothing is shown. */
  total = 0;

  /** The URL of a page with `{page}` for its number, e.g. `?pagina={page}` or `/zoeken/{page}`. */
  hrefTemplate = '?pagina={page}';

  /** Per-instance overrides of built-in strings, e.g. `{ label: 'Zoekresultaten, paginering' }`. */
  strings: Partial<PaginationStrings> = {};

  private readonly localize = new Localize(this, 'pagination', paginationStrings, () => this.strings);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const template = this.hrefTemplate ?? '';
    safeUrl(template.replaceAll('{page}', '1'), this, 'href-template'); // warns; the template leaves it out
    if (!template.includes('{page}'))
      devWarn(this, `href-template ${quote(template)} has no {page}: every link would go to the same page.`);
    const shown = clampPages(this.current, this.total);
    if (shown.total !== this.total)
      devWarn(
        this,
        `total ${quote(String(this.total))} is not a page count from 0 to ${MAX_PAGES}; using ${shown.total}.`,
      );
    else if (this.total >= 1 && shown.current !== this.current)
      devWarn(
        this,
        `current ${quote(String(this.current))} is outside 1…${this.total}; showing page ${shown.current}.`,
      );
  }

  protected override render() {
    const t = this.localize;
    return paginationTemplate({
      current: this.current,
      total: this.total,
      hrefTemplate: this.hrefTemplate,
      label: t.t('label'),
      previous: t.t('previous'),
      next: t.t('next'),
      pageContext: t.t('pageContext'),
      page: t.t('page'),
    });
  }
}
