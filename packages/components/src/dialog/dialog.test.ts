// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { adoptStyles } from '../styles/adopt-styles.js';
import { axNode, axTree, captureWarnings } from '../test-helpers/index.js';
import { PolderDialog } from './define.js';
import styles from './dialog.styles.js';

const page = (extra: unknown = '') =>
  html`<main>
    <h1>Mijn aanvragen</h1>
    <button id="opener">Verwijderen</button>
    <button id="outside">Buiten de dialoog</button>
    <polder-dialog heading="Aanvraag verwijderen?">
      <p>U kunt dit niet ongedaan maken.</p>
      ${extra}
      <form method="dialog" slot="footer">
        <button value="ja" id="yes">Ja, verwijderen</button>
        <button value="nee" id="no">Annuleren</button>
      </form>
    </polder-dialog>
  </main>`;

async function setup(extra?: unknown) {
  const main = await fixture<HTMLElement>(page(extra));
  const el = main.querySelector('polder-dialog')!;
  await el.updateComplete;
  const opener = main.querySelector<HTMLButtonElement>('#opener')!;
  return { main, el, opener, outside: main.querySelector<HTMLButtonElement>('#outside')! };
}

async function openFrom(el: PolderDialog, opener: HTMLElement) {
  opener.focus();
  await el.showModal();
}

/** The focused element, through shadow roots. */
function active(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

describe('polder-dialog', () => {
  afterEach(async () => {
    for (const d of document.querySelectorAll('polder-dialog')) d.dialog?.close();
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('closed: nothing shows and it is accessible', async () => {
    const { el, main } = await setup();
    expect(el.dialog!.open).to.equal(false);
    expect(el.dialog!.checkVisibility()).to.equal(false);
    await expect(main).to.be.accessible();
  });

  it('showModal() opens a modal dialog named by its heading and moves focus to the heading (Chromium only)', async () => {
    const { el, opener } = await setup();
    await openFrom(el, opener);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(el.dialog!.matches(':modal')).to.equal(true);
    const node = await axNode(['polder-dialog', 'dialog']);
    expect(node.role).to.equal('dialog');
    expect(node.name).to.equal('Aanvraag verwijderen?');
    expect(node.modal).to.equal(true);
    expect(active()).to.equal(el.shadowRoot!.querySelector('.polder-dialog__heading'));
  });

  it('is accessible open, in light and dark (Chromium only)', async () => {
    const { el, opener } = await setup();
    await openFrom(el, opener);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('focus moves to an element with autofocus inside', async () => {
    const { el, opener } = await setup(html`<label>Reden <input id="reason" autofocus /></label>`);
    await openFrom(el, opener);
    expect(active()!.id).to.equal('reason');
  });

  it('the page behind is inert: not focusable and not in the accessibility tree (Chromium only)', async () => {
    const { el, opener, outside } = await setup();
    await openFrom(el, opener);
    outside.focus();
    expect(active()).to.not.equal(outside);
    const names = (await axTree()).map((n) => n.name);
    expect(names).to.include('Aanvraag verwijderen?');
    expect(names).to.not.include('Buiten de dialoog');
  });

  it('Tab and Shift+Tab stay inside the dialog', async () => {
    const { el, opener, outside } = await setup();
    await openFrom(el, opener);
    const inside = (node: Element | null) => !!node && (el.contains(node) || el.shadowRoot!.contains(node));
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const node = active();
      expect(node).to.not.equal(outside);
      expect(node).to.not.equal(opener);
      if (node && node !== document.body) {
        expect(inside(node)).to.equal(true);
        seen.add(node.id || node.className);
      }
    }
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Shift+Tab' });
      expect(active()).to.not.equal(outside);
    }
    expect([...seen]).to.include.members(['polder-dialog__close', 'yes', 'no']);
  });

  it('Escape closes it, fires close and returns focus to the opener', async () => {
    const { el, opener } = await setup();
    await openFrom(el, opener);
    const closed = oneEvent(el, 'close');
    await sendKeys({ press: 'Escape' });
    const event = (await closed) as CustomEvent;
    expect(event.composed).to.equal(true);
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('close(returnValue) closes with that value, in the event and on the element', async () => {
    const { el, opener } = await setup();
    await openFrom(el, opener);
    const closed = oneEvent(el, 'close');
    void el.close('bewaard');
    const event = (await closed) as CustomEvent;
    expect(event.detail.returnValue).to.equal('bewaard');
    expect(el.returnValue).to.equal('bewaard');
    expect(document.activeElement).to.equal(opener);
  });

  it('a form with method="dialog" inside closes it with the button value', async () => {
    const { el, opener } = await setup();
    await openFrom(el, opener);
    const closed = oneEvent(el, 'close');
    el.querySelector<HTMLButtonElement>('#yes')!.click();
    expect(((await closed) as CustomEvent).detail.returnValue).to.equal('ja');
    expect(el.dialog!.open).to.equal(false);
  });

  it('the close button closes it; it is named "Sluiten", or "Close" under lang="en" (Chromium only)', async () => {
    const { el, opener } = await setup();
    await openFrom(el, opener);
    const close = await axNode(['polder-dialog', '.polder-dialog__close']);
    expect(close.role).to.equal('button');
    expect(close.name).to.equal('Sluiten');
    const closed = oneEvent(el, 'close');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.polder-dialog__close')!.click();
    await closed;
    expect(el.returnValue).to.equal('');
    el.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.polder-dialog__close')!.getAttribute('aria-label')).to.equal('Close');
  });

  it('the open attribute opens and closes it', async () => {
    const { el, opener } = await setup();
    opener.focus();
    el.setAttribute('open', '');
    await el.updateComplete;
    expect(el.dialog!.matches(':modal')).to.equal(true);
    const closed = oneEvent(el, 'close');
    el.removeAttribute('open');
    await closed;
    expect(el.dialog!.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('when the opener is gone, focus goes to the page heading', async () => {
    const { el, opener, main } = await setup();
    await openFrom(el, opener);
    opener.remove();
    const closed = oneEvent(el, 'close');
    void el.close();
    await closed;
    expect(document.activeElement).to.equal(main.querySelector('h1'));
  });

  it('takes rich heading text from the heading slot (Chromium only)', async () => {
    const main = await fixture(
      html`<div>
        <button>Open</button>
        <polder-dialog
          ><span slot="heading">Wijzig <em>adres</em></span
          >x</polder-dialog
        >
      </div>`,
    );
    const el = main.querySelector('polder-dialog')!;
    await el.showModal();
    expect((await axNode(['polder-dialog', 'dialog'])).name).to.equal('Wijzig adres');
    await expect(el).to.be.accessible();
  });

  it('shows markup-like text as text (Chromium only)', async () => {
    const main = await fixture(
      html`<div><polder-dialog heading=${'<img src=x onerror=alert(1)>'}>x</polder-dialog></div>`,
    );
    const el = main.querySelector('polder-dialog')!;
    await el.showModal();
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((await axNode(['polder-dialog', 'dialog'])).name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('fits 320 CSS px without horizontal scrolling; the close button is at least 24 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el, opener } = await setup(html`<p>Kinderopvangtoeslagaanvraagformulieren</p>`);
    await openFrom(el, opener);
    const box = el.dialog!.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(el.dialog!.scrollWidth).to.be.at.most(el.dialog!.clientWidth);
    const close = el.shadowRoot!.querySelector('.polder-dialog__close')!.getBoundingClientRect();
    expect(Math.min(close.width, close.height)).to.be.at.least(24);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const { el, opener } = await setup();
    await openFrom(el, opener);
    await emulateMedia({ forcedColors: 'active' });
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    el.append(probe);
    expect(getComputedStyle(el.dialog!).borderTopColor).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('works as plain classes on a native dialog', async () => {
    adoptStyles(document, styles);
    const wrapper = await fixture(
      html`<div>
        <dialog class="polder-dialog" aria-labelledby="plain-heading">
          <h2 class="polder-dialog__heading" id="plain-heading">Let op</h2>
          <div class="polder-dialog__body"><p>Tekst</p></div>
        </dialog>
      </div>`,
    );
    const dialog = wrapper.querySelector('dialog')!;
    dialog.showModal();
    expect(getComputedStyle(dialog).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(dialog).display).to.equal('flex');
    await expect(wrapper).to.be.accessible();
    dialog.close();
  });

  it('renders on the server closed (it needs JavaScript to open)', async () => {
    const el = await ssrNonHydratedFixture<PolderDialog>(html`<polder-dialog heading="Kop">Tekst</polder-dialog>`, {
      modules: ['./define.js'],
    });
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Kop');
    expect(el.shadowRoot!.querySelector('.polder-dialog__close')!.getAttribute('aria-label')).to.equal('Sluiten');
  });

  it('hydrates without a warning or error and then opens', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderDialog;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderDialog>(html`<polder-dialog heading="Kop">Tekst</polder-dialog>`, {
        modules: ['./define.js'],
      });
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const dialog = el.dialog;
    await el.showModal();
    expect(el.dialog).to.equal(dialog);
    expect(dialog!.matches(':modal')).to.equal(true);
  });
});
