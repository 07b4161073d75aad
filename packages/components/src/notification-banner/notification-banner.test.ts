// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { axNode, captureWarnings, systemColor, frameLoaded } from '../test-helpers/index.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { PolderNotificationBanner } from './define.js';

const box = (el: PolderNotificationBanner) => el.shadowRoot!.querySelector<HTMLElement>('.polder-notification-banner')!;

/** The focused element, through shadow roots. */
function active(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

describe('polder-notification-banner', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('info: a region named by its title "Belangrijk", with the heading and message (Chromium only)', async () => {
    const el = await fixture<PolderNotificationBanner>(
      html`<polder-notification-banner heading="Vanaf 1 maart gelden nieuwe regels"
        ><p>Lees wat er verandert.</p></polder-notification-banner
      >`,
    );
    const region = await axNode(['polder-notification-banner', '.polder-notification-banner']);
    expect(region.role).to.equal('region');
    expect(region.name).to.equal('Belangrijk');
    const title = await axNode(['polder-notification-banner', 'h2']);
    expect(title.role).to.equal('heading');
    expect(title.name).to.equal('Belangrijk');
    expect(el.shadowRoot!.querySelector('.polder-notification-banner__heading')!.textContent).to.equal(
      'Vanaf 1 maart gelden nieuwe regels',
    );
    expect(box(el).hasAttribute('tabindex')).to.equal(false);
    expect(active()).to.not.equal(box(el));
  });

  for (const type of ['info', 'success'] as const) {
    it(`${type}: accessible in light and dark, in every theme (Chromium only)`, async () => {
      const el = await fixture<PolderNotificationBanner>(
        html`<polder-notification-banner type=${type} heading="Uw wijziging is opgeslagen" no-focus
          ><p>Wij hebben uw nieuwe adres <a href="#adres">Dorpsstraat 1</a> opgeslagen.</p></polder-notification-banner
        >`,
      );
      await inEveryTheme(async () => {
        await emulateMedia({ colorScheme: 'light' });
        await expect(el).to.be.accessible();
        await emulateMedia({ colorScheme: 'dark' });
        await expect(el).to.be.accessible();
      });
    });
  }

  it('success: role="alert" named "Gelukt", and it takes focus when it first renders (Chromium only)', async () => {
    const page = await fixture<HTMLElement>(
      html`<main>
        <button id="before">Eerder</button>
        <polder-notification-banner type="success" heading="Uw wijziging is opgeslagen"></polder-notification-banner>
      </main>`,
    );
    const el = page.querySelector('polder-notification-banner')!;
    await el.updateComplete;
    const node = await axNode(['polder-notification-banner', '.polder-notification-banner']);
    expect(node.role).to.equal('alert');
    expect(node.name).to.equal('Gelukt');
    expect(active()).to.equal(box(el));
    expect(getComputedStyle(box(el)).outlineStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('takes focus on the first render only, not when it updates later', async () => {
    const el = await fixture<PolderNotificationBanner>(
      html`<polder-notification-banner type="success" heading="Opgeslagen"></polder-notification-banner>`,
    );
    expect(active()).to.equal(box(el));
    const other = document.createElement('button');
    other.textContent = 'Verder';
    el.after(other);
    other.focus();
    el.heading = 'Opnieuw opgeslagen';
    await el.updateComplete;
    expect(document.activeElement).to.equal(other);
    other.remove();
  });

  it('no-focus: a success banner leaves focus where it is', async () => {
    const el = await fixture<PolderNotificationBanner>(
      html`<polder-notification-banner type="success" no-focus heading="Opgeslagen"></polder-notification-banner>`,
    );
    expect(box(el).getAttribute('role')).to.equal('alert');
    expect(active()).to.not.equal(box(el));
  });

  it('speaks English under lang="en" and takes per-instance strings and a heading level (Chromium only)', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <polder-notification-banner type="success" no-focus heading-level="3">Saved</polder-notification-banner>
      </div>`,
    );
    const el = wrapper.querySelector('polder-notification-banner')!;
    await el.updateComplete;
    expect((await axNode(['polder-notification-banner', 'h3'])).name).to.equal('Success');
    el.strings = { success: 'Done' };
    await el.updateComplete;
    expect((await axNode(['polder-notification-banner', '.polder-notification-banner'])).name).to.equal('Done');
  });

  it('shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<PolderNotificationBanner>(
      html`<polder-notification-banner heading=${evil}></polder-notification-banner>`,
    );
    el.strings = { info: evil };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.polder-notification-banner__heading')!.textContent).to.equal(evil);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(evil);
  });

  it('a misspelled type falls back to info with one warning naming the element', async () => {
    let el!: PolderNotificationBanner;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PolderNotificationBanner>(
        html`<polder-notification-banner type="succes">x</polder-notification-banner>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(el.banner!.getAttribute('role')).to.equal('region');
    expect(warnings).to.deep.equal([
      '<polder-notification-banner>: unknown type "succes"; using "info". Expected one of: info, success.',
    ]);
  });

  it('fits 320 CSS px with long Dutch words, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderNotificationBanner>(
      html`<polder-notification-banner type="success" no-focus heading="Uw kinderopvangtoeslagaanvraag is opgeslagen"
        ><p>Arbeidsongeschiktheidsverzekeringsmaatschappij ontvangt de aansprakelijkheidsverzekeringspolis.</p>
      </polder-notification-banner>`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(box(el).scrollWidth).to.be.at.most(box(el).clientWidth + 8);
    const heading = el.shadowRoot!.querySelector<HTMLElement>('.polder-notification-banner__heading')!;
    expect(heading.scrollWidth).to.be.at.most(heading.clientWidth);
  });

  it('keeps its edges and focus ring in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderNotificationBanner>(
      html`<polder-notification-banner type="success" heading="Opgeslagen"></polder-notification-banner>`,
    );
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(box(el)).borderTopColor).to.equal(systemColor('CanvasText'));
    const header = el.shadowRoot!.querySelector('.polder-notification-banner__header')!;
    expect(getComputedStyle(header).borderBottomColor).to.equal(systemColor('CanvasText'));
    expect(getComputedStyle(box(el)).outlineColor).to.equal(systemColor('Highlight'));
  });

  it('rendered on the server, it shows without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderNotificationBanner>(
      html`<polder-notification-banner type="success" heading="Uw wijziging is opgeslagen"
        >Bedankt.</polder-notification-banner
      >`,
      { modules: ['./define.js'] },
    );
    expect(box(el).getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Gelukt');
    expect(el.shadowRoot!.querySelector('.polder-notification-banner__heading')!.textContent).to.equal(
      'Uw wijziging is opgeslagen',
    );
  });

  it('hydrates without a warning or error, keeps the markup and then takes focus', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderNotificationBanner;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderNotificationBanner>(
        html`<polder-notification-banner type="success" heading="Opgeslagen">Bedankt.</polder-notification-banner>`,
        { modules: ['./define.js'] },
      );
      await el.updateComplete;
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const banner = box(el);
    expect(active()).to.equal(banner);
    el.heading = 'Nogmaals opgeslagen';
    await el.updateComplete;
    expect(box(el)).to.equal(banner);
  });

  it('the plain classes style a banner in a page without JavaScript', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/notification-banner/notification-banner.css">' +
      '<div class="polder-notification-banner polder-notification-banner--success" role="alert" aria-labelledby="t">' +
      '<div class="polder-notification-banner__header"><h2 class="polder-notification-banner__title" id="t">Gelukt</h2></div>' +
      '<div class="polder-notification-banner__content"><p class="polder-notification-banner__heading">Opgeslagen</p></div></div>';
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="no-js" srcdoc=${page}></iframe>`);
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    expect(view.getComputedStyle(doc.querySelector('.polder-notification-banner')!).borderTopStyle).to.equal('solid');
    expect(view.getComputedStyle(doc.querySelector('h2')!).color).to.equal('rgb(255, 255, 255)');
  });
});
