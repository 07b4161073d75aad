import { nothing, type TemplateResult } from 'lit';

/** One attribute binding of a control template: `name=${…}` (or several values in one quoted value), `?name=${…}`. */
interface Binding {
  name: string;
  boolean: boolean;
  /** The attribute's text around its values (one more than `values`). */
  strings: string[];
  /** The indexes of its values in the template's values. */
  values: number[];
}

/** What a control template's root element looks like, worked out once per template. */
interface Recipe {
  tag: string;
  /** Attributes written out in the template. */
  fixed: [string, string][];
  bindings: Binding[];
}

const recipes = new WeakMap<TemplateStringsArray, Recipe>();
const attributeNames = (recipe: Recipe) => [
  ...recipe.fixed.map(([name]) => name),
  ...recipe.bindings.map((b) => b.name),
];

/** A binding's bit in `managed` (templates bind far fewer than 31 attributes; later ones count as managed). */
const bit = (i: number) => (i < 31 ? 1 << i : 0);
const MARK = '\u0001';

/**
 * Parses one start tag (`<input type="text" ?disabled="…">`) as the HTML parser reads its attributes: names
 * lower-cased, quoted and unquoted values. It works on the template's own text, so it needs no HTML sink: a page
 * that enforces Trusted Types (and allows only Lit's policy) upgrades form elements as any other page does.
 * Control templates write no character references in their start tags, so none are decoded.
 */
function parseStartTag(tag: string): { localName: string; attributes: [string, string][] } {
  const start = /^\s*<([a-zA-Z][^\s/>]*)/.exec(tag);
  if (!start) throw new Error('A native control template must render one element.');
  const attributes: [string, string][] = [];
  const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|>/g;
  attribute.lastIndex = start[0].length;
  for (let m = attribute.exec(tag); m && m[0] !== '>'; m = attribute.exec(tag))
    attributes.push([m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']);
  return { localName: start[1].toLowerCase(), attributes };
}

/**
 * Reads the root element's start tag of a Lit template: its tag name, its fixed attributes and its attribute
 * bindings, read as the HTML parser reads them (as Lit reads a template), once per template.
 */
function recipeOf(strings: TemplateStringsArray): Recipe {
  let recipe = recipes.get(strings);
  if (recipe) return recipe;
  let tag = '';
  let quote = '';
  let ended = false;
  for (let i = 0; i < strings.length && !ended; i++) {
    const s = strings[i];
    let j = 0;
    for (; j < s.length; j++) {
      const c = s[j];
      if (quote) quote = c === quote ? '' : quote;
      else if (c === '"' || c === "'") quote = c;
      else if (c === '>') {
        ended = true;
        break;
      }
    }
    tag += s.slice(0, j + 1);
    // A binding in the start tag: unquoted `name=${…}` gets quotes, so a value can never end the tag.
    if (!ended && i < strings.length - 1) tag += quote ? MARK : `"${MARK}"`;
  }
  const root = parseStartTag(tag);
  recipe = { tag: root.localName, fixed: [], bindings: [] };
  let index = 0;
  for (const [name, value] of root.attributes) {
    if (!value.includes(MARK)) {
      recipe.fixed.push([name, value]);
      continue;
    }
    const parts = value.split(MARK);
    if (name[0] === '.' || name[0] === '@') {
      throw new Error(`A native control template binds attributes only, not ${name}.`);
    }
    const boolean = name[0] === '?';
    recipe.bindings.push({
      name: boolean ? name.slice(1) : name,
      boolean,
      strings: parts,
      values: parts.slice(1).map(() => index++),
    });
  }
  recipes.set(strings, recipe);
  return recipe;
}

/**
 * A native control (`<button>`, `<input>`, `<select>`, …) that a form element keeps for its whole life.
 *
 * The control is either adopted from markup that is already there (server-rendered or hand-written) or
 * created; either way it is never replaced, so what the user typed, the browser's restored value, focus and
 * autofill stay. Its attributes come from the same template function the server renders: the attributes of
 * the template's root element are set on the control as Lit sets them (a value that is `nothing` removes
 * the attribute, `?name` toggles it), without rendering the template. Attributes the template does not name
 * (a hand-written `data-*`, say) are left alone; the template's content is not used (the element places
 * the control's content itself).
 */
export class NativeControl<E extends HTMLElement = HTMLElement> {
  node: E;
  private recipe: Recipe;
  /** Which of the recipe's bound attributes this control has set (one bit each): only those are ever removed. */
  private managed = 0;

  constructor(existing: E | null | undefined, template: TemplateResult) {
    const recipe = (this.recipe = recipeOf(template.strings));
    this.node = existing ?? (document.createElement(recipe.tag) as E);
    this.apply(recipe, template.values, !existing);
  }

  /** Brings the control's attributes in line with `template`; swaps the element only when its tag changes. */
  sync(template: TemplateResult): void {
    const recipe = recipeOf(template.strings);
    let created = false;
    if (recipe.tag !== this.node.localName) {
      const next = document.createElement(recipe.tag) as E;
      next.append(...this.node.childNodes);
      this.node.replaceWith(next);
      this.node = next;
      created = true;
      this.managed = 0;
    } else if (recipe !== this.recipe) {
      // Another template for the same element: what only the previous one names goes, the rest is managed.
      const names = attributeNames(recipe);
      for (const name of attributeNames(this.recipe)) if (!names.includes(name)) this.node.removeAttribute(name);
      this.managed = 0x7fffffff;
    }
    this.recipe = recipe;
    this.apply(recipe, template.values, created);
  }

  private apply(recipe: Recipe, values: readonly unknown[], created: boolean): void {
    const node = this.node;
    for (const [name, value] of recipe.fixed) {
      if (created || node.getAttribute(name) !== value) node.setAttribute(name, value);
    }
    recipe.bindings.forEach(({ name, boolean, strings, values: at }, index) => {
      let value: string | undefined = strings[0];
      if (boolean) value = values[at[0]] && values[at[0]] !== nothing ? '' : undefined;
      else {
        for (let i = 0; i < at.length && value !== undefined; i++) {
          const v = values[at[i]];
          value = v === nothing ? undefined : value + String(v ?? '') + strings[i + 1];
        }
      }
      if (value === undefined) {
        // Left alone unless this control set it: an attribute of hand-written markup stays.
        if (index >= 31 || this.managed & bit(index)) {
          node.removeAttribute(name);
          this.managed &= ~bit(index);
        }
      } else {
        this.managed |= bit(index);
        if (boolean ? !node.hasAttribute(name) : created || node.getAttribute(name) !== value) {
          node.setAttribute(name, value);
        }
      }
    });
  }
}
