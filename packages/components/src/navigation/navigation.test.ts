// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { loadTheme } from '../test-helpers/theme.js';
import { axNode, axTree, captureWarnings, frameLoaded } from '../test-helpers/index.js';
import { PolderNavigation } from './define.js';

const links = html`<a href="/">Home</a><a href="/aanvragen">Aanvragen</a><a href="/contact">Contact</a>`;

describe('polder-navigation', () => {
  // Real token colours, both schemes, when the tokens are built (else the fallbacks).
  before(() => loadTheme());

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a <nav> labelled "Hoofdmenu" with real links', async () => {
    const el = await fixture<PolderNavigation>(html`<polder-navigation>${links}</polder-navigation>`);
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Hoofdmenu');
    expect(el.links.map((a) => a.getAttribute('href'))).to.deep.equal(['/', '/aanvragen', '/contact']);
  });

  it('is a navigation landmark named "Hoofdmenu" in Chromium’s tree, with real links (Chromium only)', async () => {
    await fixture<PolderNavigation>(html`<polder-navigation>${links}</polder-navigation>`);
    const nav = await axNode(['polder-navigation', 'nav']);
    expect(nav.role).to.equal('navigation');
    expect(nav.name).to.equal('Hoofdmenu');
    const link = await axNode('polder-navigation a[href="/contact"]');
    expect(link.role).to.equal('link');
    expect(link.name).to.equal('Contact');
    const landmarks = (await axTree()).filter((n) => n.role === 'navigation');
    expect(landmarks.map((n) => n.name)).to.deep.equal(['Hoofdmenu']);
  });

  it('is accessible with and without a current page', async () => {
    const el = await fixture<PolderNavigation>(html`<polder-navigation>${links}</polder-navigation>`);
    await expect(el).to.be.accessible();
    el.current = '/aanvragen';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible in light and dark, with and without a current page (Chromium only)', async () => {
    const el = await fixture<PolderNavigation>(html`<polder-navigation>${links}</polder-navigation>`);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    el.current = '/aanvragen';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    await expect(el).to.be.accessible();
  });

  it('marks the current page with aria-current="page" from the current attribute, and moves it', async () => {
    const el = await fixture<PolderNavigation>(
      html`<polder-navigation current="/aanvragen">${links}</polder-navigation>`,
    );
    const current = () => el.links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent);
    expect(current()).to.deep.equal(['Aanvragen']);
    el.current = new URL('/contact', location.href).href;
    await el.updateComplete;
    expect(current()).to.deep.equal(['Contact']);
    const bold = getComputedStyle(el.links[2]).fontWeight;
    const normal = getComputedStyle(el.links[0]).fontWeight;
    expect(Number(bold)).to.be.greaterThan(Number(normal));
    expect(getComputedStyle(el.links[2]).borderBottomStyle).to.equal('solid');
  });

  it('the current page link keeps its name (Chromium only)', async () => {
    await fixture<PolderNavigation>(html`<polder-navigation current="/aanvragen">${links}</polder-navigation>`);
    expect((await axNode('polder-navigation a[href="/aanvragen"]')).name).to.equal('Aanvragen');
  });

  it('keeps the markup’s own aria-current when there is no current attribute, and marks links added later', async () => {
    const el = await fixture<PolderNavigation>(
      html`<polder-navigation><a href="/">Home</a><a href="/a" aria-current="page">A</a></polder-navigation>`,
    );
    expect(el.links[1].getAttribute('aria-current')).to.equal('page');
    el.current = '/b';
    const warnings = await captureWarnings(async () => {
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal(['<polder-navigation>: no link matches current "/b".']);
    expect(el.links[1].hasAttribute('aria-current')).to.equal(false);
    const added = document.createElement('a');
    added.href = '/b';
    added.textContent = 'B';
    el.append(added);
    await oneEvent(el.shadowRoot!.querySelector('slot')!, 'slotchange');
    expect(added.getAttribute('aria-current')).to.equal('page');
  });

  const list = html`<polder-navigation current="/b">
    <ul class="polder-navigation__list">
      <li class="polder-navigation__item"><a class="polder-navigation__link" href="/a">A</a></li>
      <li class="polder-navigation__item"><a class="polder-navigation__link" href="/b">B</a></li>
    </ul>
  </polder-navigation>`;

  it('takes a list of links, styled by the public classes, and marks the current page in it', async () => {
    const el = await fixture<PolderNavigation>(list);
    expect(el.links[1].getAttribute('aria-current')).to.equal('page');
    expect(getComputedStyle(el.querySelector('ul')!).listStyleType).to.equal('none');
    expect(getComputedStyle(el.links[1]).fontWeight).to.equal('700');
    expect(el.links[0].getBoundingClientRect().height).to.be.at.least(24);
    await expect(el).to.be.accessible();
  });

  it('a list of links keeps its list semantics (Chromium only)', async () => {
    await fixture<PolderNavigation>(list);
    expect((await axNode('polder-navigation ul')).role).to.equal('list');
    expect((await axNode('polder-navigation li')).role).to.equal('listitem');
  });

  it('is keyboard operable: Tab reaches each link in order with a visible focus style', async () => {
    const el = await fixture<PolderNavigation>(html`<polder-navigation>${links}</polder-navigation>`);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.links[0]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.links[1]);
    const style = getComputedStyle(el.links[1]);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(el.links[1].getBoundingClientRect().height).to.be.at.least(24);
  });

  const twoNavigations = html`<div>
    <div lang="en"><polder-navigation>${links}</polder-navigation></div>
    <polder-navigation label="Onderwerpen"><a href="/x">X</a></polder-navigation>
  </div>`;

  it('takes a label for a second navigation and is labelled in English under lang="en"', async () => {
    const wrapper = await fixture(twoNavigations);
    const navigations = [...wrapper.querySelectorAll<PolderNavigation>('polder-navigation')];
    await Promise.all(navigations.map((el) => el.updateComplete));
    const labels = navigations.map((el) => el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label'));
    expect(labels).to.deep.equal(['Main menu', 'Onderwerpen']);
  });

  it('takes a label for a second navigation and speaks English under lang="en", in the accessibility tree (Chromium only)', async () => {
    await fixture(twoNavigations);
    await nextFrame();
    const names = (await axTree()).filter((n) => n.role === 'navigation').map((n) => n.name);
    expect(names).to.deep.equal(['Main menu', 'Onderwerpen']);
  });

  it('shows markup-like text as text', async () => {
    const el = await fixture<PolderNavigation>(
      html`<polder-navigation label=${'<img src=x onerror=alert(1)>'}>${links}</polder-navigation>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('a markup-like label is the landmark name as text (Chromium only)', async () => {
    await fixture<PolderNavigation>(
      html`<polder-navigation label=${'<img src=x onerror=alert(1)>'}>${links}</polder-navigation>`,
    );
    expect((await axNode(['polder-navigation', 'nav'])).name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reflows at 320 CSS px: one link per row, no horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderNavigation>(
      html`<polder-navigation
        ><a href="/">Home</a><a href="/a">Een bijzonder lange naam van een onderdeel van deze dienstverlening</a
        ><a href="/b">Verblijfsvergunningaanvraagformulieren</a></polder-navigation
      >`,
    );
    const [a, b] = el.links.map((l) => l.getBoundingClientRect());
    expect(b.top).to.be.at.least(a.bottom - 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('uses system colours in forced-colors mode and is not printed (Chromium only)', async () => {
    const el = await fixture<PolderNavigation>(html`<polder-navigation current="/">${links}</polder-navigation>`);
    await emulateMedia({ forcedColors: 'active' });
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    expect(getComputedStyle(el.links[0]).borderBottomColor).to.equal(getComputedStyle(probe).color);
    // Only the current link shows the bar: the others' bar takes the background colour.
    probe.style.color = 'Canvas';
    expect(getComputedStyle(el.links[1]).borderBottomColor).to.equal(getComputedStyle(probe).color);
    probe.remove();
    await emulateMedia({ forcedColors: 'none', media: 'print' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('nav')!).display).to.equal('none');
  });

  const serverMarkup = html`<polder-navigation current="/"
    ><a href="/" aria-current="page">Home</a><a href="/b">B</a></polder-navigation
  >`;

  it('rendered on the server, it is a labelled <nav> of real links without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderNavigation>(serverMarkup, { modules: ['./define.js'] });
    expect(customElements.get('polder-navigation-none')).to.equal(undefined);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Hoofdmenu');
    expect(el.querySelectorAll('a[href]').length).to.equal(2);
  });

  it('rendered on the server, it is a navigation landmark without JavaScript (Chromium only)', async () => {
    await ssrNonHydratedFixture<PolderNavigation>(serverMarkup, { modules: ['./define.js'] });
    expect((await axNode(['polder-navigation', 'nav'])).role).to.equal('navigation');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderNavigation;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderNavigation>(
        html`<polder-navigation current="/b"><a href="/">Home</a><a href="/b">B</a></polder-navigation>`,
        { modules: ['./define.js'] },
      );
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const nav = el.shadowRoot!.querySelector('nav');
    el.label = 'Menu';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('nav')).to.equal(nav);
    expect(nav!.getAttribute('aria-label')).to.equal('Menu');
    expect(el.links[1].getAttribute('aria-current')).to.equal('page');
  });

  it('as plain HTML with the public classes, it is styled and works in a page without scripts', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/navigation/navigation.css">' +
      '<nav class="polder-navigation" aria-label="Hoofdmenu"><ul class="polder-navigation__list">' +
      '<li class="polder-navigation__item"><a class="polder-navigation__link" href="#a" aria-current="page">A</a></li>' +
      '<li class="polder-navigation__item"><a class="polder-navigation__link" href="#b">B</a></li></ul></nav>';
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="zonder JavaScript" sandbox="allow-same-origin" srcdoc=${page}></iframe>`,
    );
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    const list = doc.querySelector('ul')!;
    expect(view.getComputedStyle(list).listStyleType).to.equal('none');
    const [a, b] = [...doc.querySelectorAll('a')];
    expect(view.getComputedStyle(a).fontWeight).to.equal('700');
    expect(view.getComputedStyle(a).borderBottomStyle).to.equal('solid');
    expect(parseFloat(view.getComputedStyle(b).minHeight)).to.be.at.least(24);
    // Real links: focusable, with an address the browser follows without any script.
    expect(b.tabIndex).to.equal(0);
    expect(b.href).to.match(/#b$/);
  });
});
