// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { loadTheme } from '../test-helpers/theme.js';
import { axNode, axTree, captureWarnings, systemColor, frameLoaded } from '../test-helpers/index.js';
import { PolderLanguageSwitcher } from './define.js';

const links = html`<a href="/nl/" hreflang="nl">Nederlands</a><a href="/en/" hreflang="en">English</a
  ><a href="/fy/" hreflang="fy">Frysk</a>`;
const marked = (el: PolderLanguageSwitcher) =>
  el.links.filter((a) => a.getAttribute('aria-current') === 'true').map((a) => a.textContent);

describe('polder-language-switcher', () => {
  // Real token colours, both schemes, when the tokens are built (else the fallbacks).
  before(() => loadTheme());

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a <nav> labelled "Taalkeuze", each link in its own language with hreflang', async () => {
    const el = await fixture<PolderLanguageSwitcher>(
      html`<polder-language-switcher>${links}</polder-language-switcher>`,
    );
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Taalkeuze');
    expect(el.links.map((a) => [a.lang, a.hreflang])).to.deep.equal([
      ['nl', 'nl'],
      ['en', 'en'],
      ['fy', 'fy'],
    ]);
  });

  it('is a navigation landmark named "Taalkeuze" of links named in their own language (Chromium only)', async () => {
    await fixture<PolderLanguageSwitcher>(html`<polder-language-switcher>${links}</polder-language-switcher>`);
    const nav = await axNode(['polder-language-switcher', 'nav']);
    expect(nav.role).to.equal('navigation');
    expect(nav.name).to.equal('Taalkeuze');
    const english = await axNode('polder-language-switcher a[hreflang="en"]');
    expect(english.role).to.equal('link');
    expect(english.name).to.equal('English');
  });

  it('marks the language of the page (nearest lang) with aria-current, and follows a lang change', async () => {
    const wrapper = await fixture(
      html`<div lang="nl"><polder-language-switcher>${links}</polder-language-switcher></div>`,
    );
    const el = wrapper.querySelector('polder-language-switcher')!;
    expect(marked(el)).to.deep.equal(['Nederlands']);
    wrapper.setAttribute('lang', 'en-GB');
    await nextFrame();
    await el.updateComplete;
    expect(marked(el)).to.deep.equal(['English']);
    const current = getComputedStyle(el.links[1]);
    expect(current.fontWeight).to.equal('700');
    expect(current.textDecorationLine).to.equal('none');
    expect(current.borderBottomStyle).to.equal('solid');
  });

  it('the marked link keeps its name "Nederlands" (Chromium only)', async () => {
    await fixture(html`<div lang="nl"><polder-language-switcher>${links}</polder-language-switcher></div>`);
    expect((await axNode('polder-language-switcher a[hreflang="nl"]')).name).to.equal('Nederlands');
  });

  it('takes current (exact tag first, then the primary language) and keeps markup’s own mark without it', async () => {
    const el = await fixture<PolderLanguageSwitcher>(
      html`<polder-language-switcher current="en-US"
        ><a href="/en-gb/" hreflang="en-GB">English (UK)</a><a href="/en-us/" hreflang="en-US">English (US)</a
        ><a href="/nl/" hreflang="nl">Nederlands</a></polder-language-switcher
      >`,
    );
    expect(marked(el)).to.deep.equal(['English (US)']);
    el.current = 'nl-BE';
    await el.updateComplete;
    expect(marked(el)).to.deep.equal(['Nederlands']);
    const own = await fixture<PolderLanguageSwitcher>(
      html`<polder-language-switcher
        ><a href="/nl/" hreflang="nl">Nederlands</a
        ><a href="/en/" hreflang="en" aria-current="true">English</a></polder-language-switcher
      >`,
    );
    expect(marked(own)).to.deep.equal(['English']);
  });

  it('is accessible, also with a language marked', async () => {
    const el = await fixture<PolderLanguageSwitcher>(
      html`<polder-language-switcher>${links}</polder-language-switcher>`,
    );
    await expect(el).to.be.accessible();
    el.current = 'fy';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderLanguageSwitcher>(
      html`<polder-language-switcher>${links}</polder-language-switcher>`,
    );
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    el.current = 'fy';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is keyboard operable with a visible focus style and 24px targets', async () => {
    const el = await fixture<PolderLanguageSwitcher>(
      html`<polder-language-switcher>${links}</polder-language-switcher>`,
    );
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.links[1]);
    expect(getComputedStyle(el.links[1]).outlineStyle).to.equal('solid');
    for (const a of el.links) expect(a.getBoundingClientRect().height).to.be.at.least(24);
  });

  const englishAndLabelled = html`<div>
    <div lang="en"><polder-language-switcher>${links}</polder-language-switcher></div>
    <polder-language-switcher label="Talen">${links}</polder-language-switcher>
  </div>`;

  it('is labelled in English under lang="en" and takes a label', async () => {
    const wrapper = await fixture(englishAndLabelled);
    const switchers = [...wrapper.querySelectorAll<PolderLanguageSwitcher>('polder-language-switcher')];
    await Promise.all(switchers.map((el) => el.updateComplete));
    const labels = switchers.map((el) => el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label'));
    expect(labels).to.deep.equal(['Choose a language', 'Talen']);
  });

  it('is named in English under lang="en" and takes a label, in the accessibility tree (Chromium only)', async () => {
    await fixture(englishAndLabelled);
    const names = (await axTree()).filter((n) => n.role === 'navigation').map((n) => n.name);
    expect(names).to.deep.equal(['Choose a language', 'Talen']);
  });

  it('shows markup-like text as text', async () => {
    const el = await fixture<PolderLanguageSwitcher>(
      html`<polder-language-switcher label=${'<img src=x onerror=alert(1)>'}>${links}</polder-language-switcher>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('a markup-like label is the landmark name as text (Chromium only)', async () => {
    await fixture<PolderLanguageSwitcher>(
      html`<polder-language-switcher label=${'<img src=x onerror=alert(1)>'}>${links}</polder-language-switcher>`,
    );
    expect((await axNode(['polder-language-switcher', 'nav'])).name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('warns once, naming the element and the link, when a link has no hreflang', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PolderLanguageSwitcher>(
        html`<polder-language-switcher><a href="/de/">Deutsch</a></polder-language-switcher>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal(['<polder-language-switcher>: the link "Deutsch" has no hreflang.']);
  });

  const manyLanguages = html`<polder-language-switcher current="nl"
    >${links}<a href="/de/" hreflang="de">Deutsch</a><a href="/pl/" hreflang="pl">Polski</a
    ><a href="/tr/" hreflang="tr">Türkçe</a><a href="/ar/" hreflang="ar" dir="rtl">العربية</a></polder-language-switcher
  >`;

  it('fits at 320 CSS px', async () => {
    await setViewport({ width: 320, height: 640 });
    await fixture<PolderLanguageSwitcher>(manyLanguages);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('uses system colours in forced-colors mode and is not printed (Chromium only)', async () => {
    const el = await fixture<PolderLanguageSwitcher>(manyLanguages);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.links[0]).borderBottomColor).to.equal(systemColor('CanvasText'));
    await emulateMedia({ forcedColors: 'none', media: 'print' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('nav')!).display).to.equal('none');
  });

  const serverMarkup = html`<polder-language-switcher
    ><a href="/nl/" hreflang="nl" lang="nl" aria-current="true">Nederlands</a
    ><a href="/en/" hreflang="en" lang="en">English</a></polder-language-switcher
  >`;

  it('rendered on the server, it is a labelled <nav> of real links without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderLanguageSwitcher>(serverMarkup, { modules: ['./define.js'] });
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Taalkeuze');
    expect(el.querySelectorAll('a[href][hreflang]').length).to.equal(2);
  });

  it('rendered on the server, it is a navigation landmark without JavaScript (Chromium only)', async () => {
    await ssrNonHydratedFixture<PolderLanguageSwitcher>(serverMarkup, { modules: ['./define.js'] });
    expect((await axNode(['polder-language-switcher', 'nav'])).role).to.equal('navigation');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderLanguageSwitcher;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderLanguageSwitcher>(
        html`<polder-language-switcher current="en"
          ><a href="/nl/" hreflang="nl" lang="nl">Nederlands</a
          ><a href="/en/" hreflang="en" lang="en">English</a></polder-language-switcher
        >`,
        { modules: ['./define.js'] },
      );
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const nav = el.shadowRoot!.querySelector('nav');
    el.label = 'Language';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('nav')).to.equal(nav);
    expect(marked(el)).to.deep.equal(['English']);
  });

  it('as plain HTML with the public classes, it is styled without scripts', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/language-switcher/language-switcher.css">' +
      '<nav class="polder-language-switcher" aria-label="Taalkeuze"><ul class="polder-language-switcher__list">' +
      '<li class="polder-language-switcher__item"><a class="polder-language-switcher__link" href="/nl/" hreflang="nl" lang="nl" aria-current="true">Nederlands</a></li>' +
      '<li class="polder-language-switcher__item"><a class="polder-language-switcher__link" href="/en/" hreflang="en" lang="en">English</a></li></ul></nav>';
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="zonder JavaScript" sandbox="allow-same-origin" srcdoc=${page}></iframe>`,
    );
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    const [nl, en] = [...doc.querySelectorAll('a')];
    expect(view.getComputedStyle(doc.querySelector('ul')!).display).to.equal('flex');
    expect(view.getComputedStyle(nl).fontWeight).to.equal('700');
    expect(view.getComputedStyle(en).textDecorationLine).to.equal('underline');
    expect(en.tabIndex).to.equal(0);
  });
});
