// One behaviour suite for every Polder form field, run by each field's own test file (as Shoelace runs
// runFormControlBaseTests over its controls). Not published.
import { expect, fixture, html } from '@open-wc/testing';
import '../error-summary/define.js';
import { setServerHtml, settled, trySubmit } from './index.js';
import { summaryLinks } from './summary.js';

type Field = HTMLElement & {
  errorMessage: string;
  focusTarget?: HTMLElement;
  labelElement: HTMLElement | null;
  updateComplete: Promise<unknown>;
};
/** The properties every field has over its attributes (`Field`). */
type FieldProperties = {
  label?: string | null;
  hint?: string | null;
  error?: string | null;
  name?: string | null;
  required: boolean;
  disabled: boolean;
  labelAsHeading: boolean;
};
const attributes = (el: Element) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));

/** How to run the suite against one field. */
export interface FormControlCase {
  /** The element, e.g. `polder-text-field`. */
  tag: string;
  /**
   * Server markup (from the field's own render function, `serverRender`) of a labelled, required field named
   * `name`, with the id `id`.
   */
  render: (state: { id: string; name: string }) => Promise<string>;
  /** Gives the field's native controls inside `root` a value, as a user would (before or after the upgrade). */
  fill: (root: ParentNode) => void;
  /** The `FormData` entries of a field named `name` after `fill`, in any order (files as their names). */
  filled: (name: string) => [string, string][];
}

/** The form's entries, sorted, with files as their names. */
function formEntries(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()]
    .map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : v.name])
    .filter(([, v]) => v !== '')
    .sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
}

const sorted = (list: [string, string][]) =>
  [...list].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));

/** The events a user's input fires, so the field follows a value set by `fill`. */
function announce(root: ParentNode): void {
  for (const control of root.querySelectorAll('input, select, textarea')) {
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

let count = 0;

/** Runs the shared form field behaviour: FormData, reset, `<fieldset disabled>`, error summary, upgrade. */
export function runFormControlTests(c: FormControlCase): void {
  describe(`${c.tag}: the behaviour every form field shares`, () => {
    const page = async () => {
      const id = `suite-${++count}`;
      const name = `veld${count}`;
      const markup = await c.render({ id, name });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <polder-error-summary for=${`${id}-form`}></polder-error-summary>
          <form id=${`${id}-form`} action="/nowhere">
            <fieldset></fieldset>
            <button>Verstuur</button>
          </form>
        </div>`,
      );
      const form = wrapper.querySelector('form')!;
      setServerHtml(form.querySelector('fieldset')!, markup);
      const el = form.querySelector<Field>(c.tag)!;
      await settled(wrapper);
      return { wrapper, form, el, name };
    };

    it('submits its value in FormData', async () => {
      const { form, el, name } = await page();
      expect(formEntries(form)).to.deep.equal([]);
      c.fill(el);
      announce(el);
      await settled(form);
      expect(formEntries(form)).to.deep.equal(sorted(c.filled(name)));
    });

    it('a form reset clears the value and the error', async () => {
      const { form, el } = await page();
      expect(await trySubmit(form)).to.equal(false);
      expect(el.errorMessage).to.not.equal('');
      // The error is shown, with its id (`<id>-error`) for aria-describedby.
      expect(el.querySelector('[id$="-error"]')).to.not.equal(null);
      c.fill(el);
      announce(el);
      form.reset();
      await new Promise((resolve) => setTimeout(resolve));
      await settled(form);
      expect(formEntries(form)).to.deep.equal([]);
      expect(el.errorMessage).to.equal('');
      expect(el.querySelector('[id$="-error"]')).to.equal(null);
      expect(el.querySelector('[aria-invalid="true"]')).to.equal(null);
    });

    it('is disabled by a disabled fieldset around it', async () => {
      const { form, el } = await page();
      c.fill(el);
      announce(el);
      form.querySelector('fieldset')!.disabled = true;
      await settled(form);
      expect(formEntries(form)).to.deep.equal([]);
      for (const control of el.querySelectorAll('input:not([type="hidden"]), select, textarea'))
        expect(control.matches(':disabled')).to.equal(true);
    });

    it('an error summary link moves focus into the field', async () => {
      const { form, el } = await page();
      const links = await summaryLinks(form);
      expect(links.length).to.equal(1);
      links[0].click();
      expect(document.activeElement).to.equal(el.focusTarget);
      expect(el.contains(document.activeElement)).to.equal(true);
    });

    it('keeps a value given before the upgrade, and through a re-render', async () => {
      const name = `veld${++count}`;
      const markup = await c.render({ id: `suite-${count}`, name });
      // Parsed in an inert document, the elements stay un-upgraded while the user fills the native controls.
      const inert = document.implementation.createHTMLDocument();
      inert.body.setHTMLUnsafe(`<form>${markup}</form>`);
      c.fill(inert.body);
      const form = await fixture<HTMLFormElement>(html`<form action="/nowhere"></form>`);
      form.append(...inert.body.querySelector('form')!.childNodes);
      const el = form.querySelector<Field & { label: string }>(c.tag)!;
      await settled(form);
      const expected = sorted(c.filled(name));
      expect(formEntries(form)).to.deep.equal(expected);
      el.label = 'Een ander label';
      el.setAttribute('hint', 'Een hint');
      await settled(form);
      expect(formEntries(form)).to.deep.equal(expected);
    });

    it('its properties read and set their attributes, as a native control’s do', async () => {
      const el = document.createElement(c.tag) as Field & FieldProperties;
      const defaults = [el.label, el.hint, el.error, el.name, el.required, el.disabled, el.labelAsHeading];
      expect(defaults).to.deep.equal(['', '', '', '', false, false, false]);
      const form = await fixture<HTMLFormElement>(html`<form action="/nowhere"></form>`);
      form.append(el);
      await settled(form);
      // The defaults are not written as attributes.
      expect(attributes(el)).to.deep.equal({});
      Object.assign(el, { label: 'Woonplaats', hint: 'Zoals in uw paspoort', error: 'Vul uw woonplaats in' });
      Object.assign(el, { name: 'plaats', required: true, disabled: true, labelAsHeading: true });
      expect(attributes(el)).to.deep.equal({
        label: 'Woonplaats',
        hint: 'Zoals in uw paspoort',
        error: 'Vul uw woonplaats in',
        name: 'plaats',
        required: '',
        disabled: '',
        'label-as-heading': '',
      });
      await settled(form);
      expect(el.labelElement!.textContent!.trim()).to.equal('Woonplaats');
      expect(el.querySelector('[id$="-hint"]')!.textContent!.trim()).to.equal('Zoals in uw paspoort');
      expect(el.querySelector('[id$="-error"]')!.textContent).to.contain('Vul uw woonplaats in');
      expect(el.querySelector(':disabled')).to.not.equal(null);
      Object.assign(el, { hint: undefined, error: null, required: false, disabled: false, labelAsHeading: false });
      el.setAttribute('label', 'Plaats');
      expect([el.label, el.hint, el.error, el.required]).to.deep.equal(['Plaats', '', '', false]);
      expect(attributes(el)).to.deep.equal({ label: 'Plaats', name: 'plaats' });
      await settled(form);
      expect(el.labelElement!.textContent!.trim()).to.equal('Plaats');
      expect(el.querySelector('[id$="-hint"], [id$="-error"], :disabled')).to.equal(null);
    });

    it('takes properties set before the element was defined', async () => {
      const tag = `${c.tag}-early-${++count}`;
      const form = await fixture<HTMLFormElement>(html`<form action="/nowhere"></form>`);
      const el = document.createElement(tag) as Field & FieldProperties;
      form.append(el);
      Object.assign(el, { label: 'Woonplaats', name: 'plaats', required: true });
      customElements.define(tag, class extends (customElements.get(c.tag) as CustomElementConstructor) {});
      await settled(form);
      expect(attributes(el)).to.deep.equal({ label: 'Woonplaats', name: 'plaats', required: '' });
      expect(el.labelElement!.textContent!.trim()).to.equal('Woonplaats');
      expect(el.required).to.equal(true);
    });
  });
}
