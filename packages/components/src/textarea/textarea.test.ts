import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  axNode,
  describedByText,
  entries,
  insertServerHtml,
  serverRender,
  systemColor,
  trySubmit,
} from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { PolderTextarea } from './define.js';
import { runFormControlTests } from '../test-helpers/form-control-suite.js';

const templates = new URL('./textarea.template.ts', import.meta.url);
const form = (content: unknown) => fixture<HTMLFormElement>(html`<form action="/nowhere">${content}</form>`);
const area = (f: ParentNode) => f.querySelector<PolderTextarea>('polder-textarea')!;
const text = (n: Element | null) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const count = (el: PolderTextarea) => text(el.querySelector('.polder-textarea__count[aria-hidden]'));
const live = (el: PolderTextarea) => text(el.querySelector('[role=status]'));
async function type(el: PolderTextarea, value: string) {
  const control = el.control!;
  control.focus();
  control.setSelectionRange(control.value.length, control.value.length);
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('polder-textarea', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  const withError = () =>
    fixture<PolderTextarea>(
      html`<polder-textarea
        label="Toelichting"
        hint="Beschrijf de situatie"
        error="Vul een toelichting in"
      ></polder-textarea>`,
    );

  it('renders a labelled native textarea with hint and error as its description', async () => {
    const el = await withError();
    const control = el.querySelector('textarea')!;
    expect(el.control).to.equal(control);
    expect(control.rows).to.equal(5);
    expect([...control.labels].map(text)).to.deep.equal(['Toelichting']);
    expect(describedByText(control)).to.equal('Beschrijf de situatie Fout: Vul een toelichting in');
    expect(control.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is a textbox named by its label and described by hint and error in the accessibility tree (Chromium only)', async () => {
    await withError();
    const node = await axNode('polder-textarea textarea');
    expect(node.role).to.equal('textbox');
    expect(node.name).to.equal('Toelichting');
    expect(node.description).to.equal('Beschrijf de situatie Fout: Vul een toelichting in');
  });

  describe('character count', () => {
    const limited = () =>
      fixture<PolderTextarea>(
        html`<polder-textarea
          label="Bericht"
          hint="Kort en bondig"
          maxlength="10"
          .announceDelay=${1500}
        ></polder-textarea>`,
      );

    it('says how many characters are left, at once on screen and after a pause in the live region', async () => {
      const el = await limited();
      const control = el.control!;
      expect(control.hasAttribute('maxlength')).to.equal(false);
      expect(count(el)).to.equal('U heeft nog 10 tekens over');
      expect(live(el)).to.equal('');
      expect(describedByText(control)).to.equal('Kort en bondig U kunt maximaal 10 tekens invoeren');
      await type(el, 'abcdefghi');
      expect(count(el)).to.equal('U heeft nog 1 teken over');
      expect(live(el)).to.equal('');
      // The pause is long enough that typing nine keys never pauses that long, also on a busy test machine.
      await waitUntil(() => live(el) !== '', 'the live region is filled after the pause', { timeout: 5000 });
      expect(live(el)).to.equal('U heeft nog 1 teken over');
      await expect(el).to.be.accessible();
    });

    it('is described by its hint and the limit in the accessibility tree (Chromium only)', async () => {
      await limited();
      const node = await axNode('polder-textarea textarea');
      expect(node.description).to.equal('Kort en bondig U kunt maximaal 10 tekens invoeren');
    });

    it('never cuts off what is typed: shows the excess and stops the submit with Polder’s message', async () => {
      const f = await form(html`<polder-textarea label="Bericht" name="b" maxlength="5"></polder-textarea>`);
      const el = area(f);
      await type(el, 'abcdefg');
      expect(el.value).to.equal('abcdefg');
      expect(count(el)).to.equal('U heeft 2 tekens te veel');
      expect(el.querySelector('.polder-textarea__count--over')).to.not.equal(null);
      expect(await trySubmit(f)).to.equal(false);
      expect(el.errorMessage).to.equal('Bericht mag maximaal 5 tekens lang zijn');
      expect(el.control!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.errorMessage).to.equal('');
      expect(await trySubmit(f)).to.equal(true);
    });

    it('counts words with max-words, in English under lang="en", with plural rules', async () => {
      const f = await form(
        html`<div lang="en"><polder-textarea label="Summary" name="s" max-words="3"></polder-textarea></div>`,
      );
      const el = area(f);
      expect(text(el.querySelector('#' + el.control!.id + '-limit'))).to.equal('You can enter up to 3 words');
      await type(el, 'one two');
      expect(count(el)).to.equal('You have 1 word remaining');
      await type(el, ' three four  five');
      expect(count(el)).to.equal('You have 2 words too many');
      await trySubmit(f);
      expect(el.errorMessage).to.equal('Summary must be 3 words or fewer');
      await expect(f).to.be.accessible();
    });

    it('takes per-instance strings', async () => {
      const el = await fixture<PolderTextarea>(html`<polder-textarea label="X" maxlength="3"></polder-textarea>`);
      el.strings = { charsLeft: (v: { n: number }) => `Nog ${v.n} over` } as never;
      await el.updateComplete;
      expect(count(el)).to.equal('Nog 3 over');
    });
  });

  describe('native form participation', () => {
    it('submits, resets to its initial value and the count follows', async () => {
      const f = await form(
        html`<polder-textarea
          label="Bericht"
          name="bericht"
          value="Hallo"
          maxlength="20"
          .announceDelay=${10}
        ></polder-textarea>`,
      );
      const el = area(f);
      expect(el.control!.value).to.equal('Hallo');
      expect(count(el)).to.equal('U heeft nog 15 tekens over');
      await type(el, ' wereld');
      await waitUntil(() => live(el) !== '', 'the live region is filled', { timeout: 2000 });
      expect(entries(f)).to.deep.equal([['bericht', 'Hallo wereld']]);
      f.reset();
      await aTimeout(0);
      await el.updateComplete;
      expect(el.value).to.equal('Hallo');
      expect(count(el)).to.equal('U heeft nog 15 tekens over');
      expect(live(el)).to.equal('');
    });

    it('passes the native attributes, and is disabled by a <fieldset disabled>', async () => {
      const wrapper = await fixture(
        html`<div>
          <form id="f2"></form>
          <polder-textarea
            label="A"
            name="a"
            form="f2"
            rows="8"
            autocomplete="off"
            spellcheck="true"
            minlength="2"
            placeholder="…"
            dirname="a.dir"
            readonly
            required
          ></polder-textarea>
          <fieldset disabled><polder-textarea label="B" name="b"></polder-textarea></fieldset>
        </div>`,
      );
      const [a, b] = wrapper.querySelectorAll('textarea');
      for (const [name, value] of Object.entries({
        name: 'a',
        form: 'f2',
        rows: '8',
        autocomplete: 'off',
        spellcheck: 'true',
        minlength: '2',
        placeholder: '…',
        dirname: 'a.dir',
        readonly: '',
        required: '',
      }))
        expect(a.getAttribute(name), name).to.equal(value);
      expect(a.form).to.equal(wrapper.querySelector('form'));
      expect(b.matches(':disabled')).to.equal(true);
      await expect(wrapper).to.be.accessible();
    });

    it('required and minlength show Polder messages after a submit attempt only', async () => {
      const f = await form(
        html`<polder-textarea label="Uw vraag" name="v" required></polder-textarea
          ><polder-textarea label="Reden" name="r" minlength="5"></polder-textarea>`,
      );
      const [v, r] = f.querySelectorAll<PolderTextarea>('polder-textarea');
      await type(r, 'ab');
      expect(r.errorMessage).to.equal('');
      await trySubmit(f);
      expect(v.errorMessage).to.equal('Vul uw vraag in');
      expect(r.errorMessage).to.equal('Reden moet minstens 5 tekens lang zijn');
    });
  });

  describe('server rendering and no JavaScript', () => {
    const state = {
      id: 'ssr-toel',
      label: 'Toelichting',
      name: 'toelichting',
      value: 'Eerste regel',
      maxlength: 50,
      limitText: 'U kunt maximaal 50 tekens invoeren',
    };

    it('adopts server markup, keeps what was typed before the upgrade and drops the native maxlength', async () => {
      const markup = await serverRender(templates, 'renderTextarea', state);
      expect(markup).to.contain('maxlength="50"').and.to.contain('U kunt maximaal 50 tekens invoeren');
      const inert = document.implementation.createHTMLDocument();
      inert.body.setHTMLUnsafe(`<form>${markup}</form>`);
      const control = inert.querySelector('textarea')!;
      expect(control.value).to.equal('Eerste regel');
      control.value = 'Eerste regel, en meer';
      const f = document.adoptNode(inert.querySelector('form')!);
      document.body.append(f);
      const el = area(f);
      await el.updateComplete;
      expect(el.control).to.equal(control);
      expect(control.value).to.equal('Eerste regel, en meer');
      expect(control.hasAttribute('maxlength')).to.equal(false);
      expect(count(el)).to.equal('U heeft nog 29 tekens over');
      expect(el.querySelectorAll('textarea').length).to.equal(1);
      f.reset();
      expect(control.value).to.equal('Eerste regel');
      f.remove();
    });

    it('a server-rendered form submits without JavaScript, with the native limit and the instruction shown', async () => {
      const markup = await serverRender(templates, 'renderTextarea', state);
      const css = ['form-control/form-control.css', 'textarea/textarea.css', 'styles/visually-hidden.css'].map(
        (p) => `/packages/components/src/${p}`,
      );
      const sent = await submitWithoutScript(markup, css, (doc) => {
        const limit = doc.querySelector('.polder-textarea__count')!;
        expect(doc.defaultView!.getComputedStyle(limit).position).to.not.equal('absolute');
        expect(doc.querySelector('textarea')!.maxLength).to.equal(50);
      });
      expect([...sent]).to.deep.equal([['toelichting', 'Eerste regel']]);
    });

    it('escapes the initial value on the server', async () => {
      const evil = '</textarea><img src=x onerror=alert(1)> &amp; <b>';
      const markup = await serverRender(templates, 'textareaTemplate', { id: 'esc', label: 'X', value: evil });
      const inert = document.implementation.createHTMLDocument();
      inert.body.setHTMLUnsafe(markup);
      expect(inert.querySelector('img, b')).to.equal(null);
      expect(inert.querySelector('textarea')!.value).to.equal(evil);
    });

    it('hand-written markup keeps its text as the initial value', async () => {
      const wrapper = insertServerHtml(
        '<form><polder-textarea label="X" name="x"><textarea class="polder-textarea" id="hw-x" name="x">Tekst</textarea></polder-textarea></form>',
      );
      const el = area(wrapper);
      await el.updateComplete;
      expect(el.control!.id).to.equal('hw-x');
      expect(el.value).to.equal('Tekst');
      expect(el.querySelector('label')!.htmlFor).to.equal('hw-x');
      wrapper.remove();
    });
  });

  describe('no data lost', () => {
    it('keeps the text and focus when label, hint, error, lang and maxlength change', async () => {
      const wrapper = await fixture(html`<div><polder-textarea label="A" maxlength="10"></polder-textarea></div>`);
      const el = area(wrapper);
      const control = el.control!;
      await type(el, 'regel 1');
      el.label = 'B';
      el.hint = 'hint';
      el.error = 'fout';
      el.setAttribute('maxlength', '20');
      wrapper.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(el.control).to.equal(control);
      expect(control.value).to.equal('regel 1');
      expect(document.activeElement).to.equal(control);
      expect(count(el)).to.equal('You have 13 characters remaining');
    });

    it('keeps the text, focus and caret when the count comes and goes with maxlength', async () => {
      const el = await fixture<PolderTextarea>(html`<polder-textarea label="Toelichting"></polder-textarea>`);
      const control = el.control!;
      await type(el, 'regel 1');
      control.setSelectionRange(2, 4);
      for (const maxlength of ['20', null]) {
        if (maxlength) el.setAttribute('maxlength', maxlength);
        else el.removeAttribute('maxlength');
        await el.updateComplete;
        expect(el.querySelector('.polder-textarea__count') !== null).to.equal(!!maxlength);
        expect([
          el.control,
          document.activeElement,
          control.value,
          control.selectionStart,
          control.selectionEnd,
        ]).to.deep.equal([control, control, 'regel 1', 2, 4]);
      }
    });

    it('shows markup-like text as text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await fixture<PolderTextarea>(
        html`<polder-textarea label=${evil} hint=${evil} value=${evil}></polder-textarea>`,
      );
      expect(el.querySelector('img')).to.equal(null);
      expect(el.control!.value).to.equal(evil);
      expect([...el.control!.labels].map(text)).to.deep.equal([evil]);
    });

    it('is named by a markup-like label as text in the accessibility tree (Chromium only)', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      await fixture<PolderTextarea>(html`<polder-textarea label=${evil} hint=${evil} value=${evil}></polder-textarea>`);
      expect((await axNode('polder-textarea textarea')).name).to.equal(evil);
    });
  });

  describe('looks', () => {
    const states = html`<form>
      <polder-textarea label="Leeg"></polder-textarea>
      <polder-textarea label="Gevuld" value="Tekst"></polder-textarea>
      <polder-textarea label="Hint" hint="Een hint" maxlength="10"></polder-textarea>
      <polder-textarea label="Te veel" maxlength="2" value="abcdef"></polder-textarea>
      <polder-textarea label="Fout" error="Er is iets mis"></polder-textarea>
      <polder-textarea label="Uit" disabled></polder-textarea>
      <polder-textarea label="Alleen lezen" readonly value="x"></polder-textarea>
      <polder-textarea
        label="Een heel lang label dat over meerdere regels doorloopt omdat de vraag lang en precies moet zijn"
      ></polder-textarea>
      <div lang="en"><polder-textarea label="English" max-words="5"></polder-textarea></div>
    </form>`;

    it('every state passes axe', async () => {
      await expect(await fixture(states)).to.be.accessible();
    });

    it('every state passes axe in dark (Chromium only)', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await expect(await fixture(states)).to.be.accessible();
    });

    it('shows a focus ring on keyboard focus', async () => {
      const el = await fixture<PolderTextarea>(html`<polder-textarea label="X"></polder-textarea>`);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.control);
      expect(getComputedStyle(el.control!).outlineStyle).to.equal('solid');
    });

    it('uses system colours in forced-colors mode, also when focused (Chromium only)', async () => {
      const el = await fixture<PolderTextarea>(html`<polder-textarea label="X"></polder-textarea>`);
      await sendKeys({ press: 'Tab' });
      await emulateMedia({ forcedColors: 'active' });
      expect(getComputedStyle(el.control!).borderTopColor).to.equal(systemColor('FieldText'));
    });
  });
});

runFormControlTests({
  tag: 'polder-textarea',
  render: ({ id, name }) => serverRender(templates, 'renderTextarea', { id, label: 'Uw vraag', name, required: true }),
  fill: (root) => (root.querySelector('textarea')!.value = 'Wanneer krijg ik bericht?'),
  filled: (name) => [[name, 'Wanneer krijg ik bericht?']],
});
