import { html, nothing } from 'lit';

/** Everything the footer's markup depends on; the element and the server fill it the same way. */
export interface FooterState {
  /** The name of the links' navigation landmark ("Over deze website"). */
  label: string;
  /** The organisation behind the service, shown as the last line. */
  organisation?: string;
}

export interface FooterContent {
  content?: unknown;
  links?: unknown;
}

/**
 * The shadow markup of `<polder-footer>`. The landmark role is explicit: a `<footer>` inside a shadow root is not a
 * `contentinfo` landmark by itself.
 */
export function footerTemplate(s: FooterState, c: FooterContent = {}) {
  const { content = html`<slot name="content"></slot>`, links = html`<slot></slot>` } = c;
  return html`<footer class="polder-footer" role="contentinfo" part="footer">
    <div class="polder-footer__inner">
      <div class="polder-footer__content" part="content">${content}</div>
      <nav class="polder-footer__navigation" part="navigation" aria-label=${s.label}>
        <div class="polder-footer__list" part="list">${links}</div>
      </nav>
      ${
        s.organisation
          ? html`<p class="polder-footer__organisation" part="organisation">${s.organisation}</p>`
          : nothing
      }
    </div>
  </footer>`;
}
