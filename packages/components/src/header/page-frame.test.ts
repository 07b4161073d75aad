// The page frame as a whole: skip link, header with navigation and language switcher, main, footer.
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { loadTheme } from '../test-helpers/theme.js';
import { axTree } from '../test-helpers/index.js';
import '../skip-link/define.js';
import '../navigation/define.js';
import '../language-switcher/define.js';
import '../footer/define.js';
import './define.js';

const frame = html`<div>
  <polder-skip-link></polder-skip-link>
  <polder-header organisation="Gemeente Voorbeeld" service-name="Parkeervergunning aanvragen" service-href="/">
    <polder-language-switcher slot="language"
      ><a href="/nl/" hreflang="nl">Nederlands</a><a href="/en/" hreflang="en">English</a></polder-language-switcher
    >
    <polder-navigation slot="navigation" current="/aanvragen"
      ><a href="/">Home</a><a href="/aanvragen">Aanvragen</a><a href="/contact">Contact</a></polder-navigation
    >
  </polder-header>
  <main id="main"><h1>Parkeervergunning aanvragen</h1></main>
  <polder-footer organisation="Gemeente Voorbeeld"><a href="/privacy">Privacy</a></polder-footer>
</div>`;

const landmarks = async () =>
  (await axTree())
    .filter((n) => ['banner', 'navigation', 'main', 'contentinfo'].includes(n.role))
    .map((n) => (n.name ? `${n.role}:${n.name}` : n.role));

describe('page frame', () => {
  // Real token colours, both schemes, when the tokens are built (else the fallbacks).
  before(() => loadTheme());

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('exposes banner, distinctly named navigations, main and contentinfo in Chromium’s tree', async () => {
    await fixture(frame);
    expect(await landmarks()).to.have.members([
      'banner',
      'navigation:Taalkeuze',
      'navigation:Hoofdmenu',
      'main',
      'contentinfo',
      'navigation:Over deze website',
    ]);
  });

  it('the skip link is the first Tab stop and takes keyboard focus past the header to main', async () => {
    const page = await fixture(frame);
    await sendKeys({ press: 'Tab' });
    const skip = page.querySelector('polder-skip-link')!;
    expect(document.activeElement).to.equal(skip);
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(page.querySelector('main'));
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('is accessible in light and dark, wide and at 320 CSS px (400 % zoom) without horizontal scrolling', async () => {
    const page = await fixture(frame);
    await expect(page).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(page).to.be.accessible();
    await setViewport({ width: 320, height: 640 });
    await expect(page).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('speaks English under lang="en"', async () => {
    await fixture(html`<div lang="en">${frame}</div>`);
    expect(await landmarks()).to.have.members([
      'banner',
      'navigation:Choose a language',
      'navigation:Main menu',
      'main',
      'contentinfo',
      'navigation:About this website',
    ]);
  });

  it('rendered on the server, every landmark and link is there without JavaScript', async () => {
    const page = await ssrNonHydratedFixture<HTMLElement>(frame, {
      modules: [
        '../skip-link/define.js',
        './define.js',
        '../navigation/define.js',
        '../language-switcher/define.js',
        '../footer/define.js',
      ],
    });
    expect(page.querySelectorAll('a[href]').length).to.equal(6);
    expect(page.querySelector('polder-skip-link')!.shadowRoot!.querySelector('a[href="#main"]')).to.not.equal(null);
    expect(await landmarks()).to.have.members([
      'banner',
      'navigation:Taalkeuze',
      'navigation:Hoofdmenu',
      'main',
      'contentinfo',
      'navigation:Over deze website',
    ]);
  });
});
