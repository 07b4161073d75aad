// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { axNode, captureWarnings, systemColor, frameLoaded } from '../test-helpers/index.js';
import { loadTheme } from '../test-helpers/theme.js';
import { PolderPanel } from './define.js';

const box = (el: PolderPanel) => el.shadowRoot!.querySelector<HTMLElement>('.polder-panel')!;

describe('polder-panel', () => {
  before(() => loadTheme());

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('shows a level-1 heading and the reference number with its label, accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderPanel>(
      html`<polder-panel heading="Aanvraag verstuurd" reference="HDJ2123F"
        >We hebben u een bevestiging gestuurd.</polder-panel
      >`,
    );
    const heading = await axNode(['polder-panel', 'h1']);
    expect(heading.role).to.equal('heading');
    expect(heading.name).to.equal('Aanvraag verstuurd');
    const reference = el.shadowRoot!.querySelector('.polder-panel__reference')!;
    expect(reference.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Uw referentienummer: HDJ2123F');
    expect(el.shadowRoot!.querySelector('strong')!.textContent).to.equal('HDJ2123F');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('without a reference or message it shows only the heading', async () => {
    const el = await fixture<PolderPanel>(html`<polder-panel heading="Betaling ontvangen"></polder-panel>`);
    expect(el.shadowRoot!.querySelector('.polder-panel__reference')).to.equal(null);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.polder-panel__body')!).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('takes a heading level, 1–6, without changing its look (Chromium only)', async () => {
    const el = await fixture<PolderPanel>(html`<polder-panel heading="Klaar" heading-level="2"></polder-panel>`);
    const h2 = el.shadowRoot!.querySelector('h2')!;
    const size = getComputedStyle(h2).fontSize;
    el.headingLevel = 9;
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('h6')!).fontSize).to.equal(size);
    expect((await axNode(['polder-panel', 'h6'])).level).to.equal(6);
  });

  it('speaks English under lang="en" and takes per-instance strings', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><polder-panel heading="Application complete" reference="HDJ2123F"></polder-panel></div>`,
    );
    const el = wrapper.querySelector<PolderPanel>('polder-panel')!;
    const text = () =>
      el.shadowRoot!.querySelector('.polder-panel__reference')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text()).to.equal('Your reference number: HDJ2123F');
    el.strings = { reference: 'Your case number' };
    await el.updateComplete;
    expect(text()).to.equal('Your case number: HDJ2123F');
    await expect(el).to.be.accessible();
  });

  it('shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<PolderPanel>(html`<polder-panel heading=${evil} reference=${evil}></polder-panel>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal(evil);
    expect(el.shadowRoot!.querySelector('strong')!.textContent).to.equal(evil);
  });

  it('rendered on the server, it shows without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderPanel>(
      html`<polder-panel heading="Aanvraag verstuurd" reference="HDJ2123F">Bedankt.</polder-panel>`,
      { modules: ['./define.js'] },
    );
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Aanvraag verstuurd');
    expect(el.shadowRoot!.querySelector('.polder-panel__reference')!.textContent).to.contain('Uw referentienummer');
    expect(getComputedStyle(box(el)).textAlign).to.equal('center');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderPanel;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderPanel>(
        html`<polder-panel heading="Aanvraag verstuurd" reference="HDJ2123F">Bedankt.</polder-panel>`,
        { modules: ['./define.js'] },
      );
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const panel = box(el);
    el.reference = 'XYZ';
    await el.updateComplete;
    expect(box(el)).to.equal(panel);
    expect(el.shadowRoot!.querySelector('strong')!.textContent).to.equal('XYZ');
  });

  it('fits 320 CSS px without horizontal scrolling, also with a long reference', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderPanel>(
      html`<polder-panel
        heading="Uw aanvraag voor een parkeervergunning is verstuurd"
        reference="HDJ2123F-2026-000123456789"
        >Bedankt.</polder-panel
      >`,
    );
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(box(el).scrollWidth).to.be.at.most(box(el).clientWidth);
  });

  it('keeps a visible edge in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderPanel>(html`<polder-panel heading="Klaar"></polder-panel>`);
    await emulateMedia({ forcedColors: 'active' });
    const style = getComputedStyle(box(el));
    expect(style.borderTopColor).to.equal(systemColor('CanvasText'));
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
  });

  it('the plain classes style a panel in a page without JavaScript', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/panel/panel.css">' +
      '<div class="polder-panel"><h1 class="polder-panel__heading">Aanvraag verstuurd</h1>' +
      '<p class="polder-panel__reference">Uw referentienummer <strong class="polder-panel__reference-number">HDJ2123F</strong></p></div>';
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="no-js" srcdoc=${page}></iframe>`);
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    expect(view.getComputedStyle(doc.querySelector('.polder-panel')!).textAlign).to.equal('center');
    expect(view.getComputedStyle(doc.querySelector('strong')!).display).to.equal('block');
  });

  it('without a heading it warns once, naming the element', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PolderPanel>(html`<polder-panel reference="X"></polder-panel>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal(['<polder-panel>: needs a heading ("Aanvraag verstuurd").']);
  });
});
