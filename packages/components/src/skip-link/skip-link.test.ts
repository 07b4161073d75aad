// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { loadTheme } from '../test-helpers/theme.js';
import { axNode, captureWarnings, systemColor, frameLoaded } from '../test-helpers/index.js';
import { PolderSkipLink } from './define.js';

const page = (skip = html`<polder-skip-link></polder-skip-link>`) =>
  fixture<HTMLElement>(
    html`<div>
      ${skip}
      <header><a href="#start">Gemeente Voorbeeld</a></header>
      <main id="main"><h1>Parkeervergunning</h1></main>
    </div>`,
  );

const link = (el: PolderSkipLink) => el.shadowRoot!.querySelector('a')!;

describe('polder-skip-link', () => {
  // Real token colours, both schemes, when the tokens are built (else the fallbacks).
  before(() => loadTheme());

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('is the first thing Tab reaches, hidden until then and shown on focus', async () => {
    const wrapper = await page();
    const el = wrapper.querySelector('polder-skip-link')!;
    expect(link(el).getBoundingClientRect().width).to.be.at.most(1);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
    const shown = link(el).getBoundingClientRect();
    expect(shown.width).to.be.greaterThan(100);
    expect(shown.height).to.be.at.least(24);
    expect(getComputedStyle(link(el)).outlineStyle).to.equal('solid');
    expect(link(el).textContent).to.equal('Direct naar de inhoud');
  });

  it('the accessibility tree has a link named "Direct naar de inhoud" (Chromium only)', async () => {
    await page();
    const node = await axNode(['polder-skip-link', 'a']);
    expect(node.role).to.equal('link');
    expect(node.name).to.equal('Direct naar de inhoud');
  });

  it('Enter moves focus to <main>, which gets tabindex="-1" only while it has focus', async () => {
    const wrapper = await page();
    const main = wrapper.querySelector('main')!;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    expect(location.hash).to.equal('#main');
    // The next Tab continues after the skipped header.
    main.append(Object.assign(document.createElement('a'), { href: '#x', textContent: 'In de inhoud' }));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('In de inhoud');
    expect(main.hasAttribute('tabindex')).to.equal(false);
  });

  it('keeps a tabindex the target already has, and skips to another href', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-skip-link href="#formulier">Naar het formulier</polder-skip-link>
        <form id="formulier" tabindex="0"><input aria-label="x" /></form>
      </div>`,
    );
    const el = wrapper.querySelector('polder-skip-link')!;
    link(el).click();
    const form = wrapper.querySelector('form')!;
    expect(document.activeElement).to.equal(form);
    expect(form.getAttribute('tabindex')).to.equal('0');
    expect(link(el).getAttribute('href')).to.equal('#formulier');
    const text = link(el).querySelector('slot')!.assignedNodes();
    expect(text.map((n) => n.textContent).join('')).to.equal('Naar het formulier');
  });

  it('the accessibility tree names the link by its own text (Chromium only)', async () => {
    await fixture(
      html`<div>
        <polder-skip-link href="#formulier">Naar het formulier</polder-skip-link>
        <form id="formulier" tabindex="0"><input aria-label="x" /></form>
      </div>`,
    );
    expect((await axNode(['polder-skip-link', 'a'])).name).to.equal('Naar het formulier');
  });

  it('is accessible hidden and focused', async () => {
    const wrapper = await page();
    await expect(wrapper).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await expect(wrapper).to.be.accessible();
  });

  it('is accessible in dark mode, hidden and focused (Chromium only)', async () => {
    const wrapper = await page();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(wrapper).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await expect(wrapper).to.be.accessible();
  });

  it('speaks English under lang="en", and shows markup-like text as text', async () => {
    const english = await fixture(
      html`<div lang="en">
        <polder-skip-link></polder-skip-link>
        <main id="main"></main>
      </div>`,
    );
    const skip = english.querySelector<PolderSkipLink>('polder-skip-link')!;
    await skip.updateComplete;
    expect(link(skip).textContent).to.equal('Skip to main content');
    const el = await fixture<PolderSkipLink>(
      html`<polder-skip-link .strings=${{ label: '<img src=x onerror=alert(1)>' }}></polder-skip-link>`,
    );
    expect(link(el).querySelector('img')).to.equal(null);
    expect(link(el).textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('the accessibility tree names the link in English under lang="en" (Chromium only)', async () => {
    await fixture(
      html`<div lang="en">
        <polder-skip-link></polder-skip-link>
        <main id="main"></main>
      </div>`,
    );
    expect((await axNode(['polder-skip-link', 'a'])).name).to.equal('Skip to main content');
  });

  it('warns once, naming the element, when there is nothing to skip to', async () => {
    const el = await fixture<PolderSkipLink>(html`<polder-skip-link href="#nergens"></polder-skip-link>`);
    const warnings = await captureWarnings(() => {
      link(el).click();
      link(el).click();
    });
    expect(warnings).to.deep.equal(['<polder-skip-link>: nothing to skip to: no element with id "nergens".']);
  });

  it('fits at 320 CSS px when shown on focus', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrapper = await page(
      html`<polder-skip-link
        >Direct naar de inhoud van deze bijzonder lange pagina over vergunningen</polder-skip-link
      >`,
    );
    const el = wrapper.querySelector('polder-skip-link')!;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('uses a system colour for focus in forced colours, and is not printed (Chromium only)', async () => {
    const wrapper = await page();
    const el = wrapper.querySelector('polder-skip-link')!;
    await sendKeys({ press: 'Tab' });
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(link(el)).outlineColor).to.equal(systemColor('Highlight'));
    await emulateMedia({ forcedColors: 'none', media: 'print' });
    expect(getComputedStyle(link(el)).display).to.equal('none');
  });

  it('rendered on the server, it is a real link to #main without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderSkipLink>(html`<polder-skip-link></polder-skip-link>`, {
      modules: ['./define.js'],
    });
    expect(link(el).getAttribute('href')).to.equal('#main');
    expect(link(el).textContent).to.equal('Direct naar de inhoud');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderSkipLink;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderSkipLink>(html`<polder-skip-link href="#inhoud"></polder-skip-link>`, {
        modules: ['./define.js'],
      });
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const a = link(el);
    el.href = '#main';
    await el.updateComplete;
    expect(link(el)).to.equal(a);
    expect(a.getAttribute('href')).to.equal('#main');
  });

  it('as plain HTML with the public class, it is hidden until focused, without scripts', async () => {
    const doc =
      '<link rel="stylesheet" href="/packages/components/src/skip-link/skip-link.css">' +
      '<a class="polder-skip-link" href="#main">Direct naar de inhoud</a><main id="main" tabindex="-1">x</main>';
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="zonder JavaScript" sandbox="allow-same-origin" srcdoc=${doc}></iframe>`,
    );
    await frameLoaded(frame);
    const a = frame.contentDocument!.querySelector('a')!;
    expect(a.getBoundingClientRect().width).to.be.at.most(1);
    a.focus();
    expect(a.getBoundingClientRect().width).to.be.greaterThan(100);
    expect(frame.contentDocument!.defaultView!.getComputedStyle(a).fontWeight).to.equal('700');
  });
});
