import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  axNode,
  describedByText,
  entries,
  insertServerHtml,
  nextSubmit,
  serverRender,
  systemColor,
} from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { PolderSelect } from './define.js';
import { runFormControlTests } from '../test-helpers/form-control-suite.js';

const templates = new URL('./select.template.ts', import.meta.url);
const form = (content: unknown) => fixture<HTMLFormElement>(html`<form action="/nowhere">${content}</form>`);
const sel = (f: ParentNode) => f.querySelector<PolderSelect>('polder-select')!;
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();
const provinces = html`<option value="">Kies een provincie</option>
  <option value="fr">Friesland</option>
  <option value="gr">Groningen</option>
  <optgroup label="Randstad">
    <option value="nh">Noord-Holland</option>
    <option value="zh">Zuid-Holland</option>
  </optgroup>`;

describe('polder-select', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  const labelled = () =>
    fixture<PolderSelect>(
      html`<polder-select label="Provincie" hint="Waar woont u?" name="provincie">${provinces}</polder-select>`,
    );

  it('moves its option and optgroup children into a labelled native select', async () => {
    const el = await labelled();
    const control = el.querySelector('select')!;
    expect(el.control).to.equal(control);
    expect([...control.options].map((o) => o.value)).to.deep.equal(['', 'fr', 'gr', 'nh', 'zh']);
    expect(control.querySelector('optgroup')!.label).to.equal('Randstad');
    expect(el.querySelectorAll(':scope > option, :scope > optgroup').length).to.equal(0);
    expect([...control.labels].map(text)).to.deep.equal(['Provincie']);
    expect(describedByText(control)).to.equal('Waar woont u?');
    await expect(el).to.be.accessible();
  });

  it('is a combobox named by its label and described by its hint in the accessibility tree (Chromium only)', async () => {
    await labelled();
    const node = await axNode('polder-select select');
    expect(node.role).to.equal('combobox');
    expect(node.name).to.equal('Provincie');
    expect(node.description).to.equal('Waar woont u?');
  });

  it('takes options added later', async () => {
    const el = await fixture<PolderSelect>(html`<polder-select label="Land"></polder-select>`);
    const option = new Option('België', 'be');
    el.append(option);
    await aTimeout(0);
    expect(option.parentElement).to.equal(el.control);
  });

  it('submits the chosen value, is chosen with the keyboard, resets to the initial choice', async () => {
    const f = await form(html`<polder-select label="Provincie" name="p" value="gr">${provinces}</polder-select>`);
    const el = sel(f);
    expect(el.value).to.equal('gr');
    expect(entries(f)).to.deep.equal([['p', 'gr']]);
    el.control!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('nh');
    const submitted = nextSubmit(f);
    f.requestSubmit();
    await submitted;
    expect(entries(f)).to.deep.equal([['p', 'nh']]);
    f.reset();
    expect(el.value).to.equal('gr');
  });

  it('required: Polder’s "Kies uw …" after a submit attempt, in Dutch and English', async () => {
    const f = await form(
      html`<polder-select label="Provincie" name="p" required>${provinces}</polder-select>
        <div lang="en">
          <polder-select label="Country" name="c" required><option value="">Choose</option></polder-select>
        </div>`,
    );
    const [nl, en] = f.querySelectorAll<PolderSelect>('polder-select');
    expect(nl.errorMessage).to.equal('');
    f.requestSubmit();
    await nl.updateComplete;
    await en.updateComplete;
    expect(nl.errorMessage).to.equal('Kies uw provincie');
    expect(en.errorMessage).to.equal('Select your country');
    expect(nl.control!.getAttribute('aria-invalid')).to.equal('true');
    expect(describedByText(nl.control!)).to.equal('Fout: Kies uw provincie');
    await expect(f).to.be.accessible();
    nl.control!.value = 'fr';
    nl.control!.dispatchEvent(new Event('change', { bubbles: true }));
    await nl.updateComplete;
    expect(nl.errorMessage).to.equal('');
  });

  it('required: after a submit attempt it is described by "Fout: Kies uw provincie" in the accessibility tree (Chromium only)', async () => {
    const f = await form(html`<polder-select label="Provincie" name="p" required>${provinces}</polder-select>`);
    const el = sel(f);
    f.requestSubmit();
    await el.updateComplete;
    expect((await axNode('polder-select select')).description).to.equal('Fout: Kies uw provincie');
  });

  it('passes native attributes and is disabled by a <fieldset disabled>', async () => {
    const wrapper = await fixture(
      html`<div>
        <form id="f3"></form>
        <polder-select label="A" name="a" form="f3" autocomplete="country-name" required
          ><option value="nl">Nederland</option></polder-select
        >
        <fieldset disabled>
          <polder-select label="B" name="b"><option>x</option></polder-select>
        </fieldset>
        <polder-select label="C" disabled><option>y</option></polder-select>
      </div>`,
    );
    const [a, b, c] = wrapper.querySelectorAll('select');
    expect(a.form).to.equal(wrapper.querySelector('form'));
    expect(a.getAttribute('autocomplete')).to.equal('country-name');
    expect(a.required).to.equal(true);
    expect(b.matches(':disabled')).to.equal(true);
    expect(c.disabled).to.equal(true);
    expect(entries(wrapper.querySelector('form')!)).to.deep.equal([['a', 'nl']]);
    await expect(wrapper).to.be.accessible();
  });

  const serverSelect = () =>
    serverRender(templates, 'renderSelect', {
      id: 'ssr-p',
      label: 'Provincie',
      name: 'p',
      options: [
        { value: 'fr', label: 'Friesland' },
        {
          group: 'Randstad',
          options: [
            { value: 'nh', label: 'Noord-Holland', selected: true },
            { value: 'zh', label: 'Zuid-Holland' },
          ],
        },
      ],
    });

  it('adopts server markup and keeps a choice made before the upgrade', async () => {
    const markup = await serverSelect();
    const inert = document.implementation.createHTMLDocument();
    inert.body.setHTMLUnsafe(`<form>${markup}</form>`);
    const control = inert.querySelector('select')!;
    control.value = 'zh';
    const f = document.adoptNode(inert.querySelector('form')!);
    document.body.append(f);
    const el = sel(f);
    await el.updateComplete;
    expect(el.control).to.equal(control);
    expect(el.value).to.equal('zh');
    expect(el.querySelectorAll('select, option').length).to.equal(4);
    expect([...control.labels].map(text)).to.deep.equal(['Provincie']);
    f.reset();
    expect(el.value).to.equal('nh');
    f.remove();
  });

  it('adopted server markup is named by its label in the accessibility tree (Chromium only)', async () => {
    const f = insertServerHtml(`<form>${await serverSelect()}</form>`);
    try {
      await sel(f).updateComplete;
      expect((await axNode('polder-select select')).name).to.equal('Provincie');
    } finally {
      f.remove();
    }
  });

  it('a server-rendered select submits without JavaScript', async () => {
    const markup = await serverRender(templates, 'renderSelect', {
      id: 'nojs-p',
      label: 'Provincie',
      name: 'p',
      options: [
        { value: 'fr', label: 'Friesland' },
        { value: 'gr', label: 'Groningen', selected: true },
      ],
    });
    const css = ['form-control/form-control.css', 'select/select.css', 'styles/visually-hidden.css'].map(
      (p) => `/packages/components/src/${p}`,
    );
    const sent = await submitWithoutScript(markup, css, (doc) => {
      expect(doc.defaultView!.getComputedStyle(doc.querySelector('select')!).borderTopWidth).to.equal('2px');
    });
    expect([...sent]).to.deep.equal([['p', 'gr']]);
  });

  it('keeps the choice and focus when label, hint, error and lang change; shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const wrapper = await fixture(html`<div><polder-select label="A">${provinces}</polder-select></div>`);
    const el = sel(wrapper);
    const control = el.control!;
    control.value = 'zh';
    control.focus();
    el.label = evil;
    el.hint = evil;
    el.error = 'Kies een andere provincie';
    wrapper.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    expect(el.control).to.equal(control);
    expect(control.value).to.equal('zh');
    expect(document.activeElement).to.equal(control);
    expect(el.querySelector('img')).to.equal(null);
    expect([...control.labels].map(text)).to.deep.equal([evil]);
  });

  it('is named by a markup-like label as text in the accessibility tree (Chromium only)', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<PolderSelect>(html`<polder-select label="A">${provinces}</polder-select>`);
    el.label = evil;
    await el.updateComplete;
    expect((await axNode('polder-select select')).name).to.equal(evil);
  });

  const states = html`<form>
    <polder-select label="Leeg"><option value="">Kies</option></polder-select>
    <polder-select label="Gekozen" value="a"><option value="a">A</option></polder-select>
    <polder-select label="Hint" hint="Een hint"><option>A</option></polder-select>
    <polder-select label="Fout" error="Kies een optie"><option>A</option></polder-select>
    <polder-select label="Uit" disabled><option>A</option></polder-select>
    <polder-select
      label="Een heel lang label dat over meerdere regels doorloopt omdat de vraag lang en precies moet zijn"
      ><option>
        Een optie met een lange tekst die breder is dan het scherm van een kleine telefoon
      </option></polder-select
    >
    <div lang="en">
      <polder-select label="English"><option>A</option></polder-select>
    </div>
  </form>`;

  it('every state passes axe', async () => {
    await expect(await fixture(states)).to.be.accessible();
  });

  it('every state passes axe in dark; forced colours use system colours (Chromium only)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const f = await fixture(states);
    await expect(f).to.be.accessible();
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(f.querySelector('select')!).borderTopColor).to.equal(systemColor('FieldText'));
  });

  it('fits a 320px screen with a long option', async () => {
    const wrapper = await fixture(
      html`<div style="inline-size: 320px">
        <polder-select label="X"
          ><option>
            Een optie met een lange tekst die breder is dan het scherm van een kleine telefoon
          </option></polder-select
        >
      </div>`,
    );
    expect(wrapper.querySelector('select')!.getBoundingClientRect().right).to.be.at.most(
      wrapper.getBoundingClientRect().right + 0.5,
    );
  });

  it('hand-written markup is adopted with its id', async () => {
    const wrapper = insertServerHtml(
      '<polder-select label="X" name="x"><select class="polder-select" id="hw-s" name="x"><option>1</option></select></polder-select>',
    );
    const el = sel(wrapper);
    await el.updateComplete;
    expect(el.control!.id).to.equal('hw-s');
    expect(el.querySelector('label')!.htmlFor).to.equal('hw-s');
    wrapper.remove();
  });
});

runFormControlTests({
  tag: 'polder-select',
  render: ({ id, name }) =>
    serverRender(templates, 'renderSelect', {
      id,
      label: 'Provincie',
      name,
      required: true,
      options: [
        { value: '', label: 'Kies een provincie' },
        { value: 'fr', label: 'Friesland' },
      ],
    }),
  fill: (root) => (root.querySelector('select')!.value = 'fr'),
  filled: (name) => [[name, 'fr']],
});
