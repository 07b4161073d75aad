// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  axNode,
  axTree,
  captureWarnings,
  insertServerHtml,
  serverRender,
  systemColor,
  frameLoaded,
} from '../test-helpers/index.js';
import { PolderBreadcrumb } from './define.js';
import '../pagination/define.js';

const templates = new URL('./breadcrumb.template.ts', import.meta.url);

async function accessibleInBothSchemes(el: Element) {
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'dark' });
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'light' });
}

const trail = html`<polder-breadcrumb
  ><a href="/">Home</a><a href="/toeslagen">Toeslagen</a
  ><a href="/toeslagen/huurtoeslag" aria-current="page">Huurtoeslag</a></polder-breadcrumb
>`;

/** Shown on screen: wider than the 1px of visually hidden content (which clips its children). */
const visible = (el: Element) => el.getBoundingClientRect().width > 1;

describe('polder-breadcrumb', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('puts its own <a> children into a named navigation landmark with an ordered list', async () => {
    const wrapper = await fixture(html`<div>${trail}</div>`);
    const before = [...wrapper.querySelectorAll('a')];
    const el = wrapper.querySelector<PolderBreadcrumb>('polder-breadcrumb')!;
    await el.updateComplete;
    expect(el.shadowRoot).to.equal(null);
    const items = [...el.querySelectorAll('nav.polder-breadcrumb > ol.polder-breadcrumb__list > li')];
    expect(items.length).to.equal(3);
    expect(items.map((li) => li.firstElementChild)).to.deep.equal(before);
    expect(el.items).to.deep.equal(before);
    expect(items[1].classList.contains('polder-breadcrumb__item--parent')).to.equal(true);
    expect(items[2].classList.contains('polder-breadcrumb__item--current')).to.equal(true);
    expect(before.every((a) => a.classList.contains('polder-breadcrumb__link'))).to.equal(true);
    expect(el.querySelector('nav')!.getAttribute('aria-label')).to.equal('Kruimelpad');
    expect(before[2].getAttribute('aria-current')).to.equal('page');
    await expect(el).to.be.accessible();
  });

  it('is a navigation landmark named "Kruimelpad" with a list of list items; accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderBreadcrumb>(trail);
    const nav = await axNode('polder-breadcrumb nav');
    expect(nav.role).to.equal('navigation');
    expect(nav.name).to.equal('Kruimelpad');
    expect((await axNode('polder-breadcrumb ol')).role).to.equal('list');
    expect((await axNode('polder-breadcrumb li')).role).to.equal('listitem');
    await accessibleInBothSchemes(el);
  });

  it('separators are drawn by CSS', async () => {
    const el = await fixture<PolderBreadcrumb>(trail);
    const second = el.querySelectorAll('li')[1];
    const separator = getComputedStyle(second, '::before');
    expect(separator.content).to.equal('""');
    expect(parseFloat(separator.borderTopWidth)).to.be.greaterThan(0);
  });

  it('separators are not announced (Chromium only)', async () => {
    await fixture<PolderBreadcrumb>(trail);
    const names = (await axTree()).filter((n) => n.role === 'link').map((n) => n.name);
    expect(names.sort()).to.deep.equal(['Home', 'Huurtoeslag', 'Toeslagen']);
    const text = (await axTree()).filter((n) => n.role === 'StaticText').map((n) => n.name);
    expect(text.filter((t) => /[>›/»]/.test(t))).to.deep.equal([]);
  });

  it('marks the link whose href matches `current` and accepts a <span> for a page without a link', async () => {
    const el = await fixture<PolderBreadcrumb>(
      html`<polder-breadcrumb current="/a"><a href="/">Home</a><a href="/a">A</a></polder-breadcrumb>`,
    );
    expect(el.querySelector('a[href="/a"]')!.getAttribute('aria-current')).to.equal('page');
    expect(el.querySelector('a[href="/"]')!.hasAttribute('aria-current')).to.equal(false);
    const span = await fixture<PolderBreadcrumb>(
      html`<polder-breadcrumb><a href="/">Home</a><span aria-current="page">Uw aanvraag</span></polder-breadcrumb>`,
    );
    expect(span.querySelectorAll('li').length).to.equal(2);
    expect(span.querySelector('li:last-child')!.classList.contains('polder-breadcrumb__item--current')).to.equal(true);
    await expect(span).to.be.accessible();
  });

  it('a current page without a link is accessible in light and dark (Chromium only)', async () => {
    const span = await fixture<PolderBreadcrumb>(
      html`<polder-breadcrumb><a href="/">Home</a><span aria-current="page">Uw aanvraag</span></polder-breadcrumb>`,
    );
    await accessibleInBothSchemes(span);
  });

  const withPagination = html`<div>
    ${trail}
    <polder-pagination current="2" total="5"></polder-pagination>
  </div>`;

  it('has a landmark label distinct from the pagination', async () => {
    const wrapper = await fixture(withPagination);
    const pagination = wrapper.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('polder-pagination')!;
    await pagination.updateComplete;
    // The pagination's navigation is in its shadow root.
    const navs = [wrapper.querySelector('nav')!, pagination.shadowRoot!.querySelector('nav')!];
    expect(navs.map((nav) => nav.getAttribute('aria-label')).sort()).to.deep.equal(['Kruimelpad', 'Paginering']);
  });

  it('has a landmark name distinct from the pagination in the accessibility tree (Chromium only)', async () => {
    await fixture(withPagination);
    const names = (await axTree()).filter((n) => n.role === 'navigation').map((n) => n.name);
    expect(names.sort()).to.deep.equal(['Kruimelpad', 'Paginering']);
  });

  it('speaks English under lang="en", follows lang changes and takes per-instance strings', async () => {
    const wrapper = await fixture(html`<div lang="en">${trail}</div>`);
    const el = wrapper.querySelector<PolderBreadcrumb>('polder-breadcrumb')!;
    const label = () => el.querySelector('nav')!.getAttribute('aria-label');
    expect(label()).to.equal('Breadcrumb');
    await expect(wrapper).to.be.accessible();
    wrapper.setAttribute('lang', 'nl');
    // The page's lang observer delivers its record in a microtask; the update is pending after it.
    await Promise.resolve();
    await el.updateComplete;
    expect(label()).to.equal('Kruimelpad');
    el.strings = { label: 'U bent hier' };
    await el.updateComplete;
    expect(label()).to.equal('U bent hier');
  });

  it('the landmark name follows lang and per-instance strings; accessible in dark (Chromium only)', async () => {
    const wrapper = await fixture(html`<div lang="en">${trail}</div>`);
    const el = wrapper.querySelector<PolderBreadcrumb>('polder-breadcrumb')!;
    expect((await axNode('polder-breadcrumb nav')).name).to.equal('Breadcrumb');
    await accessibleInBothSchemes(wrapper);
    wrapper.setAttribute('lang', 'nl');
    await el.updateComplete;
    expect((await axNode('polder-breadcrumb nav')).name).to.equal('Kruimelpad');
    el.strings = { label: 'U bent hier' };
    await el.updateComplete;
    expect((await axNode('polder-breadcrumb nav')).name).to.equal('U bent hier');
  });

  it('is walked with Tab in order, with a visible focus style', async () => {
    const el = await fixture<PolderBreadcrumb>(trail);
    const links = [...el.querySelectorAll('a')];
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
    const style = getComputedStyle(links[2]);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    await expect(el).to.be.accessible();
  });

  it('with the last link focused it is accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderBreadcrumb>(trail);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('a[aria-current]'));
    await accessibleInBothSchemes(el);
  });

  it('at 320 CSS pixels shows only the parent as a back link, keeps the current page for screen readers, no scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderBreadcrumb>(trail);
    const [home, parent, current] = [...el.querySelectorAll('a')];
    expect(visible(home)).to.equal(false);
    expect(visible(parent)).to.equal(true);
    expect(visible(current.parentElement!)).to.equal(false);
    // The parent's arrow points back: two borders (bottom and start), not the separator's (top and end).
    const arrow = getComputedStyle(parent.parentElement!, '::before');
    expect([arrow.borderLeftWidth, arrow.borderBottomWidth].every((w) => w !== '0px')).to.equal(true);
    expect([arrow.borderTopWidth, arrow.borderRightWidth]).to.deep.equal(['0px', '0px']);
    // Visually hidden, not hidden: clipped to a pixel, not display: none or visibility: hidden.
    const hidden = getComputedStyle(current.parentElement!);
    expect(hidden.display).to.not.equal('none');
    expect(getComputedStyle(current).visibility).to.equal('visible');
    const root = document.documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('at 320 CSS pixels the hidden current page stays in the accessibility tree; accessible in dark (Chromium only)', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderBreadcrumb>(trail);
    const node = await axNode('polder-breadcrumb a[aria-current]');
    expect(node.ignored).to.not.equal(true);
    expect(node.name).to.equal('Huurtoeslag');
    expect((await axNode('polder-breadcrumb nav')).name).to.equal('Kruimelpad');
    await accessibleInBothSchemes(el);
  });

  it('at 320 CSS pixels a visually hidden current-page link shows itself when it receives focus', async () => {
    // A 320 px wide column rather than a 320 px viewport: the narrow layout is a container query on the breadcrumb
    // itself, so it is the same. WebKit's MiniBrowser, resized to a 320 px window over WebDriver, leaves the page
    // without system focus (document.hasFocus() is false until the window is wide again), so nothing in the page
    // would match :focus or :focus-within there.
    const column = await fixture(html`<div style="inline-size: 320px">${trail}</div>`);
    const el = column.querySelector<PolderBreadcrumb>('polder-breadcrumb')!;
    const current = el.querySelector<HTMLAnchorElement>('a[aria-current]')!;
    expect(visible(current.parentElement!)).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(current);
    expect(visible(current.parentElement!)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('at 320 CSS pixels the focused current-page link is accessible in light and dark (Chromium only)', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderBreadcrumb>(trail);
    const current = el.querySelector<HTMLAnchorElement>('a[aria-current]')!;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(current);
    await accessibleInBothSchemes(el);
  });

  it('long page names wrap at 320 CSS pixels without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    await fixture(
      html`<polder-breadcrumb
        ><a href="/">Home</a
        ><a href="/a">Aanvraagformulierenoverzichtspaginavoorzorgtoeslagenhuurtoeslagenkinderopvangtoeslagen</a
        ><a href="/a/b" aria-current="page">Huidige</a></polder-breadcrumb
      >`,
    );
    const root = document.documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });

  it('links added later join the end of the list', async () => {
    const el = await fixture<PolderBreadcrumb>(html`<polder-breadcrumb><a href="/">Home</a></polder-breadcrumb>`);
    const added = document.createElement('a');
    added.href = '/nieuw';
    added.textContent = 'Nieuw';
    el.append(added);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.querySelectorAll('li').length).to.equal(2);
    expect(el.querySelector('li:last-child > a')).to.equal(added);
  });

  it('renders with @lit-labs/ssr and hydrates without a warning or error, keeping the links', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderBreadcrumb;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderBreadcrumb>(trail, { modules: ['./define.js'] });
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    await el.updateComplete;
    expect(el.querySelectorAll('nav > ol > li > a').length).to.equal(3);
    expect(el.querySelector('nav')!.getAttribute('aria-label')).to.equal('Kruimelpad');
  });

  it('a hydrated breadcrumb is a landmark named "Kruimelpad" (Chromium only)', async () => {
    const el = await ssrHydratedFixture<PolderBreadcrumb>(trail, { modules: ['./define.js'] });
    await el.updateComplete;
    expect((await axNode('polder-breadcrumb nav')).name).to.equal('Kruimelpad');
  });

  /** renderBreadcrumb's server markup in the page, upgraded as `tag`; the warnings the upgrade gave. */
  async function adoptServerMarkup(tag: string) {
    const markup = await serverRender(templates, 'renderBreadcrumb', {
      label: 'Kruimelpad',
      items: [
        { href: '/', text: 'Home' },
        { href: '/x', text: 'Zaken' },
        { href: '/x/y', text: 'Zaak 12', current: true },
      ],
    });
    const wrapper = insertServerHtml(markup.replace(/polder-breadcrumb(?=[\s>])/g, tag));
    const before = [...wrapper.querySelectorAll('a')];
    const warnings = await captureWarnings(async () => {
      customElements.define(tag, class extends PolderBreadcrumb {});
      await wrapper.querySelector<PolderBreadcrumb>(tag)!.updateComplete;
    });
    return { markup, wrapper, before, warnings };
  }

  it('server markup from renderBreadcrumb is adopted: same links, one list, no warnings', async () => {
    const { markup, wrapper, before, warnings } = await adoptServerMarkup('polder-breadcrumb-ssr');
    expect(markup).to.contain('aria-label="Kruimelpad"').and.to.contain('aria-current="page"');
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect([...wrapper.querySelectorAll('a')]).to.deep.equal(before);
    expect(wrapper.querySelectorAll('nav').length).to.equal(1);
    expect(wrapper.querySelectorAll('li').length).to.equal(3);
    expect(wrapper.querySelector('nav')!.getAttribute('aria-label')).to.equal('Kruimelpad');
    wrapper.remove();
  });

  it('adopted server markup is a landmark named "Kruimelpad" (Chromium only)', async () => {
    const { wrapper } = await adoptServerMarkup('polder-breadcrumb-ssr-ax');
    expect((await axNode('polder-breadcrumb-ssr-ax nav')).name).to.equal('Kruimelpad');
    wrapper.remove();
  });

  it('the plain-HTML breadcrumb is styled and collapses in a narrow page with no script', async () => {
    const markup = await serverRender(templates, 'breadcrumbTemplate', {
      label: 'Kruimelpad',
      items: [
        { href: '#home', text: 'Home' },
        { href: '#zaken', text: 'Zaken' },
        { href: '#zaak', text: 'Zaak 12', current: true },
      ],
    });
    const page = `<link rel="stylesheet" href="/packages/components/src/breadcrumb/breadcrumb.css">${markup}`;
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="zonder script" srcdoc=${page} width="320" height="200"></iframe>`,
    );
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    expect(view.customElements.get('polder-breadcrumb')).to.equal(undefined);
    const [home, parent, current] = [...doc.querySelectorAll('a')];
    expect(view.getComputedStyle(doc.querySelector('ol')!).display).to.equal('flex');
    expect(view.getComputedStyle(doc.querySelector('ol')!).listStyleType).to.equal('none');
    expect(visible(home)).to.equal(false);
    expect(visible(parent)).to.equal(true);
    expect(visible(current.parentElement!)).to.equal(false);
    expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    frame.width = '800';
    await new Promise((r) => requestAnimationFrame(r));
    expect(visible(home)).to.equal(true);
    expect(visible(current.parentElement!)).to.equal(true);
  });

  it('shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<PolderBreadcrumb>(html`<polder-breadcrumb><a href="/">${evil}</a></polder-breadcrumb>`);
    el.strings = { label: evil };
    await el.updateComplete;
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('a')!.textContent).to.equal(evil);
    expect(el.querySelector('nav')!.getAttribute('aria-label')).to.equal(evil);
  });

  it('without links: one development warning naming the element', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PolderBreadcrumb>(html`<polder-breadcrumb></polder-breadcrumb>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<polder-breadcrumb>');
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderBreadcrumb>(trail);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.querySelector('a')!).color).to.equal(systemColor('LinkText'));
  });
});
