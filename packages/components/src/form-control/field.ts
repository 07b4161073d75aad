import { FormElement } from '../form-element/form-element.js';
import { Localize, type Message } from '../localize/localize.js';
import { filled, type FieldState } from './field.template.js';

type Vars = { name: string; Name: string; min: string; max: string };
const between = (n: string, one: string, other: string) => (v: Vars, p: Intl.PluralRules) =>
  p.select(Number(v[n as keyof Vars])) === 'one' ? one : other;

/** Polder's own validation messages (GOV.UK wording). `{name}` is the label, starting lower case. */
export const validationStrings = {
  nl: {
    errorPrefix: 'Fout:',
    valueMissing: 'Vul uw {name} in',
    selectMissing: 'Kies uw {name}',
    typeMismatch: 'Vul {name} in het juiste formaat in',
    email: 'Vul een e-mailadres in het juiste formaat in, zoals naam@voorbeeld.nl',
    url: 'Vul een webadres in het juiste formaat in, zoals https://www.voorbeeld.nl',
    badInput: '{Name} moet een getal zijn',
    tooShort: between(
      'min',
      '{Name} moet minstens {min} teken lang zijn',
      '{Name} moet minstens {min} tekens lang zijn',
    ),
    tooLong: between('max', '{Name} mag maximaal {max} teken lang zijn', '{Name} mag maximaal {max} tekens lang zijn'),
    patternMismatch: 'Vul {name} in het juiste formaat in',
    rangeUnderflow: '{Name} moet {min} of meer zijn',
    rangeOverflow: '{Name} moet {max} of minder zijn',
    stepMismatch: 'Vul een geldige waarde in voor {name}',
  } as Record<string, Message<Vars>>,
  en: {
    errorPrefix: 'Error:',
    valueMissing: 'Enter your {name}',
    selectMissing: 'Select your {name}',
    typeMismatch: 'Enter {name} in the correct format',
    email: 'Enter an email address in the correct format, like name@example.com',
    url: 'Enter a web address in the correct format, like https://www.example.com',
    badInput: '{Name} must be a number',
    tooShort: between('min', '{Name} must be {min} character or more', '{Name} must be {min} characters or more'),
    tooLong: between('max', '{Name} must be {max} character or fewer', '{Name} must be {max} characters or fewer'),
    patternMismatch: 'Enter {name} in the correct format',
    rangeUnderflow: '{Name} must be {min} or more',
    rangeOverflow: '{Name} must be {max} or less',
    stepMismatch: 'Enter a valid {name}',
  } as Record<string, Message<Vars>>,
};

/**
 * What `polder-error-summary` needs from a field: every field built on `Field` implements it, and anything
 * else can (the summary looks for `errorMessage` on the nearest ancestor of an invalid native control).
 */
export interface ErrorSummaryTarget {
  /** The message shown now ('' when none). */
  readonly errorMessage: string;
  /** Where focus goes from a summary link (and `focus()`): a native control. */
  readonly focusTarget: HTMLElement | undefined;
  /** What the summary scrolls into view: the label, or a group's `<legend>`. */
  readonly labelElement: HTMLElement | null;
}

/** A native control a field keeps. */
export type NativeField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

let counter = 0;

/**
 * The one id helper of fields and options: the id `existing` markup already has (server-rendered or
 * hand-written, so links to it keep working), else `<host id>-<suffix>`, else a generated id that cannot
 * clash with one a server generated (`polder-<suffix>-<random><n>`).
 */
export function fieldId(host: Element, suffix: string, existing?: string | null): string {
  if (existing) return existing;
  if (host.id) return `${host.id}-${suffix}`;
  return `polder-${suffix}-${Math.random().toString(36).slice(2, 7)}${++counter}`;
}

/** The children of `host` marked `slot="<name>"`, or `undefined` when there are none. */
export function slottedNodes(host: Element, name: string): Node[] | undefined {
  if (!host.firstElementChild) return undefined;
  const nodes = [...host.querySelectorAll(`:scope > [slot="${name}"]`)];
  return nodes.length ? nodes : undefined;
}

/**
 * The follow-up question of a choice (conditional reveal): its `slot="conditional"` children, or the content of
 * `.<block>__conditional` in adopted markup (server-rendered or hand-written); `undefined` when there is none.
 */
export function conditionalNodes(host: Element, block: string): Node[] | undefined {
  const box = host.querySelector(`.${block}__conditional`);
  return slottedNodes(host, 'conditional') ?? (box ? [...box.childNodes] : undefined);
}

/** True when `control` belongs to the follow-up question of a choice, not to the choice or group itself. */
export const inConditional = (control: Element): boolean =>
  !!control.closest('.polder-radio__conditional, .polder-checkbox__conditional, [slot="conditional"]');

/**
 * The one field foundation: the base of every Polder form field, with one native control (`FormControl`) or a
 * fieldset of them (`FieldsetField`). Light DOM, native controls only. It owns:
 * - `label`, `hint`, `error`, `name`, `required`, `disabled` and `strings` (per-instance string overrides);
 * - `slot="label" | "hint" | "error"` children, adopted into `slotted` before the first render;
 * - the submit attempt: an `invalid` event of one of its native controls (a submit, `checkValidity()`,
 *   `reportValidity()`) cancels the browser's bubble and shows Polder's message (`currentError()`), which then
 *   follows every `input` and `change`;
 * - the form's `reset`, heard on the root node (document or shadow root, where a form in a shadow root fires
 *   it): the message goes and `formReset()` runs, after the values are back to their defaults;
 * - the error summary contract (`ErrorSummaryTarget`) and `focus()`.
 * Subclasses name their native controls (`nativeControls`), set `baseId` in `adopt()` (with `fieldId`), and
 * render with `fieldState` and the templates in `field.template.ts`.
 */
export abstract class Field extends FormElement implements ErrorSummaryTarget {
  /**
   * The label (a group: the legend). Use `slot="label"` children for rich content.
   * @attr label
   */
  declare label: string;
  /**
   * Help text under the label, read after the label. Use `slot="hint"` children for rich content.
   * @attr hint
   */
  declare hint: string;
  /**
   * An error message (e.g. from the server). Shown with the field marked invalid.
   * @attr error
   */
  declare error: string;
  /**
   * Submitted with the form as `name=value`.
   * @attr name
   */
  declare name: string;
  /**
   * @attr required
   * @default false
   */
  declare required: boolean;
  /**
   * @attr disabled
   * @default false
   */
  declare disabled: boolean;
  /**
   * The label (a group: its legend) is the page's `<h1>`: for a page that asks one question, so it says its
   * question once (GOV.UK's `isPageHeading`).
   * @attr label-as-heading
   * @default false
   */
  declare labelAsHeading: boolean;

  // Made when first needed: a field looks up a message only for an error, and a page can hold hundreds of fields.
  private validation?: Localize<(typeof validationStrings)['nl']>;
  protected get messages(): Localize<(typeof validationStrings)['nl']> {
    return (this.validation ??= new Localize(this, 'form-control', validationStrings, () => this.strings));
  }
  /** The `slot="label" | "hint" | "error"` children (or a legend and hint adopted from markup). */
  protected slotted: Partial<Record<'label' | 'hint' | 'error', Node[]>> = {};
  /** The id the label, hint and error ids derive from; set it in `adopt()` with `fieldId()`. */
  protected baseId = '';
  /** True after a submit attempt, until the form resets. */
  protected attempted = false;
  /** The root node (document or shadow root) the element is connected to. */
  protected root?: Node;

  /** The native controls of this field: their `invalid` events are submit attempts, their form's reset clears. */
  protected abstract get nativeControls(): NativeField[];

  /** Polder's message for the field's current validity ('' when valid); shown after a submit attempt. */
  protected abstract currentError(): string;

  abstract get focusTarget(): HTMLElement | undefined;
  abstract get labelElement(): HTMLElement | null;

  /** The error shown now: Polder's validation message after a submit attempt, else the `error` attribute. */
  get errorMessage(): string {
    return this.clientError || this.error;
  }

  /** Polder's validation message, once a submit attempt was made (computed now, so it follows `lang`). */
  protected get clientError(): string {
    return this.attempted ? this.currentError() : '';
  }

  /** Label, hint, error and ids for `fieldTemplate` and `fieldsetTemplate`. */
  protected get fieldState(): FieldState {
    const error = this.clientError || (this.slotted.error ?? this.error);
    return {
      id: this.baseId,
      label: this.slotted.label ?? this.label,
      hint: this.slotted.hint ?? this.hint,
      error,
      // Looked up only for an error (the lookup reads the nearest lang attribute).
      errorPrefix: filled(error) ? this.messages.t('errorPrefix') : undefined,
      heading: this.labelAsHeading,
    };
  }

  /** `{name}` (lower case, without "uw"/"your": the messages say that) and `{Name}` for messages. */
  protected get labelVars(): { name: string; Name: string } {
    const label = (this.labelElement?.textContent ?? this.label).trim();
    const name = label.replace(/^(uw|your)\s+/i, '');
    return { name: name.charAt(0).toLocaleLowerCase() + name.slice(1), Name: label };
  }

  /**
   * Takes children added later by a script or a framework (not `slot` children, not what the element renders
   * itself): a select's `<option>`s, a group's options. Define it to have them; none are watched otherwise.
   */
  protected childrenAdded?(children: Element[]): void;

  // Made on connection, and only for a field that takes added children.
  private childObserver?: MutationObserver;

  /** The fields connected under each root node: one `reset` listener per root, however many fields it holds. */
  private static byRoot = new WeakMap<Node, Set<Field>>();

  private static onRootReset(this: Node, event: Event): void {
    for (const field of Field.byRoot.get(this)!) field.onReset(event);
  }

  constructor() {
    super();
    this.addEventListener('invalid', Field.onInvalid, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The root node, not the document: a form in a shadow root fires its (not composed) reset event there.
    const root = (this.root = this.getRootNode());
    let fields = Field.byRoot.get(root);
    if (!fields) {
      Field.byRoot.set(root, (fields = new Set()));
      root.addEventListener('reset', Field.onRootReset);
    }
    fields.add(this);
    // (Connected means a browser: server rendering never connects an element.)
    if (this.childrenAdded) {
      this.childObserver ??= new MutationObserver((records) => {
        const added = records
          .flatMap((r) => [...r.addedNodes])
          .filter((n): n is Element => n instanceof Element && n.parentNode === this && !n.hasAttribute('slot'));
        if (added.length) this.childrenAdded?.(added);
      });
      this.childObserver.observe(this, { childList: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    Field.byRoot.get(this.root!)?.delete(this);
    this.childObserver?.disconnect();
  }

  /** A native attribute as the template wants it: the string, or `undefined` when absent. */
  protected attr<T extends string = string>(name: string): T | undefined {
    return (this.getAttribute(name) ?? undefined) as T | undefined;
  }

  /** A numeric native attribute (`minlength`, `maxlength`, `step`), or `undefined` when absent or not a number. */
  protected num(name: string): number | undefined {
    const n = parseFloat(this.getAttribute(name) ?? '');
    return Number.isNaN(n) ? undefined : n;
  }

  /** Takes the `slot="label" | "hint" | "error"` children. Subclasses call it first, then adopt their controls. */
  protected adopt(): void {
    for (const part of ['label', 'hint', 'error'] as const) this.slotted[part] = slottedNodes(this, part);
  }

  /** Runs after the owning form was reset (values are back to their defaults). */
  protected formReset(): void {}

  // The field's own listeners are shared functions (`this` is the field they listen on), not one closure per field.
  private static onInvalid(this: Field, event: Event): void {
    if (!this.nativeControls.includes(event.target as NativeField)) return;
    event.preventDefault();
    // From the first submit attempt on, the message follows every input and change.
    if (!this.attempted) {
      this.addEventListener('input', Field.revalidate);
      this.addEventListener('change', Field.revalidate);
    }
    this.attempted = true;
    this.requestUpdate();
  }

  private static revalidate(this: Field): void {
    if (this.attempted) this.requestUpdate();
  }

  private onReset(event: Event): void {
    if (!this.nativeControls.some((c) => c.form === event.target)) return;
    // The reset event comes before the values are reset: update after it.
    setTimeout(() => {
      this.attempted = false;
      this.formReset();
      this.requestUpdate();
    });
  }

  override focus(options?: FocusOptions): void {
    this.focusTarget?.focus(options);
  }
}

Field.attributeProperties({
  label: '',
  hint: '',
  error: '',
  // The default name is not written: a field without attributes gets none added.
  name: '',
  required: false,
  disabled: false,
  labelAsHeading: ['label-as-heading', false],
});
