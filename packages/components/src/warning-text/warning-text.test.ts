// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { setStrings } from '../localize/localize.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import { axTree, captureWarnings, serverRender, systemColor } from '../test-helpers/index.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { PolderWarningText } from './define.js';
import styles from './warning-text.styles.js';

const part = (el: PolderWarningText, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`.polder-warning-text${name}`)!;
const fine = 'U kunt een boete krijgen als u uw hond niet aanmeldt.';

/** What a screen reader reads, in order: the text nodes of Chromium's accessibility tree. */
async function spoken(): Promise<string> {
  return (await axTree())
    .filter((n) => n.role === 'StaticText')
    .map((n) => n.name)
    .join('')
    .replace(/\s+/g, ' ');
}

describe('polder-warning-text', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible in every theme', async () => {
    const el = await fixture<PolderWarningText>(html`<polder-warning-text>${fine}</polder-warning-text>`);
    await inEveryTheme(async () => {
      await emulateMedia({ colorScheme: 'light' });
      await expect(el).to.be.accessible();
    });
  });

  it('is accessible in dark, in every theme (Chromium only)', async () => {
    const el = await fixture<PolderWarningText>(html`<polder-warning-text>${fine}</polder-warning-text>`);
    await inEveryTheme(async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });
  });

  it('is read as "Waarschuwing: " and the text, with no image in the accessibility tree (Chromium only)', async () => {
    await fixture<PolderWarningText>(html`<polder-warning-text>${fine}</polder-warning-text>`);
    expect(await spoken()).to.equal(`Waarschuwing: ${fine}`);
    expect((await axTree()).some((n) => ['image', 'img', 'graphics-document', 'svg'].includes(n.role))).to.equal(false);
  });

  it('starts its bold text with the label "Waarschuwing: ", shown only visually; the icon is hidden', async () => {
    const el = await fixture<PolderWarningText>(html`<polder-warning-text>${fine}</polder-warning-text>`);
    const icon = part(el, '__icon');
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.getBoundingClientRect().width).to.be.at.least(24);
    const label = el.shadowRoot!.querySelector<HTMLElement>('.polder-visually-hidden')!;
    expect(label.getBoundingClientRect().width).to.be.at.most(1);
    const text = part(el, '__text');
    expect(text.localName).to.equal('strong');
    expect(Number(getComputedStyle(text).fontWeight)).to.be.at.least(700);
    expect(label.parentElement).to.equal(text);
    expect(text.firstElementChild).to.equal(label);
    expect(label.textContent).to.equal('Waarschuwing:\u00a0');
  });

  it('has an English label under lang="en"; the label can be overridden per page and per instance', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><polder-warning-text>You can be fined.</polder-warning-text></div>`,
    );
    const el = wrapper.querySelector<PolderWarningText>('polder-warning-text')!;
    const label = () => el.shadowRoot!.querySelector('.polder-visually-hidden')!.textContent;
    expect(label()).to.equal('Warning:\u00a0');
    setStrings('en', { 'warning-text.label': 'Important' });
    try {
      await el.updateComplete;
      expect(label()).to.equal('Important:\u00a0');
      el.strings = { label: 'Watch out' };
      await el.updateComplete;
      expect(label()).to.equal('Watch out:\u00a0');
    } finally {
      setStrings('en', { 'warning-text.label': 'Warning' });
    }
  });

  it('speaks English under lang="en"; the label can be overridden per page and per instance (Chromium only)', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><polder-warning-text>You can be fined.</polder-warning-text></div>`,
    );
    expect(await spoken()).to.equal('Warning: You can be fined.');
    const el = wrapper.querySelector<PolderWarningText>('polder-warning-text')!;
    setStrings('en', { 'warning-text.label': 'Important' });
    await el.updateComplete;
    expect(await spoken()).to.equal('Important: You can be fined.');
    el.strings = { label: 'Watch out' };
    await el.updateComplete;
    expect(await spoken()).to.equal('Watch out: You can be fined.');
    setStrings('en', { 'warning-text.label': 'Warning' });
  });

  it('reflows at 320 CSS px with long Dutch words, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderWarningText>(
      html`<polder-warning-text
        >Stuur het Parkeervergunningaanvraagformulier vóór de
        Gemeenteraadsverkiezingsuitslagbekendmaking.</polder-warning-text
      >`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    expect(part(el, '__text').getBoundingClientRect().right).to.be.at.most(320);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderWarningText>(html`<polder-warning-text>${fine}</polder-warning-text>`);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(part(el, '__icon')).color).to.equal(systemColor('CanvasText'));
  });

  it('works as plain classes, without the element, from the server template; markup-like text stays text', async () => {
    adoptStyles(document, visuallyHidden);
    adoptStyles(document, styles);
    const markup = await serverRender(
      new URL('./warning-text.template.ts', import.meta.url),
      'warningTextTemplate',
      { label: 'Waarschuwing' },
      '<img src=x onerror=alert(1)>',
    );
    expect(markup).to.contain('&lt;img src=x onerror=alert(1)&gt;');
    const wrapper = await fixture(html`<div></div>`);
    wrapper.setHTMLUnsafe(
      await serverRender(
        new URL('./warning-text.template.ts', import.meta.url),
        'warningTextTemplate',
        {
          label: 'Waarschuwing',
        },
        fine,
      ),
    );
    const text = wrapper.querySelector<HTMLElement>('.polder-warning-text__text')!;
    expect(Number(getComputedStyle(text).fontWeight)).to.be.at.least(700);
    expect(getComputedStyle(wrapper.querySelector('.polder-warning-text')!).display).to.equal('flex');
    await expect(wrapper).to.be.accessible();
  });

  it('as plain classes from the server template, is read as "Waarschuwing: " and the text (Chromium only)', async () => {
    adoptStyles(document, visuallyHidden);
    adoptStyles(document, styles);
    const wrapper = await fixture(html`<div></div>`);
    wrapper.setHTMLUnsafe(
      await serverRender(
        new URL('./warning-text.template.ts', import.meta.url),
        'warningTextTemplate',
        { label: 'Waarschuwing' },
        fine,
      ),
    );
    expect(await spoken()).to.equal(`Waarschuwing: ${fine}`);
  });

  it('renders on the server and hydrates without a warning or error', async () => {
    const plain = await ssrNonHydratedFixture<PolderWarningText>(
      html`<polder-warning-text>U kunt een boete krijgen.</polder-warning-text>`,
      { modules: ['./define.js'] },
    );
    expect(plain.shadowRoot!.querySelector('.polder-visually-hidden')!.textContent).to.equal('Waarschuwing:\u00a0');
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderWarningText;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderWarningText>(
        html`<polder-warning-text>U kunt een boete krijgen.</polder-warning-text>`,
        { modules: ['./define.js'] },
      );
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const before = part(el, '__text');
    el.strings = { label: 'Let op' };
    await el.updateComplete;
    expect(part(el, '__text')).to.equal(before);
    expect(before.firstElementChild!.textContent).to.equal('Let op:\u00a0');
  });
});
