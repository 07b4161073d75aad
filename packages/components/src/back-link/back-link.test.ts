// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  axNode,
  captureWarnings,
  insertServerHtml,
  serverRender,
  systemColor,
  frameLoaded,
} from '../test-helpers/index.js';
import { PolderBackLink } from './define.js';

const templates = new URL('./back-link.template.ts', import.meta.url);

async function accessibleInBothSchemes(el: Element) {
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'dark' });
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'light' });
}

describe('polder-back-link', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a real link reading "Terug" with an arrow drawn in CSS', async () => {
    const el = await fixture<PolderBackLink>(html`<polder-back-link href="/stap-1"></polder-back-link>`);
    const a = el.querySelector('a')!;
    expect(el.shadowRoot).to.equal(null);
    expect(el.control).to.equal(a);
    expect(a.className).to.equal('polder-back-link');
    expect(a.getAttribute('href')).to.equal('/stap-1');
    expect(a.textContent).to.equal('Terug');
    const arrow = getComputedStyle(a, '::before');
    expect(arrow.content).to.equal('""');
    expect(parseFloat(arrow.borderBottomWidth)).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('is a link named "Terug" (the arrow is not announced); accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderBackLink>(html`<polder-back-link href="/stap-1"></polder-back-link>`);
    const node = await axNode('polder-back-link a');
    expect(node.role).to.equal('link');
    expect(node.name).to.equal('Terug');
    await accessibleInBothSchemes(el);
  });

  it('keeps its own text', async () => {
    const el = await fixture<PolderBackLink>(
      html`<polder-back-link href="/stap-2">Terug naar stap 2</polder-back-link>`,
    );
    expect(el.control!.textContent).to.equal('Terug naar stap 2');
    el.href = '/stap-3';
    await el.updateComplete;
    expect(el.control!.textContent).to.equal('Terug naar stap 2');
    expect(el.control!.getAttribute('href')).to.equal('/stap-3');
  });

  it('its own text is its accessible name (Chromium only)', async () => {
    await fixture<PolderBackLink>(html`<polder-back-link href="/stap-2">Terug naar stap 2</polder-back-link>`);
    expect((await axNode('polder-back-link a')).name).to.equal('Terug naar stap 2');
  });

  it('reads "Back" under lang="en", follows lang changes and takes per-instance strings', async () => {
    const wrapper = await fixture(html`<div lang="en"><polder-back-link href="/"></polder-back-link></div>`);
    const el = wrapper.querySelector<PolderBackLink>('polder-back-link')!;
    expect(el.control!.textContent).to.equal('Back');
    await expect(wrapper).to.be.accessible();
    wrapper.setAttribute('lang', 'nl');
    // The page's lang observer delivers its record in a microtask; the update is pending after it.
    await Promise.resolve();
    await el.updateComplete;
    expect(el.control!.textContent).to.equal('Terug');
    el.strings = { back: 'Terug naar het overzicht' };
    await el.updateComplete;
    expect(el.control!.textContent).to.equal('Terug naar het overzicht');
  });

  it('the accessible name follows lang and per-instance strings; accessible in dark (Chromium only)', async () => {
    const wrapper = await fixture(html`<div lang="en"><polder-back-link href="/"></polder-back-link></div>`);
    const el = wrapper.querySelector<PolderBackLink>('polder-back-link')!;
    expect((await axNode('polder-back-link a')).name).to.equal('Back');
    await accessibleInBothSchemes(wrapper);
    wrapper.setAttribute('lang', 'nl');
    await el.updateComplete;
    expect((await axNode('polder-back-link a')).name).to.equal('Terug');
    el.strings = { back: 'Terug naar het overzicht' };
    await el.updateComplete;
    expect((await axNode('polder-back-link a')).name).to.equal('Terug naar het overzicht');
  });

  it('is reached with Tab and followed with Enter, with a visible focus style', async () => {
    const el = await fixture<PolderBackLink>(html`<polder-back-link href="#terug"></polder-back-link>`);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.control);
    const style = getComputedStyle(el.control!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    await expect(el).to.be.accessible();
    el.control!.addEventListener('click', (e) => e.preventDefault(), { once: true });
    const clicked = oneEvent(el, 'click');
    await sendKeys({ press: 'Enter' });
    expect((await clicked).target).to.equal(el.control);
  });

  it('the focused link is accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderBackLink>(html`<polder-back-link href="#terug"></polder-back-link>`);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.control);
    await accessibleInBothSchemes(el);
  });

  it('is a target of at least 24 by 24 CSS pixels', async () => {
    const el = await fixture<PolderBackLink>(html`<polder-back-link href="/"></polder-back-link>`);
    const { width, height } = el.control!.getBoundingClientRect();
    expect(width).to.be.at.least(24);
    expect(height).to.be.at.least(24);
  });

  it('adopts a hand-written <a> (same node)', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-back-link-late><a class="polder-back-link" href="/x">Vorige stap</a></polder-back-link-late>
      </div>`,
    );
    const before = wrapper.querySelector('a')!;
    customElements.define('polder-back-link-late', class extends PolderBackLink {});
    await wrapper.querySelector<PolderBackLink>('polder-back-link-late')!.updateComplete;
    expect(wrapper.querySelector('a')).to.equal(before);
    expect(before.textContent).to.equal('Vorige stap');
  });

  it('renders with @lit-labs/ssr and hydrates without a warning or error', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderBackLink;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderBackLink>(html`<polder-back-link href="/stap-1"></polder-back-link>`, {
        modules: ['./define.js'],
      });
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    await el.updateComplete;
    expect(el.control!.textContent).to.equal('Terug');
  });

  it('a hydrated back link is named "Terug" in the accessibility tree (Chromium only)', async () => {
    const el = await ssrHydratedFixture<PolderBackLink>(html`<polder-back-link href="/stap-1"></polder-back-link>`, {
      modules: ['./define.js'],
    });
    await el.updateComplete;
    expect((await axNode('polder-back-link a')).name).to.equal('Terug');
  });

  /** renderBackLink's server markup in the page, upgraded as `tag`; the warnings the upgrade gave. */
  async function adoptServerMarkup(tag: string) {
    const markup = await serverRender(templates, 'renderBackLink', { href: '/overzicht', text: 'Terug' });
    const wrapper = insertServerHtml(markup.replace(/polder-back-link(?=[\s>])/g, tag));
    const before = wrapper.querySelector('a')!;
    const warnings = await captureWarnings(async () => {
      customElements.define(tag, class extends PolderBackLink {});
      await wrapper.querySelector<PolderBackLink>(tag)!.updateComplete;
    });
    return { markup, wrapper, before, warnings };
  }

  it('server markup from renderBackLink is adopted without warnings', async () => {
    const { markup, wrapper, before, warnings } = await adoptServerMarkup('polder-back-link-ssr');
    expect(markup).to.contain('class="polder-back-link"').and.to.contain('href="/overzicht"');
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(wrapper.querySelector('a')).to.equal(before);
    expect(before.textContent).to.equal('Terug');
    wrapper.remove();
  });

  it('adopted server markup is named "Terug" in the accessibility tree (Chromium only)', async () => {
    const { wrapper } = await adoptServerMarkup('polder-back-link-ssr-ax');
    expect((await axNode('polder-back-link-ssr-ax a')).name).to.equal('Terug');
    wrapper.remove();
  });

  it('a plain <a class="polder-back-link"> is styled and works in a page with no script', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/back-link/back-link.css">' +
      '<a class="polder-back-link" href="#vorige">Terug</a>';
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="zonder script" srcdoc=${page}></iframe>`);
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const a = doc.querySelector('a')!;
    const view = doc.defaultView!;
    expect(view.customElements.get('polder-back-link')).to.equal(undefined);
    expect(view.getComputedStyle(a).display).to.equal('inline-flex');
    expect(view.getComputedStyle(a, '::before').content).to.equal('""');
    let followed = false;
    a.addEventListener('click', (e) => {
      followed = !e.defaultPrevented;
      e.preventDefault();
    });
    a.click();
    expect(followed).to.equal(true);
  });

  it('shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<PolderBackLink>(html`<polder-back-link href="/"></polder-back-link>`);
    el.strings = { back: evil };
    await el.updateComplete;
    expect(el.querySelector('img')).to.equal(null);
    expect(el.control!.textContent).to.equal(evil);
  });

  it('without href: one development warning naming the element', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PolderBackLink>(html`<polder-back-link></polder-back-link>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<polder-back-link>').and.to.contain('href');
  });

  it('long text wraps at 320 CSS pixels: no horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    await fixture(
      html`<polder-back-link href="/"
        >Terug naar het overzicht van uw aanvragen voor huurtoeslag en zorgtoeslag</polder-back-link
      >`,
    );
    const root = document.documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderBackLink>(html`<polder-back-link href="/"></polder-back-link>`);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.control!).color).to.equal(systemColor('LinkText'));
  });
});
