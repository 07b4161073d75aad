import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { setStrings } from '../localize/localize.js';
import {
  axNode,
  captureWarnings,
  entries,
  insertServerHtml,
  nextSubmit,
  serverRender,
  systemColor,
  setServerHtml,
  trySubmit,
} from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { PolderTextField } from './define.js';
import { runFormControlTests } from '../test-helpers/form-control-suite.js';

const templates = new URL('./text-field.template.ts', import.meta.url);
const form = (content: unknown) => fixture<HTMLFormElement>(html`<form action="/nowhere">${content}</form>`);
const field = (f: ParentNode) => f.querySelector<PolderTextField>('polder-text-field')!;
const errorText = (el: PolderTextField) =>
  el.querySelector('.polder-form-field__error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(el: PolderTextField, text: string) {
  const input = el.control!;
  input.focus();
  try {
    input.setSelectionRange(input.value.length, input.value.length);
  } catch {
    // number and email inputs have no selection API
  }
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('polder-text-field', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  describe('label, hint and error in one tree with a native input', () => {
    it('renders a labelled native input into its light DOM', async () => {
      const el = await fixture<PolderTextField>(
        html`<polder-text-field label="Volledige naam" name="naam"></polder-text-field>`,
      );
      const input = el.querySelector('input')!;
      expect(el.shadowRoot).to.equal(null);
      expect(el.control).to.equal(input);
      expect(input.className).to.equal('polder-text-input');
      expect(input.type).to.equal('text');
      expect(el.querySelector('label')!.htmlFor).to.equal(input.id);
      await expect(el).to.be.accessible();
    });

    it('the accessibility tree has a textbox named by the label, without a description (Chromium only)', async () => {
      await fixture<PolderTextField>(html`<polder-text-field label="Volledige naam" name="naam"></polder-text-field>`);
      const node = await axNode('polder-text-field input');
      expect(node.role).to.equal('textbox');
      expect(node.name).to.equal('Volledige naam');
      expect(node.description).to.equal('');
    });

    it('the hint and the error describe the input, in that order, and the error sets aria-invalid', async () => {
      const el = await fixture<PolderTextField>(
        html`<polder-text-field
          label="E-mailadres"
          hint="We sturen de bevestiging naar dit adres"
          error="Vul een e-mailadres in"
        ></polder-text-field>`,
      );
      const input = el.control!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal(`${input.id}-hint ${input.id}-error`);
      expect(el.querySelector('.polder-form-field--invalid')).to.not.equal(null);
      await expect(el).to.be.accessible();
      el.error = '';
      await el.updateComplete;
      expect(input.hasAttribute('aria-invalid')).to.equal(false);
      expect(input.getAttribute('aria-describedby')).to.equal(`${input.id}-hint`);
    });

    it('the accessibility tree reads the hint and the error as the description, in that order, and the input as invalid (Chromium only)', async () => {
      await fixture<PolderTextField>(
        html`<polder-text-field
          label="E-mailadres"
          hint="We sturen de bevestiging naar dit adres"
          error="Vul een e-mailadres in"
        ></polder-text-field>`,
      );
      const node = await axNode('polder-text-field input');
      expect(node.name).to.equal('E-mailadres');
      expect(node.description).to.equal('We sturen de bevestiging naar dit adres Fout: Vul een e-mailadres in');
      expect(node.invalid).to.not.equal(undefined);
    });

    it('moves slot="label", slot="hint" and slot="error" children into place', async () => {
      const el = await fixture<PolderTextField>(
        html`<polder-text-field
          ><span slot="label">Uw <strong>BSN</strong></span
          ><span slot="hint">9 cijfers, zie uw <a href="#p">paspoort</a></span
          ><span slot="error">Vul uw BSN in</span></polder-text-field
        >`,
      );
      expect(el.querySelector('label strong')!.textContent).to.equal('BSN');
      expect(el.querySelector('.polder-form-field__hint a')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('the accessibility tree names and describes the input from slotted label, hint and error (Chromium only)', async () => {
      await fixture<PolderTextField>(
        html`<polder-text-field
          ><span slot="label">Uw <strong>BSN</strong></span
          ><span slot="hint">9 cijfers, zie uw <a href="#p">paspoort</a></span
          ><span slot="error">Vul uw BSN in</span></polder-text-field
        >`,
      );
      const node = await axNode('polder-text-field input');
      expect(node.name).to.equal('Uw BSN');
      expect(node.description).to.equal('9 cijfers, zie uw paspoort Fout: Vul uw BSN in');
    });

    it('shows markup-like text in label, hint and error as text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await fixture<PolderTextField>(
        html`<polder-text-field label=${evil} hint=${evil} error=${evil}></polder-text-field>`,
      );
      expect(el.querySelector('img')).to.equal(null);
      expect(el.querySelector('label')!.textContent).to.equal(evil);
    });

    it('the accessibility tree names the input with markup-like label text as text (Chromium only)', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      await fixture<PolderTextField>(
        html`<polder-text-field label=${evil} hint=${evil} error=${evil}></polder-text-field>`,
      );
      expect((await axNode('polder-text-field input')).name).to.equal(evil);
    });

    it('uses the host id for a stable control id', async () => {
      const el = await fixture<PolderTextField>(
        html`<polder-text-field id="postcode" label="Postcode"></polder-text-field>`,
      );
      expect(el.control!.id).to.equal('postcode-control');
      el.label = 'Uw postcode';
      await el.updateComplete;
      expect(el.control!.id).to.equal('postcode-control');
      expect(el.querySelector('label')!.htmlFor).to.equal('postcode-control');
    });
  });

  describe('native form participation', () => {
    it('submits its value under its name, resets to its initial value', async () => {
      const f = await form(
        html`<polder-text-field label="Naam" name="naam" value="Jan"></polder-text-field> <button>Verstuur</button>`,
      );
      const el = field(f);
      expect(entries(f)).to.deep.equal([['naam', 'Jan']]);
      await type(el, ' de Vries');
      expect(el.value).to.equal('Jan de Vries');
      const submitted = nextSubmit(f);
      f.querySelector('button')!.click();
      await submitted;
      expect(entries(f)).to.deep.equal([['naam', 'Jan de Vries']]);
      f.reset();
      expect(el.value).to.equal('Jan');
      el.value = 'Piet';
      expect(el.control!.value).to.equal('Piet');
      expect(el.getAttribute('value')).to.equal('Jan');
    });

    it('passes every native attribute to the input', async () => {
      const el = await fixture<PolderTextField>(
        html`<polder-text-field
          label="Telefoon"
          type="tel"
          name="tel"
          autocomplete="tel"
          inputmode="tel"
          spellcheck="false"
          autocapitalize="off"
          minlength="10"
          maxlength="15"
          pattern="[0-9 +]+"
          placeholder="0612345678"
          form="elders"
          list="nummers"
          dirname="tel.dir"
          readonly
          required
        ></polder-text-field>`,
      );
      const input = el.control!;
      for (const [name, value] of Object.entries({
        type: 'tel',
        name: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        spellcheck: 'false',
        autocapitalize: 'off',
        minlength: '10',
        maxlength: '15',
        pattern: '[0-9 +]+',
        placeholder: '0612345678',
        form: 'elders',
        list: 'nummers',
        dirname: 'tel.dir',
        readonly: '',
        required: '',
      }))
        expect(input.getAttribute(name), name).to.equal(value);
      el.removeAttribute('readonly');
      el.setAttribute('autocomplete', 'off');
      el.setAttribute('type', 'number');
      el.setAttribute('min', '1');
      el.setAttribute('max', '9');
      el.setAttribute('step', '2');
      await el.updateComplete;
      expect(input.readOnly).to.equal(false);
      expect(input.getAttribute('autocomplete')).to.equal('off');
      expect([input.type, input.min, input.max, input.step]).to.deep.equal(['number', '1', '9', '2']);
      expect(el.control).to.equal(input);
    });

    it('belongs to a form elsewhere through the form attribute', async () => {
      const wrapper = await fixture(
        html`<div>
          <form id="f1"></form>
          <polder-text-field form="f1" name="x" value="1" label="X"></polder-text-field>
        </div>`,
      );
      expect(entries(wrapper.querySelector('form')!)).to.deep.equal([['x', '1']]);
    });

    it('is disabled by its attribute and by a <fieldset disabled>, and is then not submitted', async () => {
      const f = await form(
        html`<polder-text-field label="Een" name="a" value="1" disabled></polder-text-field>
          <fieldset disabled><polder-text-field label="Twee" name="b" value="2"></polder-text-field></fieldset>`,
      );
      const [one, two] = f.querySelectorAll('input');
      expect(one.disabled).to.equal(true);
      expect(two.matches(':disabled')).to.equal(true);
      expect(entries(f)).to.deep.equal([]);
      await expect(f).to.be.accessible();
    });

    it('read-only is submitted, not editable, and accessible', async () => {
      const f = await form(
        html`<polder-text-field label="Kenteken" name="k" value="AB-12-CD" readonly></polder-text-field>`,
      );
      expect(entries(f)).to.deep.equal([['k', 'AB-12-CD']]);
      expect(f.querySelector('input')!.readOnly).to.equal(true);
      await expect(f).to.be.accessible();
    });
  });

  describe('validation with the native constraint validation API and Polder messages', () => {
    it('shows no error before a submit attempt, then Polder’s message instead of the bubble', async () => {
      const f = await form(html`<polder-text-field label="Volledige naam" name="naam" required></polder-text-field>`);
      const el = field(f);
      expect(errorText(el)).to.equal('');
      await expect(el).to.be.accessible();
      expect(await trySubmit(f)).to.equal(false);
      expect(errorText(el)).to.equal('Fout: Vul uw volledige naam in');
      expect(el.errorMessage).to.equal('Vul uw volledige naam in');
      expect(el.control!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.control!.getAttribute('aria-describedby')).to.equal(`${el.control!.id}-error`);
      await expect(el).to.be.accessible();
      expect(f.checkValidity()).to.equal(false);
      expect(f.reportValidity()).to.equal(false);
    });

    it('after a submit attempt the accessibility tree reads Polder’s message as the description (Chromium only)', async () => {
      const f = await form(html`<polder-text-field label="Volledige naam" name="naam" required></polder-text-field>`);
      await trySubmit(f);
      expect((await axNode('polder-text-field input')).description).to.equal('Fout: Vul uw volledige naam in');
    });

    it('waits for the first attempt, then updates on every input', async () => {
      const f = await form(
        html`<polder-text-field label="E-mailadres" type="email" name="e" required></polder-text-field>`,
      );
      const el = field(f);
      await type(el, 'jan');
      expect(errorText(el)).to.equal('');
      await trySubmit(f);
      expect(errorText(el)).to.equal('Fout: Vul een e-mailadres in het juiste formaat in, zoals naam@voorbeeld.nl');
      await type(el, '@voorbeeld.nl');
      expect(errorText(el)).to.equal('');
      expect(el.control!.hasAttribute('aria-invalid')).to.equal(false);
      expect(await trySubmit(f)).to.equal(true);
    });

    const cases: [string, unknown, string, string][] = [
      [
        'minlength',
        html`<polder-text-field label="Code" minlength="4" name="c"></polder-text-field>`,
        'ab',
        'Code moet minstens 4 tekens lang zijn',
      ],
      [
        'pattern',
        html`<polder-text-field label="Postcode" pattern="[0-9]{4} ?[A-Z]{2}" name="p"></polder-text-field>`,
        'abc',
        'Vul postcode in het juiste formaat in',
      ],
      [
        'min',
        html`<polder-text-field label="Aantal" type="number" min="2" name="n"></polder-text-field>`,
        '1',
        'Aantal moet 2 of meer zijn',
      ],
      [
        'max',
        html`<polder-text-field label="Aantal" type="number" max="5" name="n"></polder-text-field>`,
        '9',
        'Aantal moet 5 of minder zijn',
      ],
      [
        'url',
        html`<polder-text-field label="Website" type="url" name="u"></polder-text-field>`,
        'geen',
        'Vul een webadres in het juiste formaat in, zoals https://www.voorbeeld.nl',
      ],
    ];
    for (const [name, template, typed, message] of cases) {
      it(`${name}: "${message}"`, async () => {
        const f = await form(template);
        const el = field(f);
        await type(el, typed);
        await trySubmit(f);
        expect(el.errorMessage).to.equal(message);
        await expect(el).to.be.accessible();
      });
    }

    it('speaks English under lang="en", with plural rules', async () => {
      const f = await form(
        html`<div lang="en">
          <polder-text-field label="Full name" required name="a"></polder-text-field>
          <polder-text-field label="Code" minlength="1" maxlength="3" name="b"></polder-text-field>
          <polder-text-field label="Pin" minlength="4" name="c"></polder-text-field>
        </div>`,
      );
      const [a, , c] = f.querySelectorAll<PolderTextField>('polder-text-field');
      await type(c, '12');
      await trySubmit(f);
      expect(errorText(a)).to.equal('Error: Enter your full name');
      expect(c.errorMessage).to.equal('Pin must be 4 characters or more');
      await expect(f).to.be.accessible();
      f.querySelector('div')!.setAttribute('lang', 'nl');
      await aTimeout(0);
      await a.updateComplete;
      expect(errorText(a)).to.equal('Fout: Vul uw full name in');
    });

    it('accepts per-instance and page-wide message overrides', async () => {
      const f = await form(
        html`<polder-text-field label="E-mail" name="a" required></polder-text-field
          ><polder-text-field label="Naam" name="b" required></polder-text-field>`,
      );
      const [a, b] = f.querySelectorAll<PolderTextField>('polder-text-field');
      a.strings = { valueMissing: 'Vul uw e-mailadres in, dan sturen we een bevestiging' };
      setStrings('nl', { 'form-control.valueMissing': 'Vul {name} in, alstublieft' });
      await trySubmit(f);
      expect(a.errorMessage).to.equal('Vul uw e-mailadres in, dan sturen we een bevestiging');
      expect(b.errorMessage).to.equal('Vul naam in, alstublieft');
      setStrings('nl', { 'form-control.valueMissing': 'Vul uw {name} in' });
    });

    it('form reset clears the errors shown after an attempt', async () => {
      const f = await form(html`<polder-text-field label="Naam" name="n" required></polder-text-field>`);
      const el = field(f);
      await trySubmit(f);
      expect(errorText(el)).to.not.equal('');
      f.reset();
      await aTimeout(0);
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      await type(el, 'x');
      expect(errorText(el)).to.equal('');
    });

    it('works inside a shadow root: styled, validated, and reset clears the message', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      setServerHtml(root, '<form><polder-text-field label="Naam" name="n" required></polder-text-field></form>');
      const f = root.querySelector('form')!;
      const el = field(f);
      await el.updateComplete;
      expect(getComputedStyle(el.control!).borderTopStyle).to.equal('solid');
      await trySubmit(f);
      expect(errorText(el)).to.equal('Fout: Vul uw naam in');
      f.reset();
      await aTimeout(0);
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
    });

    it('a server error (error attribute) stays until it is removed', async () => {
      const f = await form(
        html`<polder-text-field
          label="E-mail"
          name="e"
          value="a@b.nl"
          error="Dit e-mailadres is al in gebruik"
        ></polder-text-field>`,
      );
      const el = field(f);
      expect(await trySubmit(f)).to.equal(true);
      expect(errorText(el)).to.equal('Fout: Dit e-mailadres is al in gebruik');
    });
  });

  describe('no data lost', () => {
    it('keeps the typed value, focus and caret when label, hint, error, label-as-heading and lang change', async () => {
      const wrapper = await fixture(html`<div><polder-text-field label="Naam" name="n"></polder-text-field></div>`);
      const el = field(wrapper);
      const input = el.control!;
      await type(el, 'Anne');
      input.setSelectionRange(1, 3);
      el.label = 'Uw naam';
      el.hint = 'Zoals in uw paspoort';
      el.error = 'Controleer uw naam';
      wrapper.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(el.control).to.equal(input);
      expect(input.value).to.equal('Anne');
      expect(document.activeElement).to.equal(input);
      expect(errorText(el)).to.equal('Error: Controleer uw naam');
      expect(el.querySelectorAll('input').length).to.equal(1);
      // The label becomes the page heading: the field's markup takes another shape, the input stays focused.
      el.labelAsHeading = true;
      await el.updateComplete;
      expect(el.querySelector('h1 > label')!.textContent).to.equal('Uw naam');
      expect([document.activeElement, input.value, input.selectionStart, input.selectionEnd]).to.deep.equal([
        input,
        'Anne',
        1,
        3,
      ]);
      el.labelAsHeading = false;
      await el.updateComplete;
      expect(el.querySelector('h1')).to.equal(null);
      expect([document.activeElement, el.control, el.querySelectorAll('input').length]).to.deep.equal([
        input,
        input,
        1,
      ]);
    });

    it('keeps the input, its value, focus and caret when an error joins the hint and goes again', async () => {
      const el = await fixture<PolderTextField>(
        html`<polder-text-field label="Naam" hint="Zoals in uw paspoort"></polder-text-field>`,
      );
      const input = el.control!;
      await type(el, 'Anne');
      input.setSelectionRange(1, 3);
      const notes = () =>
        [...el.querySelectorAll('.polder-form-field > div, .polder-form-field > p')].map((n) => n.className);
      for (const error of ['Controleer uw naam', null]) {
        if (error) el.error = error;
        else el.removeAttribute('error');
        await el.updateComplete;
        expect(notes()).to.deep.equal(
          error ? ['polder-form-field__hint', 'polder-form-field__error'] : ['polder-form-field__hint'],
        );
        expect(input.getAttribute('aria-describedby')!.split(' ').length).to.equal(error ? 2 : 1);
        expect([
          el.control,
          document.activeElement,
          input.value,
          input.selectionStart,
          input.selectionEnd,
        ]).to.deep.equal([input, input, 'Anne', 1, 3]);
      }
    });

    it('a field without hint and error holds no node for them: host, field, label, text, input and four markers', async () => {
      const el = await fixture<PolderTextField>(html`<polder-text-field label="Naam"></polder-text-field>`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_ALL);
      const nodes: string[] = [walker.currentNode.nodeName];
      while (walker.nextNode()) nodes.push(walker.currentNode.nodeName);
      expect(nodes.filter((n) => n !== '#comment')).to.deep.equal([
        'POLDER-TEXT-FIELD',
        'DIV',
        'LABEL',
        '#text',
        'INPUT',
      ]);
      expect(nodes.length).to.equal(9);
    });

    it('adopts server-rendered markup and keeps what the user typed before the upgrade', async () => {
      const state = {
        id: 'ssr-naam',
        type: 'text',
        label: 'Naam',
        hint: 'Voor- en achternaam',
        name: 'naam',
        value: 'Jan',
      };
      const markup = await serverRender(templates, 'renderTextField', state);
      expect(markup).to.contain('class="polder-text-input"').and.to.contain('aria-describedby="ssr-naam-hint"');
      // An inert document has no custom element definitions: the markup stays un-upgraded, as before a script loads.
      const inert = document.implementation.createHTMLDocument();
      inert.body.setHTMLUnsafe(`<form>${markup}</form>`);
      const input = inert.querySelector('input')!;
      input.value = 'Jan Jansen';
      const f = document.adoptNode(inert.querySelector('form')!);
      document.body.append(f);
      const el = field(f);
      await el.updateComplete;
      expect(el).to.be.instanceOf(PolderTextField);
      expect(el.control).to.equal(input);
      expect(input.value).to.equal('Jan Jansen');
      expect(el.querySelectorAll('input, label, .polder-form-field__hint').length).to.equal(3);
      expect(input.getAttribute('aria-describedby')).to.equal('ssr-naam-hint');
      await expect(el).to.be.accessible();
      f.reset();
      expect(input.value).to.equal('Jan');
      f.remove();
    });

    it('the accessibility tree reads the hint of adopted server-rendered markup as the description (Chromium only)', async () => {
      const markup = await serverRender(templates, 'renderTextField', {
        id: 'ssr-naam',
        type: 'text',
        label: 'Naam',
        hint: 'Voor- en achternaam',
        name: 'naam',
        value: 'Jan',
      });
      const wrapper = insertServerHtml(markup);
      await field(wrapper).updateComplete;
      expect((await axNode('polder-text-field input')).description).to.equal('Voor- en achternaam');
      wrapper.remove();
    });

    it('adopts a hand-written field built from the public classes', async () => {
      const wrapper = insertServerHtml(
        `<polder-text-field label="Plaats" name="plaats"><div class="polder-form-field"><label class="polder-form-field__label" for="hw">Plaats</label><input class="polder-text-input" id="hw" name="plaats" data-x="1"></div></polder-text-field>`,
      );
      const el = field(wrapper);
      await el.updateComplete;
      expect(el.control!.id).to.equal('hw');
      expect(el.control!.dataset.x).to.equal('1');
      expect(el.querySelectorAll('label').length).to.equal(1);
      wrapper.remove();
    });

    it('a server-rendered form submits without JavaScript and looks the same', async () => {
      const state = {
        id: 'nojs',
        type: 'text',
        label: 'Naam',
        hint: 'Uw volledige naam',
        name: 'naam',
        value: 'Jan',
        error: 'Controleer uw naam',
      };
      const markup = await serverRender(templates, 'renderTextField', state);
      const css = ['form-control/form-control.css', 'text-field/text-field.css', 'styles/visually-hidden.css'].map(
        (p) => `/packages/components/src/${p}`,
      );
      const box = (n: Element) => {
        const r = n.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height)];
      };
      let width = 0;
      let withoutScript: number[][] = [];
      const sent = await submitWithoutScript(markup, css, (doc) => {
        expect(doc.defaultView!.customElements.get('polder-text-field')).to.equal(undefined);
        width = doc.body.clientWidth;
        withoutScript = [box(doc.querySelector('input')!), box(doc.querySelector('.polder-form-field')!)];
      });
      expect([...sent]).to.deep.equal([['naam', 'Jan']]);
      // The same markup upgraded in a page with JavaScript, at the same width, has the same geometry.
      const live = await fixture<HTMLDivElement>(html`<div></div>`);
      live.style.inlineSize = `${width}px`;
      setServerHtml(live, markup);
      const el = field(live);
      await el.updateComplete;
      expect([box(el.control!), box(el.querySelector('.polder-form-field')!)]).to.deep.equal(withoutScript);
    });
  });

  describe('properties', () => {
    it('type, width, prefixText, suffixText and readonly read and set their attributes', async () => {
      const el = document.createElement('polder-text-field');
      expect([el.type, el.width, el.prefixText, el.suffixText, el.readonly]).to.deep.equal(['text', '', '', '', false]);
      el.label = 'Bedrag';
      Object.assign(el, { type: 'number', width: '5', prefixText: '€', suffixText: 'per maand', readonly: true });
      expect(el.getAttributeNames().sort()).to.deep.equal(['label', 'prefix', 'readonly', 'suffix', 'type', 'width']);
      expect([el.getAttribute('prefix'), el.getAttribute('suffix')]).to.deep.equal(['€', 'per maand']);
      await fixture(html`<form action="/nowhere">${el}</form>`);
      const input = el.control!;
      expect([input.type, input.readOnly, input.className]).to.deep.equal([
        'number',
        true,
        'polder-text-input polder-text-input--width-5',
      ]);
      expect(el.querySelector('.polder-text-field__suffix')!.textContent).to.equal('per maand');
      Object.assign(el, { type: 'email', width: undefined, suffixText: null, readonly: false });
      expect(el.getAttributeNames().sort()).to.deep.equal(['label', 'prefix', 'type']);
      await el.updateComplete;
      expect([input.type, input.readOnly, input.className]).to.deep.equal(['email', false, 'polder-text-input']);
      expect(el.querySelector('.polder-text-field__suffix')).to.equal(null);
      expect(el.control).to.equal(input);
    });
  });

  describe('variants', () => {
    it('width in characters, prefix and suffix', async () => {
      const el = await fixture<PolderTextField>(
        html`<polder-text-field label="Bedrag" width="5" prefix="€" suffix="per maand" name="b"></polder-text-field>`,
      );
      const input = el.control!;
      expect(input.classList.contains('polder-text-input--width-5')).to.equal(true);
      expect(el.querySelector('.polder-text-field__prefix')!.textContent).to.equal('€');
      const w = input.getBoundingClientRect().width;
      el.width = '20';
      await el.updateComplete;
      expect(input.getBoundingClientRect().width).to.be.greaterThan(w);
      await expect(el).to.be.accessible();
    });

    it('the accessibility tree reads prefix and suffix as the description (Chromium only)', async () => {
      await fixture<PolderTextField>(
        html`<polder-text-field label="Bedrag" width="5" prefix="€" suffix="per maand" name="b"></polder-text-field>`,
      );
      expect((await axNode('polder-text-field input')).description).to.equal('€ per maand');
    });

    it('password: a real toggle button, pressed state, localised, value kept, hidden again on submit', async () => {
      const f = await form(
        html`<polder-text-field
          label="Wachtwoord"
          type="password"
          name="pw"
          autocomplete="current-password"
        ></polder-text-field>`,
      );
      const el = field(f);
      const input = el.control!;
      await type(el, 'geheim');
      const toggle = el.querySelector<HTMLButtonElement>('button.polder-text-field__toggle')!;
      expect(toggle.type).to.equal('button');
      expect(toggle.textContent!.trim()).to.equal('Toon wachtwoord');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(input.type).to.equal('text');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(el.querySelector('[role=status]')!.textContent).to.equal('Uw wachtwoord is zichtbaar');
      expect(input.value).to.equal('geheim');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(input.type).to.equal('password');
      toggle.click();
      await el.updateComplete;
      const submitted = nextSubmit(f);
      f.requestSubmit();
      await submitted;
      expect(input.type).to.equal('password');
      expect(entries(f)).to.deep.equal([['pw', 'geheim']]);
      // The toggle and its live region follow.
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(el.querySelector('[role=status]')!.textContent).to.equal('Uw wachtwoord is verborgen');
      el.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(toggle.textContent!.trim()).to.equal('Show password');
    });

    it('the accessibility tree names the password toggle (Chromium only)', async () => {
      await fixture<PolderTextField>(html`<polder-text-field label="Wachtwoord" type="password"></polder-text-field>`);
      expect((await axNode('polder-text-field button')).name).to.equal('Toon wachtwoord');
    });

    const states = html`<form>
      <polder-text-field label="Leeg"></polder-text-field>
      <polder-text-field label="Gevuld" value="waarde"></polder-text-field>
      <polder-text-field label="Hint" hint="Een hint"></polder-text-field>
      <polder-text-field label="Fout" error="Er is iets mis"></polder-text-field>
      <polder-text-field label="Uit" disabled></polder-text-field>
      <polder-text-field label="Alleen lezen" readonly value="x"></polder-text-field>
      <polder-text-field label="Wachtwoord" type="password"></polder-text-field>
      <polder-text-field
        label="Een heel lang label dat over meerdere regels doorloopt omdat de vraag lang en precies moet zijn voor deze dienst"
      ></polder-text-field>
      <div lang="en"><polder-text-field label="English" hint="A hint" error="An error"></polder-text-field></div>
    </form>`;

    it('every state passes axe', async () => {
      await expect(await fixture(states)).to.be.accessible();
    });

    it('every state passes axe in dark mode (Chromium only)', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await expect(await fixture(states)).to.be.accessible();
    });
  });

  describe('looks', () => {
    it('shows a focus ring', async () => {
      const el = await fixture<PolderTextField>(html`<polder-text-field label="Naam"></polder-text-field>`);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.control);
      expect(getComputedStyle(el.control!).outlineStyle).to.equal('solid');
    });

    it('uses system colours in forced-colors mode (Chromium only)', async () => {
      const el = await fixture<PolderTextField>(html`<polder-text-field label="Naam"></polder-text-field>`);
      await sendKeys({ press: 'Tab' });
      await emulateMedia({ forcedColors: 'active' });
      expect(getComputedStyle(el.control!).borderTopColor).to.equal(systemColor('FieldText'));
    });

    it('input and toggle are at least 24 by 24 CSS pixels (44 with the default tokens)', async () => {
      const el = await fixture<PolderTextField>(
        html`<polder-text-field label="Pin" type="password" width="2"></polder-text-field>`,
      );
      for (const n of el.querySelectorAll('input, button')) {
        const { width, height } = n.getBoundingClientRect();
        expect(width).to.be.at.least(24);
        expect(height).to.be.at.least(44);
      }
    });

    it('fits a 320px wide screen with prefix, suffix and toggle', async () => {
      const wrapper = await fixture(
        html`<div style="inline-size: 320px">
          <polder-text-field label="Bedrag" prefix="€" suffix="per maand" width="20"></polder-text-field>
          <polder-text-field label="Wachtwoord" type="password"></polder-text-field>
        </div>`,
      );
      for (const n of wrapper.querySelectorAll('input, span, button'))
        expect(n.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    });
  });

  describe('bad input', () => {
    it('an unknown type falls back to text with one warning naming element and value', async () => {
      let el!: PolderTextField;
      const warnings = await captureWarnings(async () => {
        el = await fixture<PolderTextField>(html`<polder-text-field label="X" type="txt"></polder-text-field>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(el.control!.type).to.equal('text');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<polder-text-field>').and.to.contain('"txt"');
    });
  });
});

runFormControlTests({
  tag: 'polder-text-field',
  render: ({ id, name }) =>
    serverRender(templates, 'renderTextField', { id, type: 'text', label: 'Volledige naam', name, required: true }),
  fill: (root) => (root.querySelector('input')!.value = 'Jan Jansen'),
  filled: (name) => [[name, 'Jan Jansen']],
});
