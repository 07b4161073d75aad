// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { adoptStyles } from '../styles/adopt-styles.js';
import { axNode, captureWarnings, serverRender } from '../test-helpers/index.js';
import { PolderDetails } from './define.js';
import styles from './details.styles.js';

const native = (el: PolderDetails) => el.shadowRoot!.querySelector<HTMLDetailsElement>('details')!;
const summary = (el: PolderDetails) => el.shadowRoot!.querySelector<HTMLElement>('summary')!;
const content = (el: PolderDetails) => el.shadowRoot!.querySelector<HTMLElement>('.polder-details__content')!;
const visible = (el: Element) => el.checkVisibility();

const sample = html`<polder-details summary="Waarom vragen we uw burgerservicenummer?">
  <p>Met uw burgerservicenummer vinden we uw gegevens in de basisregistratie.</p>
</polder-details>`;

describe('polder-details', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('closed: a native disclosure, collapsed, content hidden; accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderDetails>(sample);
    const node = await axNode(['polder-details', 'summary']);
    expect(node.role).to.equal('DisclosureTriangle');
    expect(node.name).to.equal('Waarom vragen we uw burgerservicenummer?');
    expect(node.expanded).to.equal(false);
    expect(visible(el.querySelector('p')!)).to.equal(false);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('open: expanded with its content shown; accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderDetails>(
      html`<polder-details summary="Meer informatie" open>Tekst</polder-details>`,
    );
    expect(native(el).open).to.equal(true);
    expect((await axNode(['polder-details', 'summary'])).expanded).to.equal(true);
    expect(visible(content(el))).to.equal(true);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('Enter and Space on the focused summary toggle it; the open attribute and a toggle event follow', async () => {
    const el = await fixture<PolderDetails>(sample);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(summary(el));
    let toggled = oneEvent(el, 'toggle');
    await sendKeys({ press: 'Enter' });
    let event = (await toggled) as unknown as ToggleEvent;
    expect(event.newState).to.equal('open');
    expect(event.oldState).to.equal('closed');
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(visible(el.querySelector('p')!)).to.equal(true);
    toggled = oneEvent(el, 'toggle');
    await sendKeys({ press: 'Space' });
    event = (await toggled) as unknown as ToggleEvent;
    expect(event.newState).to.equal('closed');
    expect(el.hasAttribute('open')).to.equal(false);
  });

  it('opens and closes from the open attribute and property, with a toggle event', async () => {
    const el = await fixture<PolderDetails>(sample);
    const toggled = oneEvent(el, 'toggle');
    el.setAttribute('open', '');
    await toggled;
    expect(native(el).open).to.equal(true);
    el.open = false;
    await el.updateComplete;
    expect(native(el).open).to.equal(false);
  });

  it('a click on the summary toggles it', async () => {
    const el = await fixture<PolderDetails>(sample);
    const toggled = oneEvent(el, 'toggle');
    summary(el).click();
    await toggled;
    expect(el.open).to.equal(true);
  });

  it('takes rich summary text from the summary slot (Chromium only)', async () => {
    const el = await fixture<PolderDetails>(
      html`<polder-details
        ><span slot="summary">Hulp bij <em>dit formulier</em></span
        >Tekst</polder-details
      >`,
    );
    expect((await axNode(['polder-details', 'summary'])).name).to.equal('Hulp bij dit formulier');
    await expect(el).to.be.accessible();
  });

  it('shows markup-like text as text (Chromium only)', async () => {
    const el = await fixture<PolderDetails>(
      html`<polder-details summary=${'<img src=x onerror=alert(1)>'}>${'<b>x</b>'}</polder-details>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.querySelector('b')).to.equal(null);
    expect((await axNode(['polder-details', 'summary'])).name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reflows at 320 CSS px with a long summary; the summary target is at least 24 px high', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderDetails>(
      html`<polder-details
        open
        summary="Wat gebeurt er met mijn gegevens als ik de aanvraagprocedure voortijdig afbreek?"
        >Kinderopvangtoeslagaanvraagformulieren</polder-details
      >`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(summary(el).getBoundingClientRect().height).to.be.at.least(24);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderDetails>(sample);
    await emulateMedia({ forcedColors: 'active' });
    const probe = document.createElement('a');
    probe.href = '#';
    probe.style.color = 'LinkText';
    document.body.append(probe);
    expect(getComputedStyle(summary(el)).color).to.equal(getComputedStyle(probe).color);
    expect(getComputedStyle(summary(el), '::before').backgroundColor).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('works as plain classes on native details, without the element', async () => {
    adoptStyles(document, styles);
    const wrapper = await fixture(
      html`<div>
        <details class="polder-details">
          <summary class="polder-details__summary"><span class="polder-details__summary-text">Hulp</span></summary>
          <div class="polder-details__content">Uitleg</div>
        </details>
      </div>`,
    );
    const plain = wrapper.querySelector('summary')!;
    expect(getComputedStyle(plain).listStyleType).to.equal('none');
    expect(getComputedStyle(plain, '::before').clipPath).to.contain('polygon');
    plain.click();
    expect(wrapper.querySelector('details')!.open).to.equal(true);
    await expect(wrapper).to.be.accessible();
  });

  it('renders on the server and works without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderDetails>(sample, { modules: ['./define.js'] });
    const details = native(el);
    expect(details.open).to.equal(false);
    summary(el).click();
    expect(details.open).to.equal(true);
    expect(visible(el.querySelector('p')!)).to.equal(true);
    const markup = await serverRender(
      new URL('./details.template.ts', import.meta.url),
      'detailsTemplate',
      { open: true },
      '<script>x</script>',
      'Hulp',
    );
    expect(markup).to.match(/<details class="polder-details" part="details"[^>]* open/);
    expect(markup).to.contain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderDetails;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderDetails>(sample, { modules: ['./define.js'] });
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const details = native(el);
    const toggled = oneEvent(el, 'toggle');
    summary(el).click();
    await toggled;
    expect(native(el)).to.equal(details);
    expect(el.open).to.equal(true);
  });
});
