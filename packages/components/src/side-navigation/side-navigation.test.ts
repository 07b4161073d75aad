// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { setStrings } from '../localize/localize.js';
import { axNode, axTree, captureWarnings, serverRender, systemColor, frameLoaded } from '../test-helpers/index.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { PolderSideNavigation } from './define.js';

const pages = html`<ul>
  <li><a href="/parkeren">Parkeren</a></li>
  <li>
    <a href="/parkeren/vergunning">Parkeervergunning</a>
    <ul>
      <li><a href="/parkeren/vergunning/aanvragen">Aanvragen</a></li>
      <li><a href="/parkeren/vergunning/wijzigen">Wijzigen</a></li>
    </ul>
  </li>
  <li><a href="/parkeren/boete">Parkeerboete</a></li>
</ul>`;

const currentTexts = (el: PolderSideNavigation) =>
  el.links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent);

describe('polder-side-navigation', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a nav named "In dit onderdeel" with a list of real links and a nested list of sub-pages', async () => {
    const el = await fixture<PolderSideNavigation>(html`<polder-side-navigation>${pages}</polder-side-navigation>`);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('In dit onderdeel');
    expect(el.querySelectorAll('ul').length).to.equal(2);
    expect(el.querySelectorAll('li').length).to.equal(5);
    expect(el.links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '/parkeren',
      '/parkeren/vergunning',
      '/parkeren/vergunning/aanvragen',
      '/parkeren/vergunning/wijzigen',
      '/parkeren/boete',
    ]);
  });

  it('is a navigation landmark named "In dit onderdeel" with a list of real links and a nested list of sub-pages (Chromium only)', async () => {
    const el = await fixture<PolderSideNavigation>(html`<polder-side-navigation>${pages}</polder-side-navigation>`);
    const nav = await axNode(['polder-side-navigation', 'nav']);
    expect(nav.role).to.equal('navigation');
    expect(nav.name).to.equal('In dit onderdeel');
    const tree = await axTree();
    expect(tree.filter((n) => n.role === 'navigation').map((n) => n.name)).to.deep.equal(['In dit onderdeel']);
    expect(tree.filter((n) => n.role === 'list').length).to.equal(2);
    expect(tree.filter((n) => n.role === 'listitem').length).to.equal(5);
    const names = tree.filter((n) => n.role === 'link').map((n) => n.name);
    expect(names.sort()).to.deep.equal(['Aanvragen', 'Parkeerboete', 'Parkeervergunning', 'Parkeren', 'Wijzigen']);
    expect(el.links.length).to.equal(5);
  });

  /** Checks in every theme, in the given colour scheme, that a side navigation with a current sub-page passes axe. */
  async function expectAccessibleInEveryTheme(colorScheme: 'light' | 'dark') {
    const el = await fixture<PolderSideNavigation>(
      html`<polder-side-navigation current="/parkeren/vergunning/aanvragen">${pages}</polder-side-navigation>`,
    );
    await inEveryTheme(async () => {
      await emulateMedia({ colorScheme });
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible in every theme, with a current sub-page', async () => {
    await expectAccessibleInEveryTheme('light');
  });

  it('is accessible in dark, in every theme, with a current sub-page (Chromium only)', async () => {
    await expectAccessibleInEveryTheme('dark');
  });

  it('marks the current page, also a sub-page, with aria-current="page" from the current attribute, and moves it', async () => {
    const el = await fixture<PolderSideNavigation>(
      html`<polder-side-navigation current="/parkeren/vergunning/aanvragen">${pages}</polder-side-navigation>`,
    );
    expect(currentTexts(el)).to.deep.equal(['Aanvragen']);
    el.current = new URL('/parkeren/boete', location.href).href;
    await el.updateComplete;
    expect(currentTexts(el)).to.deep.equal(['Parkeerboete']);
    const current = el.links[4];
    expect(getComputedStyle(current).fontWeight).to.equal('700');
    expect(getComputedStyle(current).borderLeftStyle).to.equal('solid');
    expect(getComputedStyle(current).textDecorationLine).to.equal('none');
    expect(getComputedStyle(el.links[0]).textDecorationLine).to.equal('underline');
  });

  it('keeps the markup’s own aria-current without a current attribute; warns when current matches no link', async () => {
    const el = await fixture<PolderSideNavigation>(
      html`<polder-side-navigation
        ><ul>
          <li><a href="/a" aria-current="page">A</a></li>
          <li><a href="/b">B</a></li>
        </ul></polder-side-navigation
      >`,
    );
    expect(currentTexts(el)).to.deep.equal(['A']);
    el.current = '/c';
    const warnings = await captureWarnings(() => el.updateComplete);
    expect(warnings).to.deep.equal(['<polder-side-navigation>: no link matches current "/c".']);
    expect(currentTexts(el)).to.deep.equal([]);
  });

  it('ignores a current that is not a URL, with one warning, and never throws', async () => {
    let el!: PolderSideNavigation;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PolderSideNavigation>(
        html`<polder-side-navigation current="http://["
          ><ul>
            <li><a href="/a" aria-current="page">A</a></li>
          </ul></polder-side-navigation
        >`,
      );
    });
    expect(warnings).to.deep.equal(['<polder-side-navigation>: current "http://[" is not a URL; it is ignored.']);
    expect(currentTexts(el)).to.deep.equal(['A']);
  });

  it('checks and marks links added later at any depth', async () => {
    let el!: PolderSideNavigation;
    const before = await captureWarnings(async () => {
      el = await fixture<PolderSideNavigation>(
        html`<polder-side-navigation current="/parkeren/vergunning/verlengen">${pages}</polder-side-navigation>`,
      );
    });
    expect(before).to.deep.equal([
      '<polder-side-navigation>: no link matches current "/parkeren/vergunning/verlengen".',
    ]);
    const item = document.createElement('li');
    item.innerHTML = '<a href="/parkeren/vergunning/verlengen">Verlengen</a>';
    const unsafe = document.createElement('li');
    unsafe.innerHTML = '<a href="javascript:alert(1)">Kwaadaardig</a>';
    const warnings = await captureWarnings(async () => {
      el.querySelector('ul ul')!.append(item, unsafe);
      await nextFrame();
    });
    expect(item.querySelector('a')!.getAttribute('aria-current')).to.equal('page');
    expect(unsafe.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.match(/^<polder-side-navigation>: href .*javascript:alert\(1\).* is not a safe URL/);
  });

  it('removes a script URL from a link in its markup, with one warning naming the element', async () => {
    let el!: PolderSideNavigation;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PolderSideNavigation>(
        html`<polder-side-navigation
          ><ul>
            <li><a href="/veilig">Veilig</a></li>
            <li><a href=" JaVaScRiPt:alert(1)">Niet veilig</a></li>
          </ul></polder-side-navigation
        >`,
      );
    });
    const [safe, unsafe] = [...el.querySelectorAll('a')];
    expect(safe.getAttribute('href')).to.equal('/veilig');
    expect(unsafe.hasAttribute('href')).to.equal(false);
    expect(warnings.filter((w) => w.startsWith('<polder-side-navigation>')).length).to.equal(1);
  });

  it('is keyboard operable: Tab reaches every link in order, sub-pages included, with a visible focus style', async () => {
    const el = await fixture<PolderSideNavigation>(html`<polder-side-navigation>${pages}</polder-side-navigation>`);
    for (const link of el.links) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
      expect(link.getBoundingClientRect().height).to.be.at.least(24);
    }
    const style = getComputedStyle(el.links[4]);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('indents sub-pages under their parent, with plain lists styled (no bullets)', async () => {
    const el = await fixture<PolderSideNavigation>(html`<polder-side-navigation>${pages}</polder-side-navigation>`);
    expect(getComputedStyle(el.querySelector('ul')!).listStyleType).to.equal('none');
    const parent = el.links[1].getBoundingClientRect();
    const child = el.links[2].getBoundingClientRect();
    expect(child.left).to.be.greaterThan(parent.left);
    expect(child.top).to.be.at.least(parent.bottom - 1);
  });

  const englishAndLabelled = () =>
    fixture(
      html`<div>
        <div lang="en"><polder-side-navigation>${pages}</polder-side-navigation></div>
        <polder-side-navigation label="Parkeren"
          ><ul>
            <li><a href="/x">X</a></li>
          </ul></polder-side-navigation
        >
      </div>`,
    );

  it('takes a label, speaks English under lang="en", and its label can be overridden per page and per instance', async () => {
    await englishAndLabelled();
    const labels = () =>
      [...document.querySelectorAll<PolderSideNavigation>('polder-side-navigation')].map((n) =>
        n.shadowRoot!.querySelector('nav')!.getAttribute('aria-label'),
      );
    expect(labels()).to.deep.equal(['In this section', 'Parkeren']);
    const el = document.querySelector<PolderSideNavigation>('[lang="en"] polder-side-navigation')!;
    setStrings('en', { 'side-navigation.label': 'Parking' });
    try {
      await el.updateComplete;
      expect(labels()[0]).to.equal('Parking');
      el.strings = { label: 'Permits' };
      await el.updateComplete;
      expect(labels()[0]).to.equal('Permits');
    } finally {
      setStrings('en', { 'side-navigation.label': 'In this section' });
    }
  });

  it('names its navigation in English, by its label, or by overridden strings in Chromium’s tree (Chromium only)', async () => {
    await englishAndLabelled();
    const names = async () => (await axTree()).filter((n) => n.role === 'navigation').map((n) => n.name);
    expect(await names()).to.deep.equal(['In this section', 'Parkeren']);
    const el = document.querySelector<PolderSideNavigation>('[lang="en"] polder-side-navigation')!;
    setStrings('en', { 'side-navigation.label': 'Parking' });
    await el.updateComplete;
    expect((await names())[0]).to.equal('Parking');
    el.strings = { label: 'Permits' };
    await el.updateComplete;
    expect((await names())[0]).to.equal('Permits');
    setStrings('en', { 'side-navigation.label': 'In this section' });
  });

  it('shows a markup-like label as text', async () => {
    const el = await fixture<PolderSideNavigation>(
      html`<polder-side-navigation label=${'<img src=x onerror=alert(1)>'}>${pages}</polder-side-navigation>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('names its navigation by a markup-like label as text in Chromium’s tree (Chromium only)', async () => {
    await fixture<PolderSideNavigation>(
      html`<polder-side-navigation label=${'<img src=x onerror=alert(1)>'}>${pages}</polder-side-navigation>`,
    );
    expect((await axNode(['polder-side-navigation', 'nav'])).name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reflows at 320 CSS px with long Dutch words, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderSideNavigation>(
      html`<polder-side-navigation current="/b"
        ><ul>
          <li>
            <a href="/a">Parkeervergunningaanvraagformulier</a>
            <ul>
              <li><a href="/b">Bewonersparkeervergunningverlengingsaanvraag voor tweede voertuigen</a></li>
            </ul>
          </li>
        </ul></polder-side-navigation
      >`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const link of el.links) expect(link.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('uses system colours in forced-colors mode (only the current page shows its bar) and is not printed (Chromium only)', async () => {
    const el = await fixture<PolderSideNavigation>(
      html`<polder-side-navigation current="/parkeren">${pages}</polder-side-navigation>`,
    );
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.links[0]).borderLeftColor).to.equal(systemColor('CanvasText'));
    expect(getComputedStyle(el.links[1]).borderLeftColor).to.equal(systemColor('Canvas'));
    expect(getComputedStyle(el.links[1]).color).to.equal(systemColor('LinkText'));
    await emulateMedia({ forcedColors: 'none', media: 'print' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('nav')!).display).to.equal('none');
  });

  it('rendered on the server, it is a named landmark of real links in nested lists without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderSideNavigation>(
      html`<polder-side-navigation
        ><ul>
          <li>
            <a href="/a" aria-current="page">A</a>
            <ul>
              <li><a href="/a/b">B</a></li>
            </ul>
          </li>
        </ul></polder-side-navigation
      >`,
      { modules: ['./define.js'] },
    );
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('In dit onderdeel');
    expect(el.querySelectorAll('ul ul a[href]').length).to.equal(1);
  });

  it('rendered on the server, it is a navigation landmark in Chromium’s tree without JavaScript (Chromium only)', async () => {
    await ssrNonHydratedFixture<PolderSideNavigation>(
      html`<polder-side-navigation
        ><ul>
          <li><a href="/a" aria-current="page">A</a></li>
        </ul></polder-side-navigation
      >`,
      { modules: ['./define.js'] },
    );
    expect((await axNode(['polder-side-navigation', 'nav'])).role).to.equal('navigation');
  });

  it('hydrates server markup without a warning or error, keeps it, and then marks the current page', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderSideNavigation;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderSideNavigation>(
        html`<polder-side-navigation current="/a/b"
          ><ul>
            <li>
              <a href="/a">A</a>
              <ul>
                <li><a href="/a/b">B</a></li>
              </ul>
            </li>
          </ul></polder-side-navigation
        >`,
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
    expect(currentTexts(el)).to.deep.equal(['B']);
  });

  it('as plain HTML from the server list template, it is styled and works in a page without scripts', async () => {
    const list = await serverRender(
      new URL('./side-navigation.template.ts', import.meta.url),
      'sideNavigationList',
      [
        { href: '#a', text: 'A', items: [{ href: '#b', text: 'B' }] },
        { href: 'javascript:alert(1)', text: 'Onveilig' },
      ],
      '#b',
    );
    expect(list).to.not.contain('javascript:');
    const page =
      '<link rel="stylesheet" href="/packages/components/src/link-list/link-list.css">' +
      '<link rel="stylesheet" href="/packages/components/src/side-navigation/side-navigation.css">' +
      `<nav class="polder-side-navigation" aria-label="In dit onderdeel">${list}</nav>`;
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="zonder JavaScript" sandbox="allow-same-origin" srcdoc=${page}></iframe>`,
    );
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    expect(view.getComputedStyle(doc.querySelector('ul')!).listStyleType).to.equal('none');
    const [a, b, unsafe] = [...doc.querySelectorAll('a')];
    expect(b.getAttribute('aria-current')).to.equal('page');
    expect(a.hasAttribute('aria-current')).to.equal(false);
    expect(view.getComputedStyle(b).fontWeight).to.equal('700');
    expect(view.getComputedStyle(b).borderLeftStyle).to.equal('solid');
    expect(b.getBoundingClientRect().left).to.be.greaterThan(a.getBoundingClientRect().left);
    expect(unsafe.hasAttribute('href')).to.equal(false);
    expect(b.tabIndex).to.equal(0);
  });
});
