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
import '../heading/define.js';
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

  it('exposes banner, distinctly named navigations, main and contentinfo in Chromium’s tree (Chromium only)', async () => {
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

  it('is accessible wide and at 320 CSS px (400 % zoom) without horizontal scrolling', async () => {
    const page = await fixture(frame);
    await expect(page).to.be.accessible();
    await setViewport({ width: 320, height: 640 });
    await expect(page).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('is accessible in dark mode, wide and at 320 CSS px (Chromium only)', async () => {
    const page = await fixture(frame);
    await emulateMedia({ colorScheme: 'dark' });
    await expect(page).to.be.accessible();
    await setViewport({ width: 320, height: 640 });
    await expect(page).to.be.accessible();
  });

  it('speaks English under lang="en" (Chromium only)', async () => {
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

  const serverFrame = () =>
    ssrNonHydratedFixture<HTMLElement>(frame, {
      modules: [
        '../skip-link/define.js',
        './define.js',
        '../navigation/define.js',
        '../language-switcher/define.js',
        '../footer/define.js',
      ],
    });

  it('rendered on the server, every link is there without JavaScript', async () => {
    const page = await serverFrame();
    expect(page.querySelectorAll('a[href]').length).to.equal(6);
    expect(page.querySelector('polder-skip-link')!.shadowRoot!.querySelector('a[href="#main"]')).to.not.equal(null);
  });

  it('rendered on the server, every landmark is in Chromium’s tree without JavaScript (Chromium only)', async () => {
    await serverFrame();
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

/** Links a stylesheet into the test page once and resolves when it has loaded. */
const linked = new Map<string, Promise<void>>();
function link(href: string): Promise<void> {
  if (!linked.has(href))
    linked.set(
      href,
      new Promise((resolve, reject) => {
        const el = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
        el.addEventListener('load', () => resolve());
        el.addEventListener('error', () => reject(new Error(`${href} did not load`)));
        document.head.append(el);
      }),
    );
  return linked.get(href)!;
}

const PAGE_LAYER = '/packages/css/src/page.css';
const WIDTHS = [320, 768, 1280];
const left = (el: Element | null | undefined) => {
  expect(el, 'element to measure').to.exist;
  return Math.round(el!.getBoundingClientRect().left * 10) / 10;
};

/** The page template of @polder/css with the web components; `logo` puts a logo in the header. */
const componentPage = (logo: boolean) =>
  html`<div class="polder-page">
    <polder-skip-link></polder-skip-link>
    <polder-header organisation="Gemeente Voorbeeld" service-name="Parkeervergunningaanvraagformulier" service-href="/"
      >${
        logo
          ? html`<svg slot="logo" role="img" aria-label="Gemeente Voorbeeld" viewBox="0 0 40 40" width="48" height="48">
              <rect width="40" height="40" fill="currentColor"></rect>
            </svg>`
          : ''
      }
      <polder-language-switcher slot="language"
        ><a href="/nl/" hreflang="nl">Nederlands</a><a href="/en/" hreflang="en">English</a></polder-language-switcher
      >
      <polder-navigation slot="navigation" current="/aanvragen"
        ><a href="/">Home</a><a href="/aanvragen">Aanvragen</a></polder-navigation
      >
    </polder-header>
    <main class="polder-page__main polder-width-container" id="main">
      <div class="polder-grid">
        <div class="polder-grid__column--two-thirds">
          <polder-heading level="1">Omgevingsvergunningsprocedure</polder-heading>
        </div>
        <div class="polder-grid__column--one-third"><p>Hulp</p></div>
      </div>
    </main>
    <polder-footer organisation="Gemeente Voorbeeld"><a href="/privacy">Privacy</a></polder-footer>
  </div>`;

describe('page layer (@polder/css page.css) with the page frame', () => {
  before(async () => {
    await loadTheme();
    await link(PAGE_LAYER);
  });

  afterEach(async () => {
    cleanupFixtures();
    await setViewport({ width: 800, height: 600 });
  });

  it('the header’s title, the main content and the footer start on the same left edge at 320, 768 and 1280 px', async () => {
    const page = await fixture<HTMLElement>(componentPage(false));
    const header = page.querySelector('polder-header')!;
    const footer = page.querySelector('polder-footer')!;
    for (const width of WIDTHS) {
      await setViewport({ width, height: 800 });
      const title = left(header.shadowRoot!.querySelector('.polder-header__title'));
      const main = left(page.querySelector('polder-heading'));
      const footerLink = left(footer.querySelector('a'));
      const footerOrganisation = left(footer.shadowRoot!.querySelector('.polder-footer__organisation'));
      expect({ width, title, footerLink, footerOrganisation }).to.deep.equal({
        width,
        title: main,
        footerLink: main,
        footerOrganisation: main,
      });
      expect(main, 'the gutter').to.be.greaterThan(0);
      expect(document.documentElement.scrollWidth, `no sideways scrolling at ${width}px`).to.be.at.most(
        document.documentElement.clientWidth,
      );
    }
    // Wide: the content is centred at the page's width, header and footer with it.
    expect(left(page.querySelector('main'))).to.be.greaterThan(0);
  });

  it('the logo slot takes no space when empty; a logo starts on the edge and the title follows it', async () => {
    const without = await fixture<HTMLElement>(componentPage(false));
    const emptyLogo = without.querySelector('polder-header')!.shadowRoot!.querySelector('.polder-header__logo')!;
    expect(emptyLogo.getBoundingClientRect().width).to.equal(0);
    cleanupFixtures();
    const page = await fixture<HTMLElement>(componentPage(true));
    for (const width of WIDTHS) {
      await setViewport({ width, height: 800 });
      const logo = page.querySelector('svg[slot="logo"]')!;
      const title = page.querySelector('polder-header')!.shadowRoot!.querySelector('.polder-header__title')!;
      expect(left(logo), `logo at ${width}px`).to.equal(left(page.querySelector('polder-heading')));
      // Beside the logo where the line has room, else under it, on the edge again.
      const [t, l] = [title.getBoundingClientRect(), logo.getBoundingClientRect()];
      if (t.top >= l.bottom) expect(left(title), `title under the logo at ${width}px`).to.equal(left(logo));
      else expect(t.left, `title beside the logo at ${width}px`).to.be.greaterThan(l.right);
    }
  });

  it('the grid puts two-thirds and one-third side by side on wide screens and stacks them on small ones', async () => {
    const page = await fixture<HTMLElement>(componentPage(false));
    const [twoThirds, oneThird] = [
      page.querySelector('.polder-grid__column--two-thirds')!,
      page.querySelector('.polder-grid__column--one-third')!,
    ].map((el) => el as HTMLElement);
    await setViewport({ width: 1280, height: 800 });
    const a = twoThirds.getBoundingClientRect();
    const b = oneThird.getBoundingClientRect();
    expect(b.top).to.equal(a.top);
    expect(b.left).to.be.greaterThan(a.right);
    expect(a.width / b.width).to.be.closeTo(2, 0.2);
    await setViewport({ width: 320, height: 800 });
    expect(oneThird.getBoundingClientRect().top).to.be.greaterThan(twoThirds.getBoundingClientRect().bottom);
    expect(left(oneThird)).to.equal(left(twoThirds));
  });

  /** The page frame as plain HTML with the published classes and their stylesheets. */
  const plainPage = async () => {
    await Promise.all(
      ['header/header.css', 'footer/footer.css', 'skip-link/skip-link.css', 'heading/heading.css'].map((file) =>
        link(`/packages/components/src/${file}`),
      ),
    );
    return fixture<HTMLElement>(
      html`<div class="polder-page">
        <a class="polder-skip-link" href="#main-plain">Direct naar de inhoud</a>
        <header class="polder-header">
          <div class="polder-header__inner">
            <div class="polder-header__brand">
              <span class="polder-header__logo"></span>
              <a class="polder-header__title" href="/"
                ><span class="polder-header__organisation">Gemeente Voorbeeld</span>
                <span class="polder-header__service-name">Parkeervergunning aanvragen</span></a
              >
            </div>
          </div>
        </header>
        <main class="polder-page__main polder-width-container" id="main-plain" tabindex="-1">
          <div class="polder-grid">
            <div class="polder-grid__column--two-thirds polder-prose">
              <h1 class="polder-heading polder-heading--1">Parkeervergunning aanvragen</h1>
              <p>Lees eerst <a href="/voorwaarden">de voorwaarden</a>.</p>
              <ul>
                <li>Omgevingsvergunningsprocedure</li>
              </ul>
            </div>
          </div>
        </main>
        <footer class="polder-footer">
          <div class="polder-footer__inner"><p class="polder-footer__organisation">© Gemeente Voorbeeld</p></div>
        </footer>
      </div>`,
    );
  };

  it('plain HTML with the published classes lines up the same way, and passes axe', async () => {
    const page = await plainPage();
    for (const width of WIDTHS) {
      await setViewport({ width, height: 800 });
      const main = left(page.querySelector('h1'));
      expect(left(page.querySelector('.polder-header__title')), `title at ${width}px`).to.equal(main);
      expect(left(page.querySelector('.polder-footer__organisation')), `footer at ${width}px`).to.equal(main);
      expect(left(page.querySelector('.polder-prose p')), `prose at ${width}px`).to.equal(main);
    }
    await expect(page).to.be.accessible();
  });

  it('plain HTML with the published classes passes axe in dark mode (Chromium only)', async () => {
    const page = await plainPage();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(page).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('prose text looks like polder-paragraph', async () => {
    await link('/packages/components/src/paragraph/paragraph.css');
    const page = await fixture<HTMLElement>(
      html`<div>
        <div class="polder-prose"><p>Tekst</p></div>
        <p class="polder-paragraph">Tekst</p>
      </div>`,
    );
    const [prose, paragraph] = [...page.querySelectorAll('p')].map((p) => getComputedStyle(p));
    for (const property of [
      'color',
      'fontFamily',
      'fontSize',
      'lineHeight',
      'maxInlineSize',
      'marginBlockEnd',
    ] as const)
      expect(prose[property], property).to.equal(paragraph[property]);
  });
});
