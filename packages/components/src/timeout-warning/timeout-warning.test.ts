// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { axNode, captureWarnings, systemColor, frameLoaded } from '../test-helpers/index.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { type Clock, PolderTimeoutWarning } from './define.js';

/** A clock the test moves by hand: no real waiting. */
class FakeClock implements Clock {
  time = 1_000_000;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private last = 0;
  now() {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number) {
    this.timers.set(++this.last, { at: this.time + ms, callback });
    return this.last;
  }
  clearTimeout(id: unknown) {
    this.timers.delete(id as number);
  }
  /** Moves time on by `ms`, running every timer that falls due, in order. */
  tick(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const [id, next] = [...this.timers].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (!next || next.at > end) break;
      this.timers.delete(id);
      this.time = next.at;
      next.callback();
    }
    this.time = end;
  }
}

const SECOND = 1000;

async function setup(
  { timeout = 600, warning, href = '/sessie-verlopen', lang = 'nl' } = {} as Record<string, unknown>,
) {
  const clock = new FakeClock();
  const page = await fixture<HTMLElement>(
    html`<main lang=${lang as string}>
      <h1>Uw gegevens</h1>
      <button id="opener">Volgende</button>
    </main>`,
  );
  const el = document.createElement('polder-timeout-warning');
  el.clock = clock;
  el.timeout = timeout as number;
  if (warning !== undefined) el.warning = warning as number;
  if (href) el.setAttribute('timeout-href', href as string);
  el.innerHTML = '<p>Wij bewaren uw antwoorden niet als uw sessie verloopt.</p>';
  page.append(el);
  await el.updateComplete;
  const opener = page.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  return { clock, el, page, opener };
}

/** Moves the clock and lets the element render (and announce, one frame later). */
async function advance(el: PolderTimeoutWarning, clock: FakeClock, ms: number) {
  clock.tick(ms);
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/**
 * One second on, once the warning is open: the countdown and a minute's announcement render in the update, without
 * waiting for a frame (a busy machine draws few frames: 90 of them took more than the test's 20 s).
 */
async function second(el: PolderTimeoutWarning, clock: FakeClock) {
  clock.tick(SECOND);
  await el.updateComplete;
}

const live = (el: PolderTimeoutWarning) => el.shadowRoot!.querySelector('[aria-live]')!;
const countdown = (el: PolderTimeoutWarning) =>
  el.shadowRoot!.querySelector('.polder-timeout-warning__countdown')!.textContent;
const continueButton = (el: PolderTimeoutWarning) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('.polder-timeout-warning__actions button')!;

/** The focused element, through shadow roots. */
function active(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

describe('polder-timeout-warning', () => {
  afterEach(async () => {
    for (const el of document.querySelectorAll('polder-timeout-warning')) el.remove();
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('opens `warning` seconds before the end as a modal dialog named by its heading, focus on the heading (Chromium only)', async () => {
    const { clock, el } = await setup();
    expect(el.dialog!.open).to.equal(false);
    await advance(el, clock, 479 * SECOND);
    expect(el.open).to.equal(false);
    await advance(el, clock, SECOND);
    expect(el.open).to.equal(true);
    expect(el.dialog!.matches(':modal')).to.equal(true);
    const node = await axNode(['polder-timeout-warning', 'dialog']);
    expect(node.role).to.equal('dialog');
    expect(node.name).to.equal('Uw sessie verloopt bijna');
    expect(node.modal).to.equal(true);
    expect(active()).to.equal(el.shadowRoot!.querySelector('h2'));
  });

  it('warning defaults to 120 seconds and is never longer than the timeout', async () => {
    const { clock, el } = await setup({ timeout: 60, warning: 300 });
    await advance(el, clock, 0);
    expect(el.open).to.equal(true);
    expect(countdown(el)).to.contain('1 minuut.');
  });

  it('announces the remaining time when it opens and then once a minute, not every second', async () => {
    const { clock, el } = await setup();
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(live(el).textContent!.trim()));
    observer.observe(live(el), { subtree: true, childList: true, characterData: true });
    await advance(el, clock, 480 * SECOND);
    await nextFrame();
    expect(live(el).textContent!.trim()).to.equal(
      'Uw sessie verloopt over 2 minuten. Kies Doorgaan om verder te gaan.',
    );
    const announcedAtOpen = changes.length;
    expect(announcedAtOpen).to.be.at.least(1);
    for (let i = 0; i < 59; i++) await second(el, clock);
    // The visible countdown follows every second; the live region stays as it was.
    expect(countdown(el)).to.equal('Uw sessie verloopt over 1 minuut en 1 seconde. Kies Doorgaan om verder te gaan.');
    expect(changes.length).to.equal(announcedAtOpen);
    await advance(el, clock, SECOND);
    expect(live(el).textContent!.trim()).to.equal('Uw sessie verloopt over 1 minuut. Kies Doorgaan om verder te gaan.');
    const announcedAtMinute = changes.length;
    expect(announcedAtMinute).to.be.greaterThan(announcedAtOpen);
    for (let i = 0; i < 30; i++) await second(el, clock);
    expect(countdown(el)).to.equal('Uw sessie verloopt over 30 seconden. Kies Doorgaan om verder te gaan.');
    expect(changes.length).to.equal(announcedAtMinute);
    observer.disconnect();
    el.addEventListener('polder-timeout', (e) => e.preventDefault());
  });

  it('"Doorgaan" fires polder-extend, closes, returns focus and restarts the clock (Chromium only)', async () => {
    const { clock, el, opener } = await setup();
    await advance(el, clock, 500 * SECOND);
    expect(el.open).to.equal(true);
    expect((await axNode(['polder-timeout-warning', '.polder-timeout-warning__actions button'])).name).to.equal(
      'Doorgaan',
    );
    const extended = oneEvent(el, 'polder-extend');
    continueButton(el).click();
    const event = await extended;
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.dialog!.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    await advance(el, clock, 479 * SECOND);
    expect(el.open).to.equal(false);
    await advance(el, clock, SECOND);
    expect(el.open).to.equal(true);
  });

  it('Escape counts as continuing; Tab stays inside the dialog', async () => {
    const { clock, el, opener } = await setup();
    await advance(el, clock, 480 * SECOND);
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(continueButton(el));
    expect(getComputedStyle(continueButton(el)).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Tab' });
    expect(active()).to.not.equal(opener);
    const extended = oneEvent(el, 'polder-extend');
    await sendKeys({ press: 'Escape' });
    await extended;
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('extend() restarts the clock and closes the warning', async () => {
    const { clock, el } = await setup();
    await advance(el, clock, 590 * SECOND);
    expect(el.open).to.equal(true);
    el.extend();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    await advance(el, clock, 300 * SECOND);
    expect(el.open).to.equal(false);
  });

  it('at zero it fires a cancelable polder-timeout; cancelled, the page stays', async () => {
    const { clock, el } = await setup();
    let fired = 0;
    el.addEventListener('polder-timeout', (event) => {
      fired++;
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      event.preventDefault();
    });
    await advance(el, clock, 599 * SECOND);
    expect(fired).to.equal(0);
    await advance(el, clock, SECOND);
    expect(fired).to.equal(1);
    expect(location.pathname).to.not.equal('/sessie-verlopen');
  });

  it('at zero, not cancelled, it goes to timeout-href (in a frame, so this page stays)', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'dienst';
    frame.srcdoc =
      '<!doctype html><html lang="nl"><body><script type="module" src="/packages/components/src/timeout-warning/define.ts"></script></body></html>';
    document.body.append(frame);
    await frameLoaded(frame);
    const win = frame.contentWindow! as Window & typeof globalThis;
    await win.customElements.whenDefined('polder-timeout-warning');
    const clock = new FakeClock();
    const el = win.document.createElement('polder-timeout-warning') as PolderTimeoutWarning;
    el.clock = clock;
    el.timeout = 30;
    el.setAttribute('timeout-href', '/package.json');
    win.document.body.append(el);
    await el.updateComplete;
    const left = oneEvent(frame, 'load');
    clock.tick(30 * SECOND);
    await left;
    expect(frame.contentWindow!.location.pathname).to.equal('/package.json');
    frame.remove();
  });

  it('is accessible open, in light and dark, in every theme (Chromium only)', async () => {
    const { clock, el } = await setup();
    await advance(el, clock, 480 * SECOND);
    await inEveryTheme(async () => {
      await emulateMedia({ colorScheme: 'light' });
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });
  });

  it('speaks English under lang="en" and takes per-instance strings (Chromium only)', async () => {
    const { clock, el } = await setup({ lang: 'en' });
    await advance(el, clock, 510 * SECOND);
    expect((await axNode(['polder-timeout-warning', 'dialog'])).name).to.equal('Your session is about to end');
    expect(countdown(el)).to.equal('Your session will end in 1 minute and 30 seconds. Choose Continue to carry on.');
    expect(live(el).textContent!.trim()).to.equal('Your session will end in 2 minutes. Choose Continue to carry on.');
    el.strings = { continue: 'Stay signed in' };
    el.heading = 'Are you still there?';
    await el.updateComplete;
    expect(continueButton(el).textContent!.trim()).to.equal('Stay signed in');
    expect((await axNode(['polder-timeout-warning', 'dialog'])).name).to.equal('Are you still there?');
  });

  it('warns without a timeout, and never navigates to a script URL', async () => {
    let el!: PolderTimeoutWarning;
    let clock!: FakeClock;
    const warnings = await captureWarnings(async () => {
      ({ el, clock } = await setup({ timeout: 10, href: 'javascript:alert(1)' }));
      clock.tick(10 * SECOND);
      const empty = document.createElement('polder-timeout-warning');
      document.body.append(empty);
      await empty.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '<polder-timeout-warning>: timeout-href "javascript:alert(1)" is not a safe URL (only relative, http, https, mailto, tel and image data: URLs are); the link is rendered without it.',
      '<polder-timeout-warning>: needs a timeout (seconds until the session ends).',
      '<polder-timeout-warning>: needs a timeout-href (where to go when time runs out).',
    ]);
    expect(el.isConnected).to.equal(true);
  });

  it('fits 320 CSS px with long Dutch words, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const { clock, el } = await setup();
    el.heading = 'Uw kinderopvangtoeslagaanvraagsessie verloopt bijna';
    await advance(el, clock, 480 * SECOND);
    const box = el.dialog!.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(el.dialog!.scrollWidth).to.be.at.most(el.dialog!.clientWidth);
    expect(continueButton(el).getBoundingClientRect().height).to.be.at.least(24);
  });

  it('keeps its edge in forced-colors mode (Chromium only)', async () => {
    const { clock, el } = await setup();
    await advance(el, clock, 480 * SECOND);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.dialog!).borderTopColor).to.equal(systemColor('CanvasText'));
  });

  it('renders on the server closed, and hydrates without a warning or error', async () => {
    const server = await ssrNonHydratedFixture<PolderTimeoutWarning>(
      html`<polder-timeout-warning timeout="900" timeout-href="/verlopen"></polder-timeout-warning>`,
      { modules: ['./define.js'] },
    );
    expect(server.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(server.shadowRoot!.querySelector('h2')!.textContent).to.equal('Uw sessie verloopt bijna');
    cleanupFixtures();
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderTimeoutWarning;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderTimeoutWarning>(
        html`<polder-timeout-warning timeout="900" timeout-href="/verlopen"></polder-timeout-warning>`,
        { modules: ['./define.js'] },
      );
      await el.updateComplete;
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    expect(el.open).to.equal(false);
  });
});
