// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { adoptStyles } from '../styles/adopt-styles.js';
import { axNode, captureWarnings, serverRender, systemColor } from '../test-helpers/index.js';
import { PolderHeading } from './define.js';
import styles from './heading.styles.js';

const inner = (el: PolderHeading) => el.shadowRoot!.querySelector<HTMLElement>('.polder-heading')!;
const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('polder-heading', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const level of ['1', '2', '3', '4', '5', '6']) {
    it(`level ${level} renders an h${level}, accessible`, async () => {
      const el = await fixture<PolderHeading>(html`<polder-heading level=${level}>Parkeervergunning</polder-heading>`);
      expect(inner(el).localName).to.equal(`h${level}`);
      await expect(el).to.be.accessible();
    });

    it(`level ${level} is a heading of that level in the accessibility tree, accessible in light and dark (Chromium only)`, async () => {
      const el = await fixture<PolderHeading>(html`<polder-heading level=${level}>Parkeervergunning</polder-heading>`);
      const node = await axNode(['polder-heading', '.polder-heading']);
      expect(node.role).to.equal('heading');
      expect(node.level).to.equal(Number(level));
      expect(node.name).to.equal('Parkeervergunning');
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });
  }

  it('defaults to level 2 with the look of level 2', async () => {
    const el = await fixture<PolderHeading>(html`<polder-heading>Uw gegevens</polder-heading>`);
    expect(inner(el).localName).to.equal('h2');
    expect(inner(el).classList.contains('polder-heading--2')).to.equal(true);
  });

  it('takes an appearance independent of its level', async () => {
    const big = await fixture<PolderHeading>(html`<polder-heading level="3" appearance="1">Groot</polder-heading>`);
    const small = await fixture<PolderHeading>(html`<polder-heading level="1" appearance="5">Klein</polder-heading>`);
    expect(inner(big).localName).to.equal('h3');
    expect(inner(small).localName).to.equal('h1');
    expect(px(inner(big))).to.be.greaterThan(px(inner(small)));
    const h1 = await fixture<PolderHeading>(html`<polder-heading level="1">Eén</polder-heading>`);
    expect(px(inner(h1))).to.equal(px(inner(big)));
    await expect(big).to.be.accessible();
    await expect(small).to.be.accessible();
  });

  it('changes level and appearance when the attributes change', async () => {
    const el = await fixture<PolderHeading>(html`<polder-heading level="2">Titel</polder-heading>`);
    el.setAttribute('level', '4');
    el.setAttribute('appearance', '1');
    await el.updateComplete;
    expect(inner(el).localName).to.equal('h4');
    expect(inner(el).classList.contains('polder-heading--1')).to.equal(true);
  });

  it('a bad level or appearance falls back with one warning that names it', async () => {
    let el!: PolderHeading;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PolderHeading>(html`<polder-heading level="7" appearance="groot">x</polder-heading>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '<polder-heading>: unknown level "7"; using "2". Expected one of: 2, 1, 3, 4, 5, 6.',
      '<polder-heading>: unknown appearance "groot"; using "2". Expected one of: 2, 1, 3, 4, 5, 6.',
    ]);
    expect(inner(el).localName).to.equal('h2');
  });

  it('shows markup-like text as text', async () => {
    const el = await fixture<PolderHeading>(html`<polder-heading>${'<img src=x onerror=alert(1)>'}</polder-heading>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it("markup-like text is the heading's accessible name as text (Chromium only)", async () => {
    await fixture<PolderHeading>(html`<polder-heading>${'<img src=x onerror=alert(1)>'}</polder-heading>`);
    expect((await axNode(['polder-heading', '.polder-heading'])).name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('wraps a long word at 320 CSS px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderHeading>(
      html`<polder-heading level="1"
        >Aansprakelijkheidsverzekeringsmaatschappijen en parkeervergunningen</polder-heading
      >`,
    );
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderHeading>(html`<polder-heading>Titel</polder-heading>`);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(inner(el)).color).to.equal(systemColor('CanvasText'));
  });

  it('works as plain classes on a native heading, without the element', async () => {
    adoptStyles(document, styles);
    const wrapper = await fixture(
      html`<div>
        <h2 class="polder-heading polder-heading--1">Groot</h2>
        <h2 class="polder-heading polder-heading--4">Klein</h2>
      </div>`,
    );
    const [big, small] = wrapper.querySelectorAll('h2');
    expect(px(big)).to.be.greaterThan(px(small));
    expect(getComputedStyle(big).marginBlockStart).to.equal('0px');
    await expect(wrapper).to.be.accessible();
  });

  it('renders on the server: the heading is there without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderHeading>(
      html`<polder-heading level="3" appearance="1">Vanaf de server</polder-heading>`,
      { modules: ['./define.js'] },
    );
    expect(el.shadowRoot!.querySelector('h3.polder-heading--1')).to.not.equal(null);
    expect(el.textContent!.trim()).to.equal('Vanaf de server');
    const markup = await serverRender(
      new URL('./heading.template.ts', import.meta.url),
      'headingTemplate',
      {
        level: '4',
        appearance: '2',
      },
      '<b>tekst</b>',
    );
    expect(markup).to.contain('<h4 class="polder-heading polder-heading--2" part="heading">');
    expect(markup).to.contain('&lt;b&gt;tekst&lt;/b&gt;');
  });

  it('the server-rendered heading is named by its text without JavaScript (Chromium only)', async () => {
    await ssrNonHydratedFixture<PolderHeading>(
      html`<polder-heading level="3" appearance="1">Vanaf de server</polder-heading>`,
      { modules: ['./define.js'] },
    );
    expect((await axNode(['polder-heading', 'h3'])).name).to.equal('Vanaf de server');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderHeading;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderHeading>(html`<polder-heading level="3">Titel</polder-heading>`, {
        modules: ['./define.js'],
      });
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const h3 = inner(el);
    el.appearance = '1';
    await el.updateComplete;
    expect(inner(el)).to.equal(h3);
    expect(h3.classList.contains('polder-heading--1')).to.equal(true);
  });
});
