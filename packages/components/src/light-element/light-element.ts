import { ReactiveElement } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';

/**
 * Base of the elements that work on their own light DOM instead of a shadow root: the form elements (native
 * controls must be in the form's tree) and the content elements whose semantics live in light-DOM children
 * (`<dl>`, `<ol>`, `<table>`). The component's stylesheet (`static styles`) is adopted into the root node the
 * element lives in, once. With `static observeContent`, content that a script or framework changes later
 * requests an update; what the element changes itself while updating does not.
 */
export class LightElement extends ReactiveElement {
  /** What content changes to react to (MutationObserver options); none by default. */
  static observeContent?: MutationObserverInit;

  private contentObserver?: MutationObserver;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const ctor = this.constructor as typeof LightElement;
    adoptStyles(this, ...ctor.elementStyles);
    if (ctor.observeContent && typeof MutationObserver !== 'undefined') {
      this.contentObserver ??= new MutationObserver(() => this.requestUpdate());
      this.contentObserver.observe(this, ctor.observeContent);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.contentObserver?.disconnect();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // The element's own changes during the update are not content changes.
    this.contentObserver?.takeRecords();
  }
}
