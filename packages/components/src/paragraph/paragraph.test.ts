// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { adoptStyles } from '../styles/adopt-styles.js';
import { axNode, captureWarnings, serverRender, systemColor } from '../test-helpers/index.js';
import { PolderParagraph } from './define.js';
import styles from './paragraph.styles.js';

const inner = (el: PolderParagraph) => el.shadowRoot!.querySelector<HTMLElement>('.polder-paragraph')!;
const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('polder-paragraph', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a native paragraph with its text, accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderParagraph>(
      html`<polder-paragraph>U kunt een vergunning aanvragen als u in de gemeente woont.</polder-paragraph>`,
    );
    expect(inner(el).localName).to.equal('p');
    expect((await axNode(['polder-paragraph', '.polder-paragraph'])).role).to.equal('paragraph');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('lead: larger text, accessible in light and dark, toggled by the attribute (Chromium only)', async () => {
    const body = await fixture<PolderParagraph>(html`<polder-paragraph>Gewone tekst</polder-paragraph>`);
    const el = await fixture<PolderParagraph>(html`<polder-paragraph lead>Inleiding van de pagina</polder-paragraph>`);
    expect(inner(el).classList.contains('polder-paragraph--lead')).to.equal(true);
    expect(px(inner(el))).to.be.greaterThan(px(inner(body)));
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    el.lead = false;
    await el.updateComplete;
    expect(el.hasAttribute('lead')).to.equal(false);
    expect(px(inner(el))).to.equal(px(inner(body)));
  });

  it('keeps links and inline markup of its content (Chromium only)', async () => {
    const el = await fixture<PolderParagraph>(
      html`<polder-paragraph>Lees de <a href="#voorwaarden">voorwaarden</a> eerst.</polder-paragraph>`,
    );
    expect((await axNode('polder-paragraph a')).name).to.equal('voorwaarden');
    await expect(el).to.be.accessible();
  });

  it('shows markup-like text as text', async () => {
    const el = await fixture<PolderParagraph>(
      html`<polder-paragraph>${'<img src=x onerror=alert(1)>'}</polder-paragraph>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reflows at 320 CSS px: a long word wraps, no horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderParagraph>(
      html`<polder-paragraph lead
        >Kinderopvangtoeslagaanvraagformulieren worden binnen acht weken behandeld.</polder-paragraph
      >`,
    );
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderParagraph>(html`<polder-paragraph>x</polder-paragraph>`);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(inner(el)).color).to.equal(systemColor('CanvasText'));
  });

  it('works as plain classes on a native paragraph, without the element', async () => {
    adoptStyles(document, styles);
    const wrapper = await fixture(
      html`<div>
        <p class="polder-paragraph polder-paragraph--lead">Inleiding</p>
        <p class="polder-paragraph">Tekst</p>
      </div>`,
    );
    const [lead, body] = wrapper.querySelectorAll('p');
    expect(px(lead)).to.be.greaterThan(px(body));
    await expect(wrapper).to.be.accessible();
  });

  it('renders on the server: the text is there without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderParagraph>(
      html`<polder-paragraph lead>Vanaf de server</polder-paragraph>`,
      { modules: ['./define.js'] },
    );
    expect(el.shadowRoot!.querySelector('p.polder-paragraph--lead')).to.not.equal(null);
    const markup = await serverRender(
      new URL('./paragraph.template.ts', import.meta.url),
      'paragraphTemplate',
      { lead: false },
      '<script>x</script>',
    );
    expect(markup).to.contain('<p class="polder-paragraph" part="paragraph">');
    expect(markup).to.contain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderParagraph;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderParagraph>(html`<polder-paragraph>Tekst</polder-paragraph>`, {
        modules: ['./define.js'],
      });
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const p = inner(el);
    el.lead = true;
    await el.updateComplete;
    expect(inner(el)).to.equal(p);
    expect(p.classList.contains('polder-paragraph--lead')).to.equal(true);
  });
});
