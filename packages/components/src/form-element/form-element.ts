import { AdoptingElement } from '../light-element/adopting-element.js';
import type { Message } from '../localize/localize.js';

/**
 * What an attribute's property returns when the attribute is absent: a string (or `undefined`) for a string
 * attribute, `false` for a boolean attribute (present: `true`).
 */
type Fallback = string | boolean | undefined;

/**
 * Base of Polder's form elements (the button and every form field, through `Field`).
 *
 * They render native elements into their own light DOM, not a shadow root: only then does a control have a
 * form owner, so forms submit, validate, reset, autofill and restore natively, also before and without
 * JavaScript. Everything else comes from `AdoptingElement`: render with Lit, adopt markup that is already
 * there, keep native controls in `NativeControl`s.
 *
 * Their attributes' properties are accessors over the attributes, as a native element's are (`attributeProperties`):
 * a property reads its attribute, setting it sets the attribute, and a change of the attribute updates the element.
 * Lit's reactive properties would cost every element on a page when it is made: each default set through a setter
 * and kept twice (the value and the change), and every property read at the first update. So they are not Lit's,
 * and a value set before the element was defined is handed over here, as Lit does for its own.
 */
export abstract class FormElement<Strings extends object = Record<string, Message<never>>> extends AdoptingElement {
  /** The properties over attributes: attribute name → [property, fallback] (each class has its own, with its parent's). */
  private static attributeMap = new Map<string, [property: string, fallback: Fallback]>();

  /**
   * Defines on the class, for each entry, a property that reads and sets an attribute, as a native element's do:
   * `{ label: '' }` is a string attribute `label` whose property is '' when the attribute is absent (setting
   * `undefined` or `null` removes it); `{ required: false }` a boolean attribute; `{ labelAsHeading:
   * ['label-as-heading', false] }` names the attribute. Declare the properties with `declare` (an initializer
   * would set the attribute while the element is made, which throws).
   */
  static attributeProperties(properties: Record<string, Fallback | [attribute: string, fallback: Fallback]>): void {
    const map = (this.attributeMap = new Map(this.attributeMap));
    for (const [property, spec] of Object.entries(properties)) {
      const [name, fallback] = Array.isArray(spec) ? spec : [property, spec];
      map.set(name, [property, fallback]);
      Object.defineProperty(this.prototype, property, {
        get(this: HTMLElement) {
          return fallback === false ? this.hasAttribute(name) : (this.getAttribute(name) ?? fallback);
        },
        set(this: HTMLElement, value: unknown) {
          if (fallback !== false && value != null) this.setAttribute(name, value as string);
          else this.toggleAttribute(name, !!value);
        },
      });
    }
  }

  /**
   * Attributes without a property that are passed to the native controls as they are: observed (a change updates
   * the element) and read with `getAttribute` (a field's `attr()` and `num()`).
   */
  static nativeAttributes: string[] = [];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...this.attributeMap.keys(), ...this.nativeAttributes];
  }

  /** Per-instance overrides of built-in strings, e.g. `{ valueMissing: 'Vul uw e-mailadres in' }`. */
  get strings(): Strings {
    return (this.#strings ??= {} as Strings);
  }
  set strings(value: Strings) {
    const old = this.#strings;
    this.#strings = value;
    this.requestUpdate('strings', old);
  }
  #strings?: Strings;

  override connectedCallback(): void {
    // A property set before the element was defined (upgraded) is the element's own and hides the accessor: hand it
    // over, before the first update.
    if (!this.hasUpdated) {
      for (const [name] of [...(this.constructor as typeof FormElement).attributeMap.values(), ['strings']]) {
        if (Object.hasOwn(this, name)) {
          const value = this[name as keyof this];
          delete this[name as keyof this];
          this[name as keyof this] = value;
        }
      }
    }
    super.connectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const ctor = this.constructor as typeof FormElement;
    const [property, fallback] = ctor.attributeMap.get(name) ?? [];
    if (!property && !ctor.nativeAttributes.includes(name)) super.attributeChangedCallback(name, old, value);
    // Before the element is first connected its first update is still to come, and reads every attribute: an
    // upgrade (one call per attribute in the markup) costs nothing here. requestUpdate compares the property (the
    // attribute now) with the value it had.
    else if (this.renderRoot)
      this.requestUpdate(property, property && (fallback === false ? old !== null : (old ?? fallback)));
  }
}
