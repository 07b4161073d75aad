// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { loadTheme } from '../test-helpers/theme.js';
import { axNode, axTree, captureWarnings, frameLoaded } from '../test-helpers/index.js';
import { PolderFooter } from './define.js';

const footer = (attrs = {}) =>
  fixture<PolderFooter>(
    html`<polder-footer organisation="Gemeente Voorbeeld" .current=${(attrs as { current?: string }).current}
      ><p slot="content">Vragen? Bel 14 020, maandag tot en met vrijdag van 8.00 tot 17.00 uur.</p>
      <a href="/privacy">Privacy</a><a href="/cookies">Cookies</a><a href="/toegankelijkheid">Toegankelijkheid</a
      ><a href="/contact">Contact</a></polder-footer
    >`,
  );

const part = (el: PolderFooter, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('polder-footer', () => {
  // Real token colours, both schemes, when the tokens are built (else the fallbacks).
  before(() => loadTheme());

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a contentinfo footer with its links in a navigation named "Over deze website", and the organisation', async () => {
    const el = await footer();
    expect(part(el, 'footer').localName).to.equal('footer');
    expect(part(el, 'footer').getAttribute('role')).to.equal('contentinfo');
    expect(part(el, 'navigation').getAttribute('aria-label')).to.equal('Over deze website');
    expect(el.links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '/privacy',
      '/cookies',
      '/toegankelijkheid',
      '/contact',
    ]);
    expect(part(el, 'organisation').textContent).to.equal('Gemeente Voorbeeld');
  });

  it('is the contentinfo landmark in Chromium’s tree, with its links in a navigation named "Over deze website" (Chromium only)', async () => {
    await footer();
    expect((await axNode(['polder-footer', 'footer'])).role).to.equal('contentinfo');
    const landmarks = (await axTree()).filter((n) => ['contentinfo', 'navigation'].includes(n.role));
    expect(landmarks.map((n) => `${n.role}:${n.name}`)).to.deep.equal(['contentinfo:', 'navigation:Over deze website']);
    expect((await axNode('polder-footer a[href="/contact"]')).role).to.equal('link');
  });

  it('is accessible with and without a current page', async () => {
    const el = await footer();
    await expect(el).to.be.accessible();
    el.current = '/cookies';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible in dark, with and without a current page (Chromium only)', async () => {
    const el = await footer();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    el.current = '/cookies';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('marks the current page with aria-current="page", and warns once when no link matches', async () => {
    const el = await footer({ current: '/toegankelijkheid' });
    expect(el.links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent)).to.deep.equal([
      'Toegankelijkheid',
    ]);
    expect(getComputedStyle(el.links[2]).fontWeight).to.equal('700');
    el.current = '/nergens';
    const warnings = await captureWarnings(() => el.updateComplete);
    expect(warnings).to.deep.equal(['<polder-footer>: no link matches current "/nergens".']);
    expect(el.links.some((a) => a.hasAttribute('aria-current'))).to.equal(false);
  });

  it('Tab reaches each link with a visible focus style and a 24px target', async () => {
    const el = await footer();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.links[0]);
    expect(getComputedStyle(el.links[0]).outlineStyle).to.equal('solid');
    expect(el.links[0].getBoundingClientRect().height).to.be.at.least(24);
  });

  const englishAndLabelled = () =>
    fixture(
      html`<div>
        <div lang="en">
          <polder-footer><a href="/a">A</a></polder-footer>
        </div>
        <polder-footer label="Handige links" organisation=${'<img src=x onerror=alert(1)>'}
          ><a href="/b">B</a></polder-footer
        >
      </div>`,
    );

  it('speaks English under lang="en", takes a label, and shows markup-like text as text', async () => {
    await englishAndLabelled();
    const [first, second] = document.querySelectorAll<PolderFooter>('polder-footer');
    expect(part(first, 'navigation').getAttribute('aria-label')).to.equal('About this website');
    expect(part(second, 'navigation').getAttribute('aria-label')).to.equal('Handige links');
    expect(second.shadowRoot!.querySelector('img')).to.equal(null);
    expect(second.shadowRoot!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('names its navigation in English under lang="en", or by its label, in Chromium’s tree (Chromium only)', async () => {
    await englishAndLabelled();
    const names = (await axTree()).filter((n) => n.role === 'navigation').map((n) => n.name);
    expect(names).to.deep.equal(['About this website', 'Handige links']);
  });

  it('fits at 320 CSS px', async () => {
    await setViewport({ width: 320, height: 640 });
    await footer();
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await footer();
    await emulateMedia({ forcedColors: 'active' });
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    expect(getComputedStyle(part(el, 'footer')).borderTopColor).to.equal(getComputedStyle(probe).color);
    probe.style.color = 'LinkText';
    expect(getComputedStyle(el.links[0]).color).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('prints without background or links, keeping the content and organisation (Chromium only)', async () => {
    const el = await footer();
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(el, 'footer')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(part(el, 'navigation')).display).to.equal('none');
    expect(part(el, 'organisation').getClientRects().length).to.equal(1);
  });

  it('rendered on the server, it is a contentinfo footer with a named navigation of real links, without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderFooter>(
      html`<polder-footer organisation="Provincie"><a href="/privacy">Privacy</a></polder-footer>`,
      { modules: ['./define.js'] },
    );
    expect(part(el, 'footer').localName).to.equal('footer');
    expect(part(el, 'footer').getAttribute('role')).to.equal('contentinfo');
    expect(part(el, 'navigation').getAttribute('aria-label')).to.equal('Over deze website');
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('/privacy');
  });

  it('rendered on the server, it is a contentinfo landmark without JavaScript (Chromium only)', async () => {
    await ssrNonHydratedFixture<PolderFooter>(
      html`<polder-footer organisation="Provincie"><a href="/privacy">Privacy</a></polder-footer>`,
      { modules: ['./define.js'] },
    );
    expect((await axNode(['polder-footer', 'footer'])).role).to.equal('contentinfo');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderFooter;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderFooter>(
        html`<polder-footer organisation="Provincie" current="/privacy"><a href="/privacy">Privacy</a></polder-footer>`,
        { modules: ['./define.js'] },
      );
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const box = part(el, 'footer');
    el.organisation = 'Provincie Voorbeeld';
    await el.updateComplete;
    expect(part(el, 'footer')).to.equal(box);
    expect(part(el, 'organisation').textContent).to.equal('Provincie Voorbeeld');
    expect(el.links[0].getAttribute('aria-current')).to.equal('page');
  });

  it('as plain HTML with the public classes, it is styled without scripts', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/footer/footer.css">' +
      '<footer class="polder-footer"><div class="polder-footer__inner">' +
      '<nav class="polder-footer__navigation" aria-label="Over deze website"><ul class="polder-footer__list">' +
      '<li class="polder-footer__item"><a class="polder-footer__link" href="/privacy">Privacy</a></li></ul></nav>' +
      '<p class="polder-footer__organisation">Gemeente</p></div></footer>';
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="zonder JavaScript" sandbox="allow-same-origin" srcdoc=${page}></iframe>`,
    );
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    expect(view.getComputedStyle(doc.querySelector('footer')!).borderTopStyle).to.equal('solid');
    expect(view.getComputedStyle(doc.querySelector('ul')!).listStyleType).to.equal('none');
    expect(parseFloat(view.getComputedStyle(doc.querySelector('a')!).minHeight)).to.be.at.least(24);
  });
});
