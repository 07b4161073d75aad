// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { axNode, captureWarnings, systemColor } from '../test-helpers/index.js';
import { PolderAlert } from './define.js';

const inner = (el: PolderAlert) => el.shadowRoot!.querySelector<HTMLElement>('.polder-alert')!;

describe('polder-alert', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  for (const type of ['info', 'success', 'warning', 'error'] as const) {
    it(`${type}: styled, named by its type and accessible in light and dark (Chromium only)`, async () => {
      const el = await fixture<PolderAlert>(
        html`<polder-alert type=${type} heading="Let op">Uw gegevens zijn opgeslagen.</polder-alert>`,
      );
      await nextFrame();
      expect(inner(el).classList.contains(`polder-alert--${type}`)).to.equal(true);
      const heading = await axNode(['polder-alert', '.polder-alert__heading']);
      expect(heading.role).to.equal('heading');
      expect(heading.name).to.match(/^(Informatie|Gelukt|Waarschuwing|Fout): Let op$/);
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });
  }

  it('appearing after load, it is a live region that receives its content after it exists', async () => {
    const el = await fixture<PolderAlert>(
      html`<polder-alert type="error" heading="Betaling mislukt">Probeer het opnieuw.</polder-alert>`,
    );
    expect(inner(el).getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('.polder-alert__heading')).to.equal(null);
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.polder-alert__heading')!.textContent).to.contain('Betaling mislukt');
    const status = await fixture<PolderAlert>(html`<polder-alert type="success">Opgeslagen</polder-alert>`);
    expect(inner(status).getAttribute('role')).to.equal('status');
  });

  it('rendered on the server, it shows without JavaScript and is not a live region (no double announcement)', async () => {
    const el = await ssrNonHydratedFixture<PolderAlert>(
      html`<polder-alert type="warning" heading="Onderhoud">Vanavond niet bereikbaar.</polder-alert>`,
      {
        modules: ['./define.js'],
      },
    );
    expect(el.shadowRoot!.querySelector('.polder-alert--warning')).to.not.equal(null);
    expect(inner(el).hasAttribute('role')).to.equal(false);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Onderhoud');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderAlert;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderAlert>(
        html`<polder-alert type="info" heading="Nieuw">Er is een nieuwe versie.</polder-alert>`,
        {
          modules: ['./define.js'],
        },
      );
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const box = inner(el);
    expect(box.hasAttribute('role')).to.equal(false);
    el.type = 'success';
    await el.updateComplete;
    expect(inner(el)).to.equal(box);
    expect(box.classList.contains('polder-alert--success')).to.equal(true);
  });

  it('takes the heading level, 1–6, without changing its look', async () => {
    const el = await fixture<PolderAlert>(html`<polder-alert heading="Titel" heading-level="3">x</polder-alert>`);
    await nextFrame();
    await el.updateComplete;
    const h3 = el.shadowRoot!.querySelector('h3')!;
    expect(h3).to.not.equal(null);
    el.headingLevel = 5;
    await el.updateComplete;
    const h5 = el.shadowRoot!.querySelector('h5')!;
    expect(getComputedStyle(h5).fontSize).to.equal(getComputedStyle(h3.isConnected ? h3 : h5).fontSize);
  });

  it('speaks English under lang="en" (Chromium only)', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><polder-alert type="warning" heading="Careful">x</polder-alert></div>`,
    );
    await nextFrame();
    expect((await axNode(['polder-alert', '.polder-alert__heading'])).name).to.equal('Warning: Careful');
    expect(wrapper).to.exist;
  });

  it('shows markup-like text as text', async () => {
    const el = await fixture<PolderAlert>(
      html`<polder-alert heading=${'<img src=x onerror=alert(1)>'}>x</polder-alert>`,
    );
    await nextFrame();
    await el.updateComplete;
    const heading = el.shadowRoot!.querySelector('.polder-alert__heading')!;
    expect(heading.querySelector('img')).to.equal(null);
    expect(heading.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('a misspelled type falls back to info with a warning that names it', async () => {
    const warnings = await captureWarnings(() => fixture(html`<polder-alert type="eror">x</polder-alert>`));
    expect(warnings).to.deep.equal([
      '<polder-alert>: unknown type "eror"; using "info". Expected one of: info, success, warning, error.',
    ]);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderAlert>(html`<polder-alert type="error">x</polder-alert>`);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(inner(el)).borderTopColor).to.equal(systemColor('CanvasText'));
  });
});
