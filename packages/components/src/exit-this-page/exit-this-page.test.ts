// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  axNode,
  captureWarnings,
  insertServerHtml,
  serverRender,
  systemColor,
  frameLoaded,
} from '../test-helpers/index.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { PolderExitThisPage } from './define.js';

const templates = new URL('./exit-this-page.template.ts', import.meta.url);

/** Resolves with the next polder-exit event, cancelled so this test page stays. */
function nextExit(el: Element): Promise<CustomEvent> {
  return new Promise((resolve) =>
    el.addEventListener(
      'polder-exit',
      (event) => {
        event.preventDefault();
        resolve(event as CustomEvent);
      },
      { once: true },
    ),
  );
}

const cover = (el: PolderExitThisPage) => el.querySelector<HTMLElement>('.polder-exit-this-page__cover')!;
const live = (el: PolderExitThisPage) => el.querySelector('[aria-live]')!.textContent!.trim();

async function setup(content = html``) {
  const page = await fixture<HTMLElement>(
    html`<div>
      <polder-exit-this-page>${content}</polder-exit-this-page>
      <main>
        <h1>Hulp bij huiselijk geweld</h1>
        <label>Naam <input id="naam" /></label>
      </main>
    </div>`,
  );
  const el = page.querySelector('polder-exit-this-page')!;
  await el.updateComplete;
  return { page, el };
}

describe('polder-exit-this-page', () => {
  afterEach(async () => {
    for (const el of document.querySelectorAll<PolderExitThisPage>('polder-exit-this-page'))
      el.querySelector<HTMLElement>(':popover-open')?.hidePopover();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a real link in light DOM to a neutral site, without a referrer, named "Verlaat deze pagina" (Chromium only)', async () => {
    const { el } = await setup();
    expect(el.shadowRoot).to.equal(null);
    const link = el.control!;
    expect(link.getAttribute('href')).to.equal('https://www.weeronline.nl/');
    expect(link.relList.contains('noreferrer')).to.equal(true);
    const node = await axNode('polder-exit-this-page a');
    expect(node.role).to.equal('link');
    expect(node.name).to.equal('Verlaat deze pagina');
    expect(link.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('is accessible in light and dark, in every theme (Chromium only)', async () => {
    const { el } = await setup();
    await inEveryTheme(async () => {
      await emulateMedia({ colorScheme: 'light' });
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });
  });

  it('a click covers the page at once, then leaves with polder-exit (cancelable, with the href)', async () => {
    const { el } = await setup();
    let covered = false;
    const exit = new Promise<CustomEvent>((resolve) =>
      el.addEventListener(
        'polder-exit',
        (event) => {
          // At the moment of leaving, the whole window shows the cover and nothing of the page.
          covered = cover(el).matches(':popover-open') && document.elementFromPoint(400, 300) === cover(el);
          event.preventDefault();
          resolve(event as CustomEvent);
        },
        { once: true },
      ),
    );
    el.control!.click();
    const event = await exit;
    expect(covered).to.equal(true);
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ href: 'https://www.weeronline.nl/' });
    expect(location.hostname).to.not.contain('weeronline');
  });

  it('by keyboard: Tab to the link and Enter leaves, with a visible focus', async () => {
    const { el } = await setup();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.control);
    expect(getComputedStyle(el.control!).outlineStyle).to.equal('solid');
    const exit = nextExit(el);
    await sendKeys({ press: 'Enter' });
    expect((await exit).detail.href).to.equal('https://www.weeronline.nl/');
  });

  it('pressing Shift three times leaves, and says how many presses are left', async () => {
    const { el, page } = await setup();
    page.querySelector<HTMLInputElement>('#naam')!.focus();
    const exit = nextExit(el);
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(live(el)).to.equal('Druk nog 2 keer op Shift om deze pagina te verlaten.');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(live(el)).to.equal('Druk nog 1 keer op Shift om deze pagina te verlaten.');
    await sendKeys({ press: 'Shift' });
    await exit;
    expect(cover(el).matches(':popover-open')).to.equal(true);
  });

  it('Shift used for capitals, or presses spread over more than 5 seconds, do not leave', async () => {
    const { el, page } = await setup();
    let exits = 0;
    el.addEventListener('polder-exit', (event) => {
      exits++;
      event.preventDefault();
    });
    page.querySelector<HTMLInputElement>('#naam')!.focus();
    for (const key of ['Shift+KeyJ', 'Shift+KeyD', 'Shift+KeyV', 'Shift+KeyA']) await sendKeys({ press: key });
    expect(exits).to.equal(0);
    let time = 0;
    el.clock = { now: () => time };
    for (const at of [0, 3000, 6000, 9500]) {
      time = at;
      await sendKeys({ press: 'Shift' });
    }
    expect(exits).to.equal(0);
    time = 10000;
    await sendKeys({ press: 'Shift' });
    expect(exits).to.equal(1);
  });

  it('leaves with location.replace, so Back does not return (in a frame, so this page stays)', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'dienst';
    frame.srcdoc =
      '<!doctype html><html lang="nl"><body><polder-exit-this-page href="/package.json"></polder-exit-this-page>' +
      '<script type="module" src="/packages/components/src/exit-this-page/define.ts"></script></body></html>';
    document.body.append(frame);
    await frameLoaded(frame);
    const win = frame.contentWindow! as Window & typeof globalThis;
    await win.customElements.whenDefined('polder-exit-this-page');
    const el = win.document.querySelector('polder-exit-this-page') as PolderExitThisPage;
    await el.updateComplete;
    const entries = history.length;
    const left = oneEvent(frame, 'load');
    el.control!.click();
    await left;
    expect(frame.contentWindow!.location.pathname).to.equal('/package.json');
    expect(history.length).to.equal(entries);
    frame.remove();
  });

  it('takes its own href and text, speaks English under lang="en", and takes per-instance strings', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><polder-exit-this-page href="https://www.google.nl/"></polder-exit-this-page></div>`,
    );
    const el = wrapper.querySelector('polder-exit-this-page')!;
    await el.updateComplete;
    expect(el.control!.textContent).to.equal('Exit this page');
    expect(el.control!.getAttribute('href')).to.equal('https://www.google.nl/');
    el.strings = { text: 'Leave now' };
    await el.updateComplete;
    expect(el.control!.textContent).to.equal('Leave now');
    const { el: own } = await setup(html`Snel weg`);
    expect(own.control!.textContent).to.equal('Snel weg');
  });

  it('never renders a script URL: it goes to the neutral site, with a warning naming the element', async () => {
    let el!: PolderExitThisPage;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PolderExitThisPage>(
        html`<polder-exit-this-page href="javascript:alert(1)"></polder-exit-this-page>`,
      );
    });
    expect(el.control!.getAttribute('href')).to.equal('https://www.weeronline.nl/');
    expect(warnings).to.deep.equal([
      '<polder-exit-this-page>: href "javascript:alert(1)" is not a safe URL (only relative, http, https, mailto, tel and image data: URLs are); the link is rendered without it.',
    ]);
  });

  it('fits 320 CSS px with long text, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await setup(html`Verlaatdezepaginaonmiddellijkenganaarweeronline`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.control!.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const { el } = await setup();
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.control!).borderTopColor).to.equal(systemColor('LinkText'));
  });

  it('renders on the server, and the element adopts that link as it is', async () => {
    const markup = await serverRender(templates, 'renderExitThisPage', { text: 'Verlaat deze pagina' });
    expect(markup).to.contain('href="https://www.weeronline.nl/"');
    const wrapper = insertServerHtml(markup);
    const el = wrapper.querySelector<PolderExitThisPage>('polder-exit-this-page')!;
    const link = el.querySelector('a')!;
    await el.updateComplete;
    expect(el.control).to.equal(link);
    expect(el.querySelectorAll('a')).to.have.length(1);
    const exit = nextExit(el);
    link.click();
    await exit;
    wrapper.remove();
  });

  it('the plain class styles a link in a page without JavaScript', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/exit-this-page/exit-this-page.css">' +
      '<a class="polder-exit-this-page" href="https://www.weeronline.nl/" rel="nofollow noreferrer">Verlaat deze pagina</a>';
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="no-js" srcdoc=${page}></iframe>`);
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    expect(doc.defaultView!.getComputedStyle(doc.querySelector('a')!).fontWeight).to.equal('700');
  });

  it('the element module loads on the server (@lit-labs/ssr) and hydrates without a warning or error', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderExitThisPage;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderExitThisPage>(
        html`<polder-exit-this-page
          ><a class="polder-exit-this-page" href="https://www.weeronline.nl/"
            >Verlaat deze pagina</a
          ></polder-exit-this-page
        >`,
        { modules: ['./define.js'] },
      );
      await el.updateComplete;
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    expect(el.querySelectorAll('a')).to.have.length(1);
    cleanupFixtures();
  });
});
