// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { adoptStyles } from '../styles/adopt-styles.js';
import { axNode, captureWarnings, serverRender, systemColor } from '../test-helpers/index.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { PolderInsetText } from './define.js';
import styles from './inset-text.styles.js';

const box = (el: PolderInsetText) => el.shadowRoot!.querySelector<HTMLElement>('.polder-inset-text')!;

describe('polder-inset-text', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  /** Checks in every theme, in the given colour scheme, that inset texts with text or paragraphs pass axe. */
  async function expectAccessibleInEveryTheme(colorScheme: 'light' | 'dark') {
    const wrapper = await fixture(
      html`<div>
        <polder-inset-text>Het duurt ongeveer 8 weken voordat u een besluit krijgt.</polder-inset-text>
        <polder-inset-text>
          <p>U krijgt binnen 8 weken een besluit.</p>
          <p>Heeft u na 8 weken niets gehoord? <a href="/contact">Neem contact met ons op</a>.</p>
        </polder-inset-text>
      </div>`,
    );
    await inEveryTheme(async () => {
      await emulateMedia({ colorScheme });
      await expect(wrapper).to.be.accessible();
    });
  }

  it('is accessible in every theme, with text or with paragraphs', async () => {
    await expectAccessibleInEveryTheme('light');
  });

  it('is accessible in dark, in every theme, with text or with paragraphs (Chromium only)', async () => {
    await expectAccessibleInEveryTheme('dark');
  });

  it('sets the content apart with a line at the start of the line (logical: on the right in right-to-left text)', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-inset-text>Voorbeeld</polder-inset-text>
        <polder-inset-text dir="rtl">مثال</polder-inset-text>
      </div>`,
    );
    const [ltr, rtl] = [...wrapper.querySelectorAll<PolderInsetText>('polder-inset-text')].map(box);
    expect(getComputedStyle(ltr).borderLeftStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(ltr).borderLeftWidth)).to.be.at.least(3);
    expect(getComputedStyle(ltr).borderRightStyle).to.equal('none');
    expect(getComputedStyle(rtl).borderRightStyle).to.equal('solid');
    expect(getComputedStyle(rtl).borderLeftStyle).to.equal('none');
  });

  it('is not focusable; links inside are', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-inset-text>U krijgt binnen 8 weken een besluit. <a href="/termijnen">Termijnen</a></polder-inset-text>
      </div>`,
    );
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelector('a'));
  });

  it('is read as part of the page: no role or landmark of its own (Chromium only)', async () => {
    await fixture(
      html`<div>
        <polder-inset-text>U krijgt binnen 8 weken een besluit. <a href="/termijnen">Termijnen</a></polder-inset-text>
      </div>`,
    );
    const node = await axNode(['polder-inset-text', '.polder-inset-text']);
    expect(['generic', 'none', 'GenericContainer', '']).to.include(node.role);
  });

  it('spaces paragraphs inside, with none before the first or after the last', async () => {
    const el = await fixture<PolderInsetText>(
      html`<polder-inset-text
        ><p>Eerste alinea.</p>
        <p>Tweede alinea.</p></polder-inset-text
      >`,
    );
    const [first, last] = [...el.querySelectorAll('p')].map((p) => getComputedStyle(p));
    expect(first.marginTop).to.equal('0px');
    expect(parseFloat(first.marginBottom)).to.be.greaterThan(0);
    expect(last.marginBottom).to.equal('0px');
    const top = box(el).getBoundingClientRect().top;
    expect(el.querySelector('p')!.getBoundingClientRect().top - top).to.equal(
      parseFloat(getComputedStyle(box(el)).paddingTop),
    );
  });

  it('reflows at 320 CSS px with long Dutch words, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderInsetText>(
      html`<polder-inset-text
        >Vul het Parkeervergunningaanvraagformulier in vóór de
        Gemeenteraadsverkiezingsuitslagbekendmaking.</polder-inset-text
      >`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderInsetText>(html`<polder-inset-text>Voorbeeld</polder-inset-text>`);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(box(el)).borderLeftColor).to.equal(systemColor('CanvasText'));
  });

  it('works as plain classes, without the element, and the server template shows markup-like text as text', async () => {
    adoptStyles(document, styles);
    const wrapper = await fixture(
      html`<div>
        <div class="polder-inset-text">
          <p>Het duurt ongeveer 8 weken.</p>
          <p>Daarna belt u ons.</p>
        </div>
      </div>`,
    );
    const plain = wrapper.querySelector<HTMLElement>('.polder-inset-text')!;
    expect(getComputedStyle(plain).borderLeftStyle).to.equal('solid');
    expect(getComputedStyle(plain.lastElementChild!).marginBottom).to.equal('0px');
    await expect(wrapper).to.be.accessible();
    const markup = await serverRender(
      new URL('./inset-text.template.ts', import.meta.url),
      'insetTextTemplate',
      '<img src=x onerror=alert(1)>',
    );
    expect(markup).to.contain('class="polder-inset-text"');
    expect(markup).to.contain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders on the server and hydrates without a warning or error', async () => {
    const plain = await ssrNonHydratedFixture<PolderInsetText>(
      html`<polder-inset-text><p>Het duurt ongeveer 8 weken.</p></polder-inset-text>`,
      { modules: ['./define.js'] },
    );
    expect(box(plain)).to.not.equal(null);
    expect(plain.querySelector('p')!.assignedSlot).to.not.equal(null);
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderInsetText;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderInsetText>(
        html`<polder-inset-text><p>Het duurt ongeveer 8 weken.</p></polder-inset-text>`,
        { modules: ['./define.js'] },
      );
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const before = box(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(box(el)).to.equal(before);
  });
});
