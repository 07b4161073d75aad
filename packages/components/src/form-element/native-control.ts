import { render, type TemplateResult } from 'lit';

/**
 * A native control (`<button>`, `<input>`, `<select>`, …) that a form element keeps for its whole life.
 *
 * The control is either adopted from markup that is already there (server-rendered or hand-written) or
 * created; either way it is never replaced, so what the user typed, the browser's restored value, focus and
 * autofill stay. Its attributes come from the same template function the server renders: the template is
 * rendered into a detached twin and the twin's attributes are copied over. Attributes the template never set
 * (a hand-written `data-*`, say) are left alone.
 */
export class NativeControl<E extends HTMLElement = HTMLElement> {
  node: E;
  private readonly scratch = document.createDocumentFragment();
  private readonly managed = new Set<string>();

  constructor(existing: E | null | undefined, template: TemplateResult) {
    const twin = this.twin(template);
    this.node = existing ?? (document.createElement(twin.localName) as E);
    this.copy(twin);
  }

  /** Brings the control's attributes in line with `template`; swaps the element only when its tag changes. */
  sync(template: TemplateResult): void {
    const twin = this.twin(template);
    if (twin.localName !== this.node.localName) {
      const next = document.createElement(twin.localName) as E;
      next.append(...this.node.childNodes);
      this.node.replaceWith(next);
      this.node = next;
      this.managed.clear();
    }
    this.copy(twin);
  }

  private twin(template: TemplateResult): Element {
    render(template, this.scratch);
    const twin = this.scratch.firstElementChild;
    if (!twin) throw new Error('A native control template must render one element.');
    return twin;
  }

  private copy(twin: Element): void {
    for (const { name, value } of twin.attributes) {
      if (this.node.getAttribute(name) !== value) this.node.setAttribute(name, value);
      this.managed.add(name);
    }
    for (const name of this.managed) {
      if (!twin.hasAttribute(name)) {
        this.node.removeAttribute(name);
        this.managed.delete(name);
      }
    }
  }
}
