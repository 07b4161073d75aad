// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { loadTheme } from '../test-helpers/theme.js';
import { axNode, axTree, captureWarnings, systemColor, frameLoaded } from '../test-helpers/index.js';
import '../navigation/define.js';
import { PolderHeader } from './define.js';

const header = (attrs = html``) =>
  fixture<PolderHeader>(
    html`<polder-header service-name="Parkeervergunning aanvragen" service-href="/" organisation="Gemeente Voorbeeld"
      >${attrs}
      <polder-navigation slot="navigation" current="/aanvragen"
        ><a href="/">Home</a><a href="/aanvragen">Aanvragen</a><a href="/contact">Contact</a></polder-navigation
      >
    </polder-header>`,
  );

const part = (el: PolderHeader, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const shown = (node: Element) => node.getClientRects().length > 0;

describe('polder-header', () => {
  // Real token colours, both schemes, when the tokens are built (else the fallbacks).
  before(() => loadTheme());

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is the banner landmark in Chromium’s tree, with the organisation and service name as one link (Chromium only)', async () => {
    await header();
    const banner = await axNode(['polder-header', 'header']);
    expect(banner.role).to.equal('banner');
    const title = await axNode(['polder-header', '.polder-header__title']);
    expect(title.role).to.equal('link');
    expect(title.name).to.equal('Gemeente Voorbeeld Parkeervergunning aanvragen');
    const landmarks = (await axTree()).filter((n) => ['banner', 'navigation'].includes(n.role));
    expect(landmarks.map((n) => `${n.role}:${n.name}`)).to.deep.equal(['banner:', 'navigation:Hoofdmenu']);
  });

  it('without service-href the name is text, not a link; markup-like text stays text', async () => {
    const el = await fixture<PolderHeader>(
      html`<polder-header service-name=${'<img src=x onerror=alert(1)>'} organisation="Provincie"></polder-header>`,
    );
    const title = part(el, 'title');
    expect(title.localName).to.equal('span');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(title.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('is accessible wide and narrow, collapsed and open', async () => {
    const el = await header();
    await expect(el).to.be.accessible();
    await setViewport({ width: 320, height: 640 });
    await expect(el).to.be.accessible();
    part(el, 'menu-button').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible in dark mode, wide and narrow, collapsed and open (Chromium only)', async () => {
    const el = await header();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    await setViewport({ width: 320, height: 640 });
    await expect(el).to.be.accessible();
    part(el, 'menu-button').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('on wide screens shows the navigation and no menu button', async () => {
    const el = await header();
    await el.updateComplete;
    expect(shown(part(el, 'menu-button'))).to.equal(false);
    expect(shown(part(el, 'navigation'))).to.equal(true);
  });

  describe('on narrow screens (320 CSS px) the navigation collapses behind a disclosure button', () => {
    // WebKit evaluates the media queries of a constructed stylesheet (the header's styles) again only while an
    // element uses it: after 320 → 800 → 320 px with no header in the page, the next header kept the 800 px rules.
    // A page has its header while the window changes, so a header is in the page while the viewport is set.
    beforeEach(async () => {
      const present = await fixture(html`<polder-header></polder-header>`);
      await setViewport({ width: 320, height: 640 });
      present.remove();
    });

    it('the button says "Menu", is collapsed, and controls the navigation', async () => {
      const el = await header();
      await el.updateComplete;
      const button = part(el, 'menu-button');
      expect(shown(button)).to.equal(true);
      expect(shown(part(el, 'navigation'))).to.equal(false);
      expect(button.localName).to.equal('button');
      expect(button.textContent!.trim()).to.equal('Menu');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(part(el, 'navigation').id);
      const { width, height } = button.getBoundingClientRect();
      expect(Math.min(width, height)).to.be.at.least(24);
    });

    it('the accessibility tree has a collapsed button named "Menu" (Chromium only)', async () => {
      const el = await header();
      await el.updateComplete;
      const node = await axNode(['polder-header', '.polder-header__menu-button']);
      expect(node.role).to.equal('button');
      expect(node.name).to.equal('Menu');
      expect(node.expanded).to.equal(false);
    });

    it('without navigation there is no menu button; navigation added later brings it', async () => {
      const el = await fixture<PolderHeader>(
        html`<polder-header service-name="Afval" organisation="Gemeente"></polder-header>`,
      );
      await el.updateComplete;
      await el.updateComplete;
      expect(shown(part(el, 'menu-button'))).to.equal(false);
      const nav = document.createElement('polder-navigation');
      nav.slot = 'navigation';
      nav.innerHTML = '<a href="/">Home</a>';
      const changed = oneEvent(el.shadowRoot!, 'slotchange');
      el.append(nav);
      await changed;
      await el.updateComplete;
      expect(shown(part(el, 'menu-button'))).to.equal(true);
    });

    it('Enter and Space toggle it, aria-expanded follows', async () => {
      const el = await header();
      await el.updateComplete;
      const button = part(el, 'menu-button');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(part(el, 'navigation'))).to.equal(true);
      expect(el.menuOpen).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(part(el, 'navigation'))).to.equal(false);
    });

    it('the accessibility tree has the open menu button expanded (Chromium only)', async () => {
      const el = await header();
      await el.updateComplete;
      part(el, 'menu-button').click();
      await el.updateComplete;
      expect((await axNode(['polder-header', '.polder-header__menu-button'])).expanded).to.equal(true);
    });

    it('Tab moves from the button into the open navigation; Escape closes it and returns focus to the button', async () => {
      const el = await header();
      await el.updateComplete;
      const button = part(el, 'menu-button');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      const first = el.querySelector('polder-navigation a')!;
      expect(document.activeElement).to.equal(first);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(shown(part(el, 'navigation'))).to.equal(false);
    });

    it('Escape with focus outside the menu (the title link) leaves the menu and focus alone', async () => {
      const el = await header();
      await el.updateComplete;
      part(el, 'menu-button').click();
      await el.updateComplete;
      const title = part(el, 'title');
      title.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.menuOpen).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(title);
    });

    it('has no horizontal scrolling with a long organisation and service name', async () => {
      await fixture(
        html`<polder-header
          organisation="Hoogheemraadschap van Schieland en de Krimpenerwaard"
          service-name="Aanvraag omgevingsvergunningsontheffingsbeschikking"
          service-href="/"
        ></polder-header>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    });
  });

  it('Escape on a wide screen leaves focus where it is', async () => {
    const el = await header();
    const link = el.querySelector('a')!;
    link.focus();
    await sendKeys({ press: 'Escape' });
    expect(document.activeElement).to.equal(link);
  });

  it('speaks English under lang="en", and takes its own strings', async () => {
    const english = await fixture(
      html`<div lang="en">
        <polder-header service-name="Apply"
          ><polder-navigation slot="navigation"><a href="/">Home</a></polder-navigation></polder-header
        >
      </div>`,
    );
    // The window narrows with the header in the page, as a real page has it (see the narrow-screen tests above).
    await setViewport({ width: 320, height: 640 });
    await nextFrame();
    const menu = part(english.querySelector<PolderHeader>('polder-header')!, 'menu-button');
    expect(shown(menu)).to.equal(true);
    expect(menu.textContent!.trim()).to.equal('Menu');
    const el = await fixture<PolderHeader>(html`<polder-header .strings=${{ menu: 'Navigatie' }}></polder-header>`);
    await el.updateComplete;
    expect(part(el, 'menu-button').textContent!.trim()).to.equal('Navigatie');
  });

  it('the accessibility tree names the menu button in English under lang="en" (Chromium only)', async () => {
    await setViewport({ width: 320, height: 640 });
    await fixture(
      html`<div lang="en">
        <polder-header service-name="Apply"
          ><polder-navigation slot="navigation"><a href="/">Home</a></polder-navigation></polder-header
        >
      </div>`,
    );
    await nextFrame();
    expect((await axNode(['polder-header', '.polder-header__menu-button'])).name).to.equal('Menu');
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await header();
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(part(el, 'header')).borderBottomColor).to.equal(systemColor('CanvasText'));
  });

  it('prints the organisation and service name without navigation, menu or background (Chromium only)', async () => {
    const el = await header();
    await emulateMedia({ media: 'print' });
    expect(shown(part(el, 'navigation'))).to.equal(false);
    expect(shown(part(el, 'menu-button'))).to.equal(false);
    expect(getComputedStyle(part(el, 'header')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(shown(part(el, 'title'))).to.equal(true);
  });

  it('rendered on the server, it is a banner with its navigation shown and no menu button, without JavaScript', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await ssrNonHydratedFixture<PolderHeader>(
      html`<polder-header service-name="Afval" service-href="/" organisation="Gemeente"
        ><nav slot="navigation" aria-label="Hoofdmenu"><a href="/">Home</a></nav></polder-header
      >`,
      { modules: ['./define.js'] },
    );
    expect(part(el, 'header').localName).to.equal('header');
    expect(part(el, 'header').getAttribute('role')).to.equal('banner');
    expect(shown(part(el, 'navigation'))).to.equal(true);
    expect(shown(part(el, 'menu-button'))).to.equal(false);
    expect(part(el, 'title').getAttribute('href')).to.equal('/');
  });

  it('rendered on the server, it is the banner landmark in Chromium’s tree without JavaScript (Chromium only)', async () => {
    await ssrNonHydratedFixture<PolderHeader>(
      html`<polder-header service-name="Afval" service-href="/" organisation="Gemeente"
        ><nav slot="navigation" aria-label="Hoofdmenu"><a href="/">Home</a></nav></polder-header
      >`,
      { modules: ['./define.js'] },
    );
    expect((await axNode(['polder-header', 'header'])).role).to.equal('banner');
  });

  it('hydrates server markup without a warning or error, then collapses on narrow screens', async () => {
    await setViewport({ width: 320, height: 640 });
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderHeader;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderHeader>(
        html`<polder-header service-name="Afval" service-href="/" organisation="Gemeente"
          ><nav slot="navigation" aria-label="Hoofdmenu"><a href="/">Home</a></nav></polder-header
        >`,
        { modules: ['./define.js'] },
      );
      await el.updateComplete;
      await el.updateComplete;
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const title = part(el, 'title');
    expect(shown(part(el, 'menu-button'))).to.equal(true);
    expect(shown(part(el, 'navigation'))).to.equal(false);
    el.serviceName = 'Afvalkalender';
    await el.updateComplete;
    expect(part(el, 'title')).to.equal(title);
    expect(title.textContent).to.contain('Afvalkalender');
  });

  it('as plain HTML with the public classes, it is a styled banner with its navigation shown, without scripts', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/header/header.css">' +
      '<header class="polder-header"><div class="polder-header__inner"><div class="polder-header__brand">' +
      '<a class="polder-header__title" href="/"><span class="polder-header__organisation">Gemeente</span> ' +
      '<span class="polder-header__service-name">Afval</span></a></div>' +
      '<div class="polder-header__navigation"><nav aria-label="Hoofdmenu"><a href="/">Home</a></nav></div></div></header>';
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="zonder JavaScript" sandbox="allow-same-origin" srcdoc=${page}></iframe>`,
    );
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    expect(view.customElements.get('polder-header')).to.equal(undefined);
    const banner = doc.querySelector('header')!;
    expect(view.getComputedStyle(banner).borderBottomStyle).to.equal('solid');
    expect(view.getComputedStyle(doc.querySelector('.polder-header__service-name')!).fontWeight).to.equal('700');
    expect(shown(doc.querySelector('.polder-header__navigation')!)).to.equal(true);
  });
});
