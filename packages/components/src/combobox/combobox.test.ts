import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { setStrings } from '../localize/localize.js';
import {
  axNode,
  captureWarnings,
  entries,
  insertServerHtml,
  serverRender,
  settled,
  systemColor,
  trySubmit,
} from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { PolderCombobox } from './define.js';
import '../error-summary/define.js';

const templates = new URL('./combobox.template.ts', import.meta.url);
const municipalities = html`<option value="">Kies een gemeente</option>
  <option value="0363">Amsterdam</option>
  <option value="0307">Amersfoort</option>
  <option value="0796" data-alt="Den Bosch">'s-Hertogenbosch</option>
  <option value="0518" data-alt="Den Haag">'s-Gravenhage</option>
  <option value="1900">Súdwest-Fryslân</option>
  <option value="0344">Utrecht</option>
  <option value="0599">Rotterdam</option>
  <option value="0197">Aalten</option>`;

const form = (content: unknown) =>
  fixture<HTMLFormElement>(html`<form action="/nowhere">${content}<button>Verstuur</button></form>`);
const combo = (root: ParentNode) => root.querySelector<PolderCombobox>('polder-combobox')!;
const input = (el: PolderCombobox) => el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const options = (el: PolderCombobox) =>
  [...el.querySelectorAll<HTMLElement>('[role="option"]')].map((o) => o.textContent!.trim());
const live = (el: PolderCombobox) => el.querySelector('[role="status"]')!.textContent!.trim();
const type = async (el: PolderCombobox, text: string) => {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
};
const press = async (el: PolderCombobox, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

describe('polder-combobox', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  });

  const described = html`<polder-combobox label="Gemeente" hint="Waar gaat u wonen?" name="gemeente"
    >${municipalities}</polder-combobox
  >`;

  it('keeps a hidden native select as the form control; the input is labelled, closed and accessible', async () => {
    const el = await fixture<PolderCombobox>(described);
    const select = el.querySelector('select')!;
    expect(el.control).to.equal(select);
    expect(select.hidden).to.equal(true);
    expect(select.options.length).to.equal(9);
    expect(el.querySelectorAll(':scope > option').length).to.equal(0);
    expect(el.querySelector('label')!.htmlFor).to.equal(input(el).id);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).getAttribute('aria-autocomplete')).to.equal('list');
    await expect(el).to.be.accessible();
  });

  it('the input is a labelled, described combobox and the select is out of the accessibility tree (Chromium only)', async () => {
    const el = await fixture<PolderCombobox>(described);
    const select = el.querySelector('select')!;
    expect(el.control).to.equal(select);
    expect(select.hidden).to.equal(true);
    expect(select.options.length).to.equal(9);
    expect(el.querySelectorAll(':scope > option').length).to.equal(0);
    expect(el.querySelector('label')!.htmlFor).to.equal(input(el).id);
    const node = await axNode('polder-combobox input');
    expect(node.role).to.equal('combobox');
    expect(node.name).to.equal('Gemeente');
    expect(node.description).to.equal('Waar gaat u wonen?');
    expect(node.expanded).to.equal(false);
    expect(node.autocomplete).to.equal('list');
    expect((await axNode('polder-combobox select')).ignored).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('filters as you type: case-, accent- and punctuation-insensitive, on alternative names, word starts first', async () => {
    const el = await fixture<PolderCombobox>(
      html`<polder-combobox label="Gemeente" name="g">${municipalities}</polder-combobox>`,
    );
    for (const text of ['den bosch', 's hertogenbosch', "'s-Hertogenbosch", 'HERTOGENBOSCH', 'shertogenbosch']) {
      input(el).value = '';
      await type(el, text);
      expect(options(el), text).to.deep.equal(["'s-Hertogenbosch"]);
    }
    input(el).value = '';
    await type(el, 'sudwest fryslan');
    expect(options(el)).to.deep.equal(['Súdwest-Fryslân']);
    input(el).value = '';
    // "Am…" at the start of a name before "am" inside one.
    await type(el, 'am');
    expect(options(el)).to.deep.equal(['Amsterdam', 'Amersfoort', 'Rotterdam']);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('the open list is expanded and named in the accessibility tree; accessible in dark (Chromium only)', async () => {
    const el = await fixture<PolderCombobox>(
      html`<polder-combobox label="Gemeente" name="g">${municipalities}</polder-combobox>`,
    );
    await type(el, 'am');
    expect(options(el)).to.deep.equal(['Amsterdam', 'Amersfoort', 'Rotterdam']);
    const node = await axNode('polder-combobox input');
    expect(node.expanded).to.equal(true);
    expect((await axNode('polder-combobox [role="listbox"]')).name).to.equal('Gemeente');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('APG keys: arrows move the active option, Enter chooses it and fires input and change on the host', async () => {
    const f = await form(html`<polder-combobox label="Gemeente" name="g">${municipalities}</polder-combobox>`);
    const el = combo(f);
    const events: string[] = [];
    el.addEventListener('input', () => events.push(`input:${el.value}`));
    el.addEventListener('change', () => events.push(`change:${el.value}`));
    await type(el, 'am');
    expect(events).to.deep.equal([]);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    const active = el.querySelector('[aria-selected="true"]')!;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(active.id);
    expect(active.textContent!.trim()).to.equal('Amersfoort');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(el.querySelector('[aria-selected="true"]')!.textContent!.trim()).to.equal('Rotterdam');
    await press(el, 'Enter');
    expect(el.value).to.equal('0599');
    expect(input(el).value).to.equal('Rotterdam');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(events).to.deep.equal(['input:0599', 'change:0599']);
    expect(document.activeElement).to.equal(input(el));
    expect(entries(f)).to.deep.equal([['g', '0599']]);
  });

  it('the active option is selected in the accessibility tree (Chromium only)', async () => {
    const el = await fixture<PolderCombobox>(
      html`<polder-combobox label="Gemeente" name="g">${municipalities}</polder-combobox>`,
    );
    await type(el, 'am');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(el.querySelector('[aria-selected="true"]')!.textContent!.trim()).to.equal('Amersfoort');
    expect((await axNode('polder-combobox [aria-selected="true"]')).selected).to.equal(true);
  });

  it('Escape closes the list, a second Escape clears the text; Alt+Down opens the full list', async () => {
    const el = await fixture<PolderCombobox>(
      html`<polder-combobox label="Gemeente" value="0344">${municipalities}</polder-combobox>`,
    );
    expect(input(el).value).to.equal('Utrecht');
    input(el).focus();
    await press(el, 'Alt+ArrowDown');
    expect(options(el).length).to.equal(8);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    await press(el, 'Escape');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('Utrecht');
    expect(el.value).to.equal('0344');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(el.value).to.equal('');
    expect(document.activeElement).to.equal(input(el));
  });

  it('Tab leaves without choosing the active option; clicking an option chooses it and keeps focus', async () => {
    const wrapper = await fixture(
      html`<div><polder-combobox label="Gemeente">${municipalities}</polder-combobox><button>Volgende</button></div>`,
    );
    const el = combo(wrapper);
    await type(el, 'a');
    await press(el, 'ArrowDown');
    await press(el, 'Tab');
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    expect(el.value).to.equal('');
    expect(input(el).value).to.equal('a');
    input(el).value = '';
    await type(el, 'ut');
    // A real click (the mouse of the browser), in the middle of the option.
    const box = el.querySelector<HTMLElement>('[role="option"]')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await el.updateComplete;
    expect(el.value).to.equal('0344');
    expect(input(el).value).to.equal('Utrecht');
    expect(document.activeElement).to.equal(input(el));
  });

  it('leaving with text that matches one option chooses it; text that matches none is an error after a submit attempt', async () => {
    const f = await form(
      html`<polder-combobox label="Gemeente" name="g">${municipalities}</polder-combobox>
        <input aria-label="volgende" />`,
    );
    const el = combo(f);
    await type(el, 'den bosch');
    f.querySelector<HTMLInputElement>('input[aria-label]')!.focus();
    await el.updateComplete;
    expect(el.value).to.equal('0796');
    expect(input(el).value).to.equal("'s-Hertogenbosch");
    input(el).value = '';
    await type(el, 'Groningen');
    f.querySelector<HTMLInputElement>('input[aria-label]')!.focus();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.errorMessage).to.equal('');
    expect(await trySubmit(f)).to.equal(false);
    expect(el.errorMessage).to.equal('Kies een optie uit de lijst');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(f).to.be.accessible();
    el.strings = { noMatch: 'Kies een gemeente uit de lijst' };
    await el.updateComplete;
    expect(el.errorMessage).to.equal('Kies een gemeente uit de lijst');
    f.setAttribute('lang', 'en');
    el.strings = {};
    await settled(f);
    expect(el.errorMessage).to.equal('Choose an option from the list');
    setStrings('en', { 'combobox.noMatch': 'Choose a municipality from the list' });
    await el.updateComplete;
    expect(el.errorMessage).to.equal('Choose a municipality from the list');
    setStrings('en', { 'combobox.noMatch': 'Choose an option from the list' });
  });

  it('text that matches no option: the input is invalid and described by the error (Chromium only)', async () => {
    const f = await form(
      html`<polder-combobox label="Gemeente" name="g">${municipalities}</polder-combobox>
        <input aria-label="volgende" />`,
    );
    const el = combo(f);
    await type(el, 'Groningen');
    f.querySelector<HTMLInputElement>('input[aria-label]')!.focus();
    await el.updateComplete;
    expect(await trySubmit(f)).to.equal(false);
    expect(el.errorMessage).to.equal('Kies een optie uit de lijst');
    const node = await axNode('polder-combobox input');
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal('Fout: Kies een optie uit de lijst');
  });

  it('required: "Kies uw gemeente"; the error summary link focuses the input', async () => {
    const f = await fixture<HTMLFormElement>(
      html`<form id="cf" action="/nowhere">
        <polder-error-summary for="cf"></polder-error-summary>
        <polder-combobox label="Gemeente" name="g" required>${municipalities}</polder-combobox>
        <button>Verstuur</button>
      </form>`,
    );
    const el = combo(f);
    expect(await trySubmit(f)).to.equal(false);
    await settled(f);
    expect(el.errorMessage).to.equal('Kies uw gemeente');
    const link = f.querySelector<HTMLAnchorElement>('polder-error-summary a')!;
    expect(link.textContent).to.equal('Kies uw gemeente');
    link.click();
    expect(document.activeElement).to.equal(input(el));
    await type(el, 'Aalten');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.errorMessage).to.equal('');
    expect(await trySubmit(f)).to.equal(true);
  });

  it('required: the input is required in the accessibility tree (Chromium only)', async () => {
    await form(html`<polder-combobox label="Gemeente" name="g" required>${municipalities}</polder-combobox>`);
    expect((await axNode('polder-combobox input')).required).to.equal(true);
  });

  it('announces the number of results after typing pauses, in Dutch and English', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-combobox label="Gemeente">${municipalities}</polder-combobox>
        <polder-combobox lang="en" label="Municipality">${municipalities}</polder-combobox>
      </div>`,
    );
    const [nl, en] = wrapper.querySelectorAll<PolderCombobox>('polder-combobox');
    expect(nl.querySelector('[role="status"]')).to.exist;
    await type(nl, 'a');
    expect(live(nl)).to.equal('');
    await waitUntil(() => live(nl) === '6 resultaten', 'count after the pause', { timeout: 3000 });
    await type(nl, 'alt');
    await waitUntil(() => live(nl) === '1 resultaat', 'one result', { timeout: 3000 });
    await type(nl, 'x');
    await waitUntil(() => live(nl) === 'Geen resultaten', 'no results', { timeout: 3000 });
    expect(nl.querySelector('.polder-listbox__note')!.textContent).to.equal('Geen resultaten');
    await expect(nl).to.be.accessible();
    await type(en, 'utr');
    await waitUntil(() => live(en) === '1 result', 'English', { timeout: 3000 });
  });

  it('free-text: text that matches no option is submitted under the name; reset removes it', async () => {
    const f = await form(
      html`<polder-combobox label="Nationaliteit" name="n" value="nl" free-text
        ><option value=""></option>
        <option value="nl">Nederlandse</option>
        <option value="be">Belgische</option></polder-combobox
      >`,
    );
    const el = combo(f);
    input(el).focus();
    await press(el, 'Escape');
    expect(entries(f)).to.deep.equal([['n', '']]);
    const changed = oneEvent(el, 'change');
    await type(el, 'Staatloos');
    input(el).blur();
    await changed;
    expect(el.value).to.equal('Staatloos');
    expect(entries(f)).to.deep.equal([['n', 'Staatloos']]);
    expect(await trySubmit(f)).to.equal(true);
    input(el).focus();
    await press(el, 'Escape');
    await type(el, 'nederl');
    input(el).blur();
    await el.updateComplete;
    expect(entries(f)).to.deep.equal([['n', 'nl']]);
    expect(el.querySelectorAll('option').length).to.equal(3);
    await type(el, ' en meer');
    input(el).blur();
    expect(entries(f)).to.deep.equal([['n', 'Nederlandse en meer']]);
    f.reset();
    await waitUntil(() => input(el).value === 'Nederlandse', 'reset shows the default again');
    expect(el.querySelectorAll('option').length).to.equal(3);
    expect(entries(f)).to.deep.equal([['n', 'nl']]);
  });

  describe('src', () => {
    const original = window.fetch;
    afterEach(() => {
      window.fetch = original;
    });

    it('asks the endpoint once typing pauses; the answer to the latest query wins; a choice is submitted', async () => {
      const calls: { url: string; respond: (data: unknown) => void }[] = [];
      let called: () => void = () => {};
      window.fetch = ((url: string) =>
        new Promise<Response>((resolve) => {
          calls.push({ url, respond: (data) => resolve(new Response(JSON.stringify(data))) });
          called();
        })) as typeof fetch;
      const nextCall = () => new Promise<void>((resolve) => (called = resolve));
      const f = await form(
        html`<polder-combobox label="Woonplaats" name="w" src="/api/plaatsen?q={query}"></polder-combobox>`,
      );
      const el = combo(f);
      let call = nextCall();
      await type(el, 'ut');
      await call;
      expect(calls.map((c) => c.url)).to.deep.equal(['/api/plaatsen?q=ut']);
      call = nextCall();
      await type(el, 'r ');
      await call;
      expect(calls.map((c) => c.url)).to.deep.equal(['/api/plaatsen?q=ut', '/api/plaatsen?q=utr']);
      calls[1].respond([
        { value: 'utr', label: 'Utrecht' },
        { value: 'utk', label: 'Uitgeest' },
      ]);
      await waitUntil(() => options(el).length === 2, 'the latest answer is shown');
      calls[0].respond([{ value: 'x', label: 'Stale' }]);
      await waitUntil(() => live(el) === '2 resultaten', 'the count is of the latest answer', { timeout: 3000 });
      expect(options(el)).to.deep.equal(['Utrecht', 'Uitgeest']);
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(el.value).to.equal('utr');
      expect(entries(f)).to.deep.equal([['w', 'utr']]);
      f.reset();
      await waitUntil(() => !el.querySelector('option'), 'the reset removes the option from src');
      expect(input(el).value).to.equal('');
      expect(el.value).to.equal('');
    });

    it('a script URL is never fetched', async () => {
      let fetched = false;
      window.fetch = (() => {
        fetched = true;
        return Promise.reject(new Error('no'));
      }) as typeof fetch;
      const warnings = await captureWarnings(async () => {
        const el = await fixture<PolderCombobox>(
          html`<polder-combobox label="X" src="javascript:alert(1)">${municipalities}</polder-combobox>`,
        );
        await type(el, 'ut');
        expect(options(el)).to.deep.equal(['Utrecht']);
      });
      expect(fetched).to.equal(false);
      expect(warnings.join()).to.contain('<polder-combobox>: src "javascript:alert(1)" is not a safe URL');
    });
  });

  it('reset, disabled, and <fieldset disabled> act on the select and the input', async () => {
    const f = await form(
      html`<polder-combobox label="A" name="a" value="0344">${municipalities}</polder-combobox>
        <fieldset disabled><polder-combobox label="B" name="b">${municipalities}</polder-combobox></fieldset>
        <polder-combobox label="C" name="c" disabled>${municipalities}</polder-combobox>`,
    );
    const [a, b, c] = f.querySelectorAll<PolderCombobox>('polder-combobox');
    await type(a, '');
    input(a).select();
    await sendKeys({ type: 'Aalten' });
    await press(a, 'ArrowDown');
    await press(a, 'Enter');
    expect(entries(f)).to.deep.equal([['a', '0197']]);
    f.reset();
    await waitUntil(() => input(a).value === 'Utrecht', 'reset');
    expect(a.value).to.equal('0344');
    expect(input(b).matches(':disabled')).to.equal(true);
    expect(b.control!.matches(':disabled')).to.equal(true);
    expect(input(c).disabled).to.equal(true);
    await expect(f).to.be.accessible();
  });

  it('disabled: the input is disabled in the accessibility tree (Chromium only)', async () => {
    await form(html`<polder-combobox label="C" name="c" disabled>${municipalities}</polder-combobox>`);
    expect((await axNode('polder-combobox[name="c"] input')).disabled).to.equal(true);
  });

  it('adopts a server-rendered select and keeps a choice made before the upgrade', async () => {
    const markup = await serverRender(templates, 'renderCombobox', {
      id: 'ssr-g',
      label: 'Gemeente',
      name: 'g',
      options: [
        { value: '', label: 'Kies een gemeente' },
        { value: '0796', label: "'s-Hertogenbosch", alt: 'Den Bosch' },
        { group: 'Randstad', options: [{ value: '0344', label: 'Utrecht', selected: true }] },
      ],
    });
    const inert = document.implementation.createHTMLDocument();
    inert.body.setHTMLUnsafe(`<form>${markup}</form>`);
    const select = inert.querySelector('select')!;
    expect(select.hidden).to.equal(false);
    select.value = '0796';
    const f = document.adoptNode(inert.querySelector('form')!);
    document.body.append(f);
    try {
      const el = combo(f);
      await el.updateComplete;
      expect(el.control).to.equal(select);
      expect(select.hidden).to.equal(true);
      expect(input(el).id).to.equal('ssr-g');
      expect(input(el).value).to.equal("'s-Hertogenbosch");
      expect(el.querySelector('label')!.htmlFor).to.equal('ssr-g');
      expect(el.querySelector('label')!.textContent!.trim()).to.equal('Gemeente');
      input(el).value = '';
      await type(el, 'den b');
      expect(options(el)).to.deep.equal(["'s-Hertogenbosch"]);
      f.reset();
      await waitUntil(() => input(el).value === 'Utrecht', 'reset to the server default');
    } finally {
      f.remove();
    }
  });

  it('an adopted server-rendered select gives an input named by its label (Chromium only)', async () => {
    const markup = await serverRender(templates, 'renderCombobox', {
      id: 'ssr-g',
      label: 'Gemeente',
      name: 'g',
      options: [
        { value: '', label: 'Kies een gemeente' },
        { value: '0796', label: "'s-Hertogenbosch", alt: 'Den Bosch' },
      ],
    });
    const wrapper = insertServerHtml(`<form>${markup}</form>`);
    try {
      await combo(wrapper).updateComplete;
      expect((await axNode('polder-combobox input')).name).to.equal('Gemeente');
    } finally {
      wrapper.remove();
    }
  });

  it('adopts a hand-written select with its id and options', async () => {
    const wrapper = insertServerHtml(
      `<polder-combobox label="Land" name="land"><select id="hw-land" name="land">
        <option value="nl">Nederland</option><option value="be" selected>België</option></select></polder-combobox>`,
    );
    try {
      const el = combo(wrapper);
      await el.updateComplete;
      expect(input(el).id).to.equal('hw-land');
      expect(el.control!.id).to.equal('hw-land-select');
      expect(input(el).value).to.equal('België');
      await type(el, '');
      input(el).select();
      await sendKeys({ type: 'belg' });
      expect(options(wrapper.querySelector('polder-combobox')!)).to.deep.equal(['België']);
    } finally {
      wrapper.remove();
    }
  });

  it('without JavaScript it is a select that submits', async () => {
    const markup = await serverRender(templates, 'renderCombobox', {
      id: 'nojs-g',
      label: 'Gemeente',
      name: 'g',
      required: true,
      options: [
        { value: '', label: 'Kies een gemeente' },
        { value: '0363', label: 'Amsterdam' },
        { value: '0344', label: 'Utrecht' },
      ],
    });
    const css = ['form-control/form-control.css', 'combobox/combobox.css', 'styles/visually-hidden.css'].map(
      (p) => `/packages/components/src/${p}`,
    );
    const query = await submitWithoutScript(markup, css, (doc) => {
      const select = doc.querySelector('select')!;
      expect(doc.defaultView!.getComputedStyle(select).display).to.not.equal('none');
      expect(doc.querySelector('label')!.htmlFor).to.equal(select.id);
      select.value = '0344';
    });
    expect(query.get('g')).to.equal('0344');
  });

  it('10,000 options: an index prepared once, at most 100 options rendered with a "type more" note', async () => {
    const el = await fixture<PolderCombobox>(html`<polder-combobox label="Adres"></polder-combobox>`);
    const select = el.control!;
    for (let i = 0; i < 10000; i++) select.append(new Option(`Straat ${i} Plaats`, String(i)));
    await type(el, 'straat');
    expect(el.querySelectorAll('[role="option"]').length).to.equal(100);
    expect(el.querySelector('.polder-listbox__note')!.textContent).to.equal(
      'Typ verder: 100 van 10000 resultaten getoond.',
    );
    await type(el, ' 9999');
    expect(options(el)).to.deep.equal(['Straat 9999 Plaats']);
  });

  it('fits 320px: the list is never wider than the viewport; options are 44px high on touch screens', async () => {
    const wrapper = await fixture(
      html`<div style="inline-size: 320px">
        <polder-combobox label="In welke gemeente of welk openbaar lichaam gaat u wonen?" hint="Kies uit de lijst"
          ><option value=""></option>
          <option>Openbaar lichaam Bonaire, Sint Eustatius en Saba (Caribisch Nederland)</option>
          <option>Súdwest-Fryslân</option></polder-combobox
        >
      </div>`,
    );
    const el = combo(wrapper);
    await type(el, 'o');
    const list = el.querySelector('.polder-listbox')!.getBoundingClientRect();
    expect(list.right).to.be.at.most(320 + wrapper.getBoundingClientRect().left + 0.5);
    expect(el.querySelector('[role="option"]')!.getBoundingClientRect().height).to.be.at.least(24);
    // The touch rule, resolved: the declaration inside @media (pointer: coarse) gives at least 44px.
    const media = [...document.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules])
      .find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === '(pointer: coarse)')!;
    const rule = [...media.cssRules].find(
      (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === '.polder-listbox__option',
    )!;
    const option = el.querySelector<HTMLElement>('[role="option"]')!;
    option.style.setProperty('min-block-size', rule.style.getPropertyValue('min-block-size'));
    expect(option.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  const states = html`<form>
    <polder-combobox label="Leeg">${municipalities}</polder-combobox>
    <polder-combobox label="Gekozen" value="0363">${municipalities}</polder-combobox>
    <polder-combobox label="Hint" hint="Een hint">${municipalities}</polder-combobox>
    <polder-combobox label="Fout" error="Kies een gemeente uit de lijst">${municipalities}</polder-combobox>
    <polder-combobox label="Uit" disabled>${municipalities}</polder-combobox>
    <div lang="en"><polder-combobox label="English">${municipalities}</polder-combobox></div>
  </form>`;

  it('every state passes axe, open and closed', async () => {
    const f = await fixture(states);
    await expect(f).to.be.accessible();
    const el = combo(f);
    await type(el, 'a');
    await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await expect(f).to.be.accessible();
  });

  it('every state passes axe, open and closed, light and dark; forced colours use system colours (Chromium only)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      const f = await fixture(states);
      await expect(f).to.be.accessible();
      const el = combo(f);
      await type(el, 'a');
      await press(el, 'ArrowDown');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await expect(f).to.be.accessible();
    }
    await emulateMedia({ forcedColors: 'active' });
    const f = await fixture(states);
    const el = combo(f);
    await type(el, 'a');
    await press(el, 'ArrowDown');
    // The focused input's ring and the active option are system colours; other borders are forced by the browser.
    expect(getComputedStyle(input(el)).outlineColor).to.equal(systemColor('Highlight'));
    expect(
      getComputedStyle(input(f.querySelectorAll<PolderCombobox>('polder-combobox')[1])).borderTopColor,
    ).to.be.oneOf(['CanvasText', 'FieldText', 'ButtonText'].map(systemColor));
    expect(getComputedStyle(el.querySelector('[aria-selected="true"]')!).backgroundColor).to.equal(
      systemColor('Highlight'),
    );
  });
});
