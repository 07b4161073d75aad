import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  axNode,
  axTree,
  captureWarnings,
  frameLoaded,
  insertServerHtml,
  serverRender,
  systemColor,
} from '../test-helpers/index.js';
import { PolderSearch } from './define.js';

const templates = new URL('./search.template.ts', import.meta.url);
const input = (el: PolderSearch) => el.querySelector('input')!;
const submitted = (form: HTMLFormElement) =>
  new Promise<string>((resolve) =>
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        resolve(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString());
      },
      { once: true },
    ),
  );

describe('polder-search', () => {
  const original = window.fetch;
  afterEach(async () => {
    window.fetch = original;
    await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  });

  it('is a search landmark with a labelled search input and a submit button; name defaults to q', async () => {
    const el = await fixture<PolderSearch>(html`<polder-search action="/zoeken"></polder-search>`);
    const form = el.querySelector('form')!;
    expect(form.getAttribute('role')).to.equal('search');
    expect(form.getAttribute('action')).to.equal('/zoeken');
    expect(form.method).to.equal('get');
    expect(input(el).type).to.equal('search');
    expect(input(el).name).to.equal('q');
    expect(el.querySelector('label')!.htmlFor).to.equal(input(el).id);
    expect(el.querySelector('label')!.textContent!.trim()).to.equal('Zoeken');
    expect(form.getAttribute('aria-labelledby')).to.equal(el.querySelector('label')!.id);
    expect(el.querySelector('button')!.textContent!.trim()).to.equal('Zoeken');
    const query = submitted(form);
    input(el).focus();
    await sendKeys({ type: 'huurtoeslag' });
    await sendKeys({ press: 'Enter' });
    expect(await query).to.equal('q=huurtoeslag');
    await expect(el).to.be.accessible();
  });

  it('the accessibility tree has a search landmark, a searchbox and a button, each named "Zoeken" (Chromium only)', async () => {
    await fixture<PolderSearch>(html`<polder-search action="/zoeken"></polder-search>`);
    const node = await axNode('polder-search input');
    expect(node.role).to.equal('searchbox');
    expect(node.name).to.equal('Zoeken');
    expect((await axNode('polder-search button')).name).to.equal('Zoeken');
    expect((await axTree()).find((n) => n.role === 'search')?.name).to.equal('Zoeken');
  });

  it('takes name, label, button and hide-label; English; a script action is never rendered', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture(
        html`<div lang="en">
          <polder-search
            name="zoekterm"
            label="Search this site"
            hide-label
            action="javascript:alert(1)"
          ></polder-search>
          <polder-search></polder-search>
        </div>`,
      );
      const [a, b] = wrapper.querySelectorAll<PolderSearch>('polder-search');
      expect(input(a).name).to.equal('zoekterm');
      expect(a.querySelector('form')!.hasAttribute('action')).to.equal(false);
      expect(a.querySelector('label')!.classList.contains('polder-visually-hidden')).to.equal(true);
      expect(a.querySelector('label')!.textContent!.trim()).to.equal('Search this site');
      expect(a.querySelector('label')!.htmlFor).to.equal(input(a).id);
      expect(b.querySelector('button')!.textContent!.trim()).to.equal('Search');
      await expect(wrapper).to.be.accessible();
    });
    expect(warnings.join()).to.contain('<polder-search>: action "javascript:alert(1)" is not a safe URL');
  });

  it('its properties read and set their attributes, as a native control’s do', async () => {
    const el = document.createElement('polder-search');
    expect([el.action, el.name, el.label, el.button, el.hideLabel, el.src]).to.deep.equal(['', 'q', '', '', false, '']);
    Object.assign(el, { action: '/zoeken', name: 'zoekterm', label: 'Zoek op de site', hideLabel: true });
    expect(el.getAttributeNames().sort()).to.deep.equal(['action', 'hide-label', 'label', 'name']);
    await fixture(html`<div>${el}</div>`);
    expect(el.querySelector('form')!.getAttribute('action')).to.equal('/zoeken');
    expect(input(el).name).to.equal('zoekterm');
    expect(el.querySelector('label')!.textContent!.trim()).to.equal('Zoek op de site');
    expect(el.querySelector('label')!.classList.contains('polder-visually-hidden')).to.equal(true);
    Object.assign(el, { name: undefined, hideLabel: false });
    await el.updateComplete;
    expect([el.name, input(el).name, el.hasAttribute('hide-label')]).to.deep.equal(['q', 'q', false]);
    expect(el.querySelector('label')!.classList.contains('polder-visually-hidden')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the accessibility tree names the input by a visually hidden label (Chromium only)', async () => {
    await fixture(html`<div lang="en"><polder-search label="Search this site" hide-label></polder-search></div>`);
    expect((await axNode('polder-search input')).name).to.equal('Search this site');
  });

  it('suggestions from src: a combobox with a listbox; choosing one searches for it', async () => {
    let asked = '';
    window.fetch = ((url: string) => {
      asked = url;
      return Promise.resolve(
        new Response(
          JSON.stringify([
            { value: 'huurtoeslag', label: 'huurtoeslag' },
            { value: 'huurtoeslag aanvragen', label: 'huurtoeslag aanvragen' },
          ]),
        ),
      );
    }) as typeof fetch;
    const el = await fixture<PolderSearch>(html`<polder-search src="/api/suggesties?q={query}"></polder-search>`);
    expect(input(el).getAttribute('role')).to.equal('combobox');
    input(el).focus();
    await sendKeys({ type: 'huur' });
    // On a busy machine a pause between two keys can already ask for "hu": wait for the question for the whole word.
    await waitUntil(
      () => asked === '/api/suggesties?q=huur' && el.querySelectorAll('[role="option"]').length === 2,
      'suggestions for "huur" shown',
    );
    expect(asked).to.equal('/api/suggesties?q=huur');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await waitUntil(() => el.querySelector('[role="status"]')!.textContent === '2 resultaten', 'count announced', {
      timeout: 3000,
    });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(el.querySelector('[aria-selected="true"]')!.id);
    const query = submitted(el.querySelector('form')!);
    await sendKeys({ press: 'Enter' });
    expect(await query).to.equal('q=huurtoeslag+aanvragen');
    expect(document.activeElement).to.equal(input(el));
  });

  it('suggestions: the input is a combobox in the accessibility tree, and the open list passes axe in dark mode (Chromium only)', async () => {
    window.fetch = (() =>
      Promise.resolve(
        new Response(
          JSON.stringify([
            { value: 'huurtoeslag', label: 'huurtoeslag' },
            { value: 'huurtoeslag aanvragen', label: 'huurtoeslag aanvragen' },
          ]),
        ),
      )) as typeof fetch;
    const el = await fixture<PolderSearch>(html`<polder-search src="/api/suggesties?q={query}"></polder-search>`);
    expect((await axNode('polder-search input')).role).to.equal('combobox');
    input(el).focus();
    await sendKeys({ type: 'huur' });
    await waitUntil(() => el.querySelectorAll('[role="option"]').length === 2, 'suggestions shown');
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('Enter without an active suggestion searches for the typed text; Escape closes the list', async () => {
    window.fetch = (() =>
      Promise.resolve(new Response(JSON.stringify([{ value: 'a', label: 'AOW' }])))) as typeof fetch;
    const el = await fixture<PolderSearch>(html`<polder-search src="/api?q={query}"></polder-search>`);
    input(el).focus();
    await sendKeys({ type: 'ao' });
    await waitUntil(() => input(el).getAttribute('aria-expanded') === 'true', 'open');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('ao');
    const query = submitted(el.querySelector('form')!);
    await sendKeys({ press: 'Enter' });
    expect(await query).to.equal('q=ao');
  });

  it('server markup is adopted, and it searches without JavaScript', async () => {
    const markup = await serverRender(templates, 'renderSearch', { id: 'ssr-zoek', action: '/zoeken', name: 'q' });
    const wrapper = insertServerHtml(markup);
    const existing = wrapper.querySelector('input')!;
    existing.value = 'al getypt';
    try {
      const el = wrapper.querySelector<PolderSearch>('polder-search')!;
      await customElements.whenDefined('polder-search');
      await el.updateComplete;
      expect(input(el)).to.equal(existing);
      expect(el.value).to.equal('al getypt');
      expect(el.querySelectorAll('form').length).to.equal(1);
    } finally {
      wrapper.remove();
    }
    // Without JavaScript: the server-rendered form itself searches (a sandboxed frame runs no scripts).
    const plain = await serverRender(templates, 'renderSearch', { id: 'nojs-zoek', action: '/package.json' });
    const links = ['search/search.css', 'styles/visually-hidden.css']
      .map((p) => `<link rel="stylesheet" href="/packages/components/src/${p}">`)
      .join('');
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="zonder JavaScript"
        sandbox=${'allow-forms allow-same-origin' as 'allow-forms'}
        srcdoc=${`<!doctype html><html lang="nl"><head>${links}</head><body>${plain}</body></html>`}
      ></iframe>`,
    );
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    expect(doc.querySelector('label')!.htmlFor).to.equal(doc.querySelector('input')!.id);
    doc.querySelector('input')!.value = 'paspoort';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    doc.querySelector('button')!.click();
    await loaded;
    const query = new URL(frame.contentWindow!.location.href).searchParams;
    expect(query.get('q')).to.equal('paspoort');
  });

  it('fits 320px', async () => {
    const el = await fixture<PolderSearch>(
      html`<polder-search style="inline-size: 320px" label="Zoek in alle regelingen en voorzieningen"></polder-search>`,
    );
    const button = el.querySelector('button')!.getBoundingClientRect();
    expect(button.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });

  it('forced colours use system colours (Chromium only)', async () => {
    const el = await fixture<PolderSearch>(
      html`<polder-search style="inline-size: 320px" label="Zoek in alle regelingen en voorzieningen"></polder-search>`,
    );
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.querySelector('button')!).borderTopColor).to.equal(systemColor('ButtonText'));
  });
});
