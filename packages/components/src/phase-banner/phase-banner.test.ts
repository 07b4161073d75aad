// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { setStrings } from '../localize/localize.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import tagStyles from '../tag/tag.styles.js';
import '../tag/define.js';
import { axNode, captureWarnings, serverRender, systemColor } from '../test-helpers/index.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { PolderPhaseBanner } from './define.js';
import styles from './phase-banner.styles.js';

const tag = (el: PolderPhaseBanner) => el.shadowRoot!.querySelector<HTMLElement>('.polder-phase-banner__tag')!;
const feedback = html`Dit is een nieuwe dienst. Help ons hem te verbeteren: <a href="/feedback">geef uw mening</a>.`;

describe('polder-phase-banner', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const phase of ['alpha', 'beta'] as const) {
    it(`${phase}: accessible in light and dark, in every theme (Chromium only)`, async () => {
      const el = await fixture<PolderPhaseBanner>(
        html`<polder-phase-banner phase=${phase}>${feedback}</polder-phase-banner>`,
      );
      await inEveryTheme(async () => {
        await emulateMedia({ colorScheme: 'light' });
        await expect(el).to.be.accessible();
        await emulateMedia({ colorScheme: 'dark' });
        await expect(el).to.be.accessible();
      });
    });
  }

  it('shows the phase as a tag, read before the text with the feedback link (Chromium only)', async () => {
    const el = await fixture<PolderPhaseBanner>(html`<polder-phase-banner>${feedback}</polder-phase-banner>`);
    expect(el.phase).to.equal('beta');
    expect(tag(el).textContent).to.equal('Bèta');
    expect(tag(el).localName).to.equal('strong');
    const paragraph = el.shadowRoot!.querySelector('p')!;
    expect(paragraph.firstElementChild).to.equal(tag(el));
    const link = await axNode('polder-phase-banner a');
    expect(link.role).to.equal('link');
    expect(link.name).to.equal('geef uw mening');
  });

  it('the tag looks exactly like a polder-tag of type info: the tag’s public classes and tokens', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-phase-banner phase="alpha">${feedback}</polder-phase-banner>
        <polder-tag type="info">Alfa</polder-tag>
      </div>`,
    );
    const banner = wrapper.querySelector<PolderPhaseBanner>('polder-phase-banner')!;
    expect(tag(banner).classList.contains('polder-tag')).to.equal(true);
    expect(tag(banner).classList.contains('polder-tag--info')).to.equal(true);
    const reference = wrapper.querySelector('polder-tag')!.shadowRoot!.querySelector('.polder-tag')!;
    for (const property of ['backgroundColor', 'color', 'borderTopColor', 'borderTopWidth', 'paddingInlineStart']) {
      expect(getComputedStyle(tag(banner))[property as 'color']).to.equal(
        getComputedStyle(reference)[property as 'color'],
      );
    }
  });

  it('speaks English under lang="en", and the phase label can be overridden per page and per instance', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <polder-phase-banner phase="alpha">New. <a href="/feedback">Feedback</a></polder-phase-banner>
      </div>`,
    );
    const el = wrapper.querySelector<PolderPhaseBanner>('polder-phase-banner')!;
    expect(tag(el).textContent).to.equal('Alpha');
    el.phase = 'beta';
    await el.updateComplete;
    expect(tag(el).textContent).to.equal('Beta');
    setStrings('en', { 'phase-banner.beta': 'Public beta' });
    await el.updateComplete;
    expect(tag(el).textContent).to.equal('Public beta');
    el.strings = { beta: 'Pilot' };
    await el.updateComplete;
    expect(tag(el).textContent).to.equal('Pilot');
    setStrings('en', { 'phase-banner.beta': 'Beta' });
  });

  it('a keyboard user reaches the feedback link with Tab and sees where focus is', async () => {
    const el = await fixture<PolderPhaseBanner>(html`<polder-phase-banner>${feedback}</polder-phase-banner>`);
    await sendKeys({ press: 'Tab' });
    const link = el.querySelector('a')!;
    expect(document.activeElement).to.equal(link);
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
  });

  it('a misspelled phase falls back to beta with one warning that names it; a missing link is warned about', async () => {
    let el!: PolderPhaseBanner;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PolderPhaseBanner>(html`<polder-phase-banner phase="gamma">${feedback}</polder-phase-banner>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '<polder-phase-banner>: unknown phase "gamma"; using "beta". Expected one of: beta, alpha.',
    ]);
    expect(tag(el).textContent).to.equal('Bèta');
    const missing = await captureWarnings(() =>
      fixture(html`<polder-phase-banner>Dit is een nieuwe dienst.</polder-phase-banner>`),
    );
    expect(missing).to.deep.equal(['<polder-phase-banner>: needs a feedback link (<a href>) in its content.']);
  });

  it('reflows at 320 CSS px with long Dutch words, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderPhaseBanner>(
      html`<polder-phase-banner
        >Het Parkeervergunningaanvraagformulier is nieuw.
        <a href="/feedback">Geefuwmeningoverhetparkeervergunningaanvraagformulier</a>.</polder-phase-banner
      >`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    expect(el.querySelector('a')!.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderPhaseBanner>(html`<polder-phase-banner>${feedback}</polder-phase-banner>`);
    await emulateMedia({ forcedColors: 'active' });
    const banner = el.shadowRoot!.querySelector('.polder-phase-banner')!;
    expect(getComputedStyle(banner).borderBottomColor).to.equal(systemColor('CanvasText'));
    expect(getComputedStyle(tag(el)).borderTopColor).to.equal(systemColor('CanvasText'));
    expect(getComputedStyle(el.querySelector('a')!).color).to.equal(systemColor('LinkText'));
  });

  it('works as plain classes, without the element', async () => {
    adoptStyles(document, tagStyles);
    adoptStyles(document, styles);
    const markup = await serverRender(
      new URL('./phase-banner.template.ts', import.meta.url),
      'phaseBannerTemplate',
      { phase: 'beta', phaseLabel: 'Bèta' },
      '<img src=x>',
    );
    expect(markup).to.contain('&lt;img src=x&gt;');
    const wrapper = await fixture(
      html`<div>
        <div class="polder-phase-banner">
          <p class="polder-phase-banner__content">
            <strong class="polder-tag polder-tag--info polder-phase-banner__tag">Bèta</strong>
            <span class="polder-phase-banner__text"
              >Dit is een nieuwe dienst. <a href="/feedback">Geef uw mening</a>.</span
            >
          </p>
        </div>
      </div>`,
    );
    const plainTag = wrapper.querySelector('.polder-tag')!;
    expect(getComputedStyle(plainTag).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(wrapper.querySelector('.polder-phase-banner')!).borderBottomStyle).to.equal('solid');
    await expect(wrapper).to.be.accessible();
  });

  it('renders on the server', async () => {
    const el = await ssrNonHydratedFixture<PolderPhaseBanner>(
      html`<polder-phase-banner phase="alpha">Nieuw. <a href="/feedback">Geef uw mening</a>.</polder-phase-banner>`,
      { modules: ['./define.js'] },
    );
    expect(tag(el).textContent).to.equal('Alfa');
    expect(el.shadowRoot!.querySelector('.polder-phase-banner--alpha')).to.not.equal(null);
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderPhaseBanner;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderPhaseBanner>(
        html`<polder-phase-banner phase="beta">Nieuw. <a href="/feedback">Geef uw mening</a>.</polder-phase-banner>`,
        { modules: ['./define.js'] },
      );
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const strong = tag(el);
    el.phase = 'alpha';
    await el.updateComplete;
    expect(tag(el)).to.equal(strong);
    expect(strong.textContent).to.equal('Alfa');
  });
});
