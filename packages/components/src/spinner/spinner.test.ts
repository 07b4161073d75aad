// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { axTree, captureWarnings, systemColor, frameLoaded } from '../test-helpers/index.js';
import { loadTheme } from '../test-helpers/theme.js';
import { PolderSpinner } from './define.js';

const region = (el: PolderSpinner) => el.shadowRoot!.querySelector<HTMLElement>('.polder-spinner')!;
const icon = (el: PolderSpinner) => el.shadowRoot!.querySelector<SVGElement>('.polder-spinner__icon')!;
const label = (el: PolderSpinner) => el.shadowRoot!.querySelector('.polder-spinner__label')!.textContent!.trim();

describe('polder-spinner', () => {
  before(() => loadTheme());

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a status region announced as "Bezig met laden", the ring hidden from assistive technology (Chromium only)', async () => {
    const el = await fixture<PolderSpinner>(html`<polder-spinner></polder-spinner>`);
    await nextFrame();
    await el.updateComplete;
    expect(region(el).getAttribute('role')).to.equal('status');
    expect(icon(el).getAttribute('aria-hidden')).to.equal('true');
    expect(label(el)).to.equal('Bezig met laden');
    const tree = await axTree();
    expect(tree.some((n) => n.role === 'status')).to.equal(true);
    expect(tree.some((n) => n.name === 'Bezig met laden')).to.equal(true);
    expect(tree.some((n) => n.role === 'image' || n.role === 'graphics-document')).to.equal(false);
  });

  for (const size of ['small', 'medium', 'large']) {
    it(`size ${size} is accessible in light and dark (Chromium only)`, async () => {
      const el = await fixture<PolderSpinner>(html`<polder-spinner size=${size}></polder-spinner>`);
      await nextFrame();
      expect(region(el).classList.contains(`polder-spinner--${size}`)).to.equal(true);
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });
  }

  it('added later, the status region exists before its text, so the text is announced', async () => {
    const el = await fixture<PolderSpinner>(html`<polder-spinner></polder-spinner>`);
    expect(region(el).getAttribute('role')).to.equal('status');
    expect(label(el)).to.equal('');
    await nextFrame();
    await el.updateComplete;
    expect(label(el)).to.equal('Bezig met laden');
  });

  it('takes its own label, visible or for assistive technology only (Chromium only)', async () => {
    const el = await fixture<PolderSpinner>(
      html`<polder-spinner label="Uw betaling wordt gecontroleerd" hide-label></polder-spinner>`,
    );
    await nextFrame();
    await el.updateComplete;
    expect(label(el)).to.equal('Uw betaling wordt gecontroleerd');
    const text = el.shadowRoot!.querySelector('.polder-spinner__label')!;
    expect(text.getBoundingClientRect().width).to.be.at.most(1);
    expect((await axTree()).some((n) => n.name === 'Uw betaling wordt gecontroleerd')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en" and takes per-instance strings', async () => {
    const wrapper = await fixture(html`<div lang="en"><polder-spinner></polder-spinner></div>`);
    const el = wrapper.querySelector<PolderSpinner>('polder-spinner')!;
    await nextFrame();
    await el.updateComplete;
    expect(label(el)).to.equal('Loading');
    el.strings = { label: 'Fetching your documents' };
    await el.updateComplete;
    expect(label(el)).to.equal('Fetching your documents');
  });

  it('spins, and stands still under reduced motion (Chromium only)', async () => {
    const el = await fixture<PolderSpinner>(html`<polder-spinner></polder-spinner>`);
    expect(getComputedStyle(icon(el)).animationName).to.equal('polder-spinner-spin');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(icon(el)).animationName).to.equal('none');
    expect(getComputedStyle(icon(el)).transform).to.equal('none');
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderSpinner>(html`<polder-spinner></polder-spinner>`);
    await emulateMedia({ forcedColors: 'active' });
    const indicator = el.shadowRoot!.querySelector('.polder-spinner__indicator')!;
    expect(getComputedStyle(indicator).stroke).to.equal(systemColor('CanvasText'));
  });

  it('shows markup-like text as text', async () => {
    const el = await fixture<PolderSpinner>(
      html`<polder-spinner label=${'<img src=x onerror=alert(1)>'}></polder-spinner>`,
    );
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(label(el)).to.equal('<img src=x onerror=alert(1)>');
  });

  it('wraps a long label at 320 CSS px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderSpinner>(
      html`<polder-spinner
        label="Even geduld: we halen uw gegevens op bij de Basisregistratie Personen en de Kamer van Koophandel"
      ></polder-spinner>`,
    );
    await nextFrame();
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('rendered on the server, it shows its text at once, without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderSpinner>(html`<polder-spinner size="large"></polder-spinner>`, {
      modules: ['./define.js'],
    });
    expect(region(el).getAttribute('role')).to.equal('status');
    expect(region(el).classList.contains('polder-spinner--large')).to.equal(true);
    expect(label(el)).to.equal('Bezig met laden');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderSpinner;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderSpinner>(html`<polder-spinner label="Laden"></polder-spinner>`, {
        modules: ['./define.js'],
      });
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const box = region(el);
    expect(label(el)).to.equal('Laden');
    el.size = 'small';
    await el.updateComplete;
    expect(region(el)).to.equal(box);
    expect(box.classList.contains('polder-spinner--small')).to.equal(true);
  });

  it('the plain classes make a still-readable spinner in a page without JavaScript', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/spinner/spinner.css">' +
      '<div class="polder-spinner polder-spinner--medium" role="status"><svg class="polder-spinner__icon" viewBox="0 0 24 24" aria-hidden="true">' +
      '<circle class="polder-spinner__track" cx="12" cy="12" r="10"></circle><path class="polder-spinner__indicator" d="M12 2a10 10 0 0 1 10 10"></path></svg>' +
      '<span class="polder-spinner__label">Bezig met laden</span></div>';
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="no-js" srcdoc=${page}></iframe>`);
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const style = doc.defaultView!.getComputedStyle(doc.querySelector('.polder-spinner__icon')!);
    expect(style.animationName).to.equal('polder-spinner-spin');
    expect(parseFloat(style.width)).to.be.greaterThan(0);
  });

  it('a misspelled size falls back to medium with one warning naming element and value', async () => {
    let el!: PolderSpinner;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PolderSpinner>(html`<polder-spinner size="huge"></polder-spinner>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(region(el).classList.contains('polder-spinner--medium')).to.equal(true);
    expect(warnings).to.deep.equal([
      '<polder-spinner>: unknown size "huge"; using "medium". Expected one of: medium, small, large.',
    ]);
  });
});
