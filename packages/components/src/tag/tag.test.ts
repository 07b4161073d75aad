// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { adoptStyles } from '../styles/adopt-styles.js';
import { axNode, captureWarnings, serverRender, systemColor } from '../test-helpers/index.js';
import { PolderTag } from './define.js';
import styles from './tag.styles.js';

const inner = (el: PolderTag) => el.shadowRoot!.querySelector<HTMLElement>('.polder-tag')!;

describe('polder-tag', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const type of ['neutral', 'info', 'success', 'warning', 'error'] as const) {
    it(`${type}: styled, its text is its content, accessible`, async () => {
      const el = await fixture<PolderTag>(html`<polder-tag type=${type}>In behandeling</polder-tag>`);
      expect(inner(el).classList.contains(`polder-tag--${type}`)).to.equal(true);
      expect(inner(el).checkVisibility()).to.equal(true);
      expect(el.textContent).to.equal('In behandeling');
      await expect(el).to.be.accessible();
    });

    it(`${type}: accessible in dark (Chromium only)`, async () => {
      const el = await fixture<PolderTag>(html`<polder-tag type=${type}>In behandeling</polder-tag>`);
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });
  }

  it('types differ in colour only as support: the text carries the status', async () => {
    const info = await fixture<PolderTag>(html`<polder-tag type="info">Ontvangen</polder-tag>`);
    const error = await fixture<PolderTag>(html`<polder-tag type="error">Afgewezen</polder-tag>`);
    expect(getComputedStyle(inner(info)).backgroundColor).to.not.equal(getComputedStyle(inner(error)).backgroundColor);
    const wrapper = await fixture(html`<p>Status: <polder-tag type="success">Goedgekeurd</polder-tag></p>`);
    expect(wrapper.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Status: Goedgekeurd');
  });

  it('is not interactive: not focusable, Tab goes past it', async () => {
    const wrapper = await fixture(html`<div><polder-tag type="info">Ontvangen</polder-tag><button>Na</button></div>`);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
  });

  it('is not interactive: no role of its own in the accessibility tree (Chromium only)', async () => {
    await fixture(html`<div><polder-tag type="info">Ontvangen</polder-tag><button>Na</button></div>`);
    const node = await axNode('polder-tag');
    expect(['generic', 'none', 'GenericContainer', '']).to.include(node.role);
  });

  it('a misspelled type falls back to neutral with one warning that names it', async () => {
    let el!: PolderTag;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PolderTag>(html`<polder-tag type="danger">x</polder-tag>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '<polder-tag>: unknown type "danger"; using "neutral". Expected one of: neutral, info, success, warning, error.',
    ]);
    expect(inner(el).classList.contains('polder-tag--neutral')).to.equal(true);
  });

  it('shows markup-like text as text', async () => {
    const el = await fixture<PolderTag>(html`<polder-tag>${'<img src=x onerror=alert(1)>'}</polder-tag>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('long text wraps at 320 CSS px without horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderTag>(
      html`<polder-tag type="warning">Wachtopbijkomendeinformatievandeaanvrager en nog meer tekst</polder-tag>`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderTag>(html`<polder-tag type="error">Afgewezen</polder-tag>`);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(inner(el)).borderTopColor).to.equal(systemColor('CanvasText'));
    expect(getComputedStyle(inner(el)).color).to.equal(systemColor('CanvasText'));
  });

  it('works as plain classes, without the element', async () => {
    adoptStyles(document, styles);
    const wrapper = await fixture(
      html`<p>Status: <strong class="polder-tag polder-tag--success">Goedgekeurd</strong></p>`,
    );
    const tag = wrapper.querySelector('strong')!;
    expect(getComputedStyle(tag).borderTopStyle).to.equal('solid');
    await expect(wrapper).to.be.accessible();
  });

  it('renders on the server', async () => {
    const el = await ssrNonHydratedFixture<PolderTag>(html`<polder-tag type="success">Betaald</polder-tag>`, {
      modules: ['./define.js'],
    });
    expect(el.shadowRoot!.querySelector('.polder-tag--success')).to.not.equal(null);
    const markup = await serverRender(
      new URL('./tag.template.ts', import.meta.url),
      'tagTemplate',
      { type: 'error' },
      '<b>x</b>',
    );
    expect(markup).to.contain('<span class="polder-tag polder-tag--');
    expect(markup).to.contain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('hydrates without a warning or error and keeps its markup', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderTag;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderTag>(html`<polder-tag type="info">Ontvangen</polder-tag>`, {
        modules: ['./define.js'],
      });
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const span = inner(el);
    el.type = 'error';
    await el.updateComplete;
    expect(inner(el)).to.equal(span);
    expect(span.classList.contains('polder-tag--error')).to.equal(true);
  });
});
