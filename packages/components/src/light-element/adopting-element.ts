import { render, type PropertyValues } from 'lit';
import { LightElement } from './light-element.js';

/**
 * Base of the light-DOM elements that render their markup with Lit and adopt markup that is already there
 * (server-rendered or hand-written) instead of replacing it: the form elements (`FormElement`), and links,
 * link lists and the error summary, whose semantics must live in the page's own tree.
 *
 * The component's stylesheet (`static styles`) is adopted into the root node the element lives in, once.
 * Subclasses return their markup from `render()`, built from the same template function that the server uses,
 * and keep their native elements (`<a>`, `<button>`, `<input>`) in `NativeControl`s so that adopted markup is
 * never replaced.
 */
export abstract class AdoptingElement extends LightElement {
  /**
   * The element's light-DOM markup. Nodes it keeps (its native controls, the user's content) are values in it.
   * `undefined`: the element places its few nodes itself (the button: its native control and nothing else), so
   * nothing is rendered and no markers are added.
   */
  protected abstract render(): unknown;

  /**
   * Runs once, before the first render, while the markup that was already there is still in place:
   * adopt native controls and take the user's content here. Whatever is left afterwards (server-rendered
   * labels, hints, errors) is removed, because `render()` draws it again.
   */
  protected abstract adopt(): void;

  protected override update(changed: PropertyValues): void {
    const first = !this.hasUpdated;
    if (first) this.adopt();
    const content = this.render();
    super.update(changed);
    if (content === undefined) return;
    // Moving a kept node blurs a focused control: the first render moves them out of the markup that was there, and
    // a template of another shape (a label that becomes the page heading) moves them into its own. So focus and
    // selection are put back: updating never interrupts someone typing.
    const active = document.activeElement;
    const field = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active : undefined;
    const selection = field ? ([field.selectionStart, field.selectionEnd] as const) : undefined;
    // Nodes that render() did not take over are leftovers of earlier markup.
    if (first) for (const node of [...this.childNodes]) node.remove();
    render(content, this, { host: this });
    if (active instanceof HTMLElement && active !== document.activeElement && this.contains(active)) {
      active.focus({ preventScroll: true });
      if (field && selection && selection[0] !== null) {
        try {
          field.setSelectionRange(selection[0], selection[1]);
        } catch {
          // Some input types (email, number) have no selection API.
        }
      }
    }
  }
}
