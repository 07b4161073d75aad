// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { axNode, captureWarnings, entries, systemColor, frameLoaded } from '../test-helpers/index.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { PolderCookieBanner } from './define.js';

const banner = () =>
  html`<polder-cookie-banner heading="Cookies op Verhuizing doorgeven" action="/cookies">
    <p>Wij gebruiken functionele cookies om deze dienst te laten werken.</p>
    <p>Wij willen ook graag cookies gebruiken om te zien hoe u de dienst gebruikt.</p>
  </polder-cookie-banner>`;

const part = <T extends Element = HTMLElement>(el: PolderCookieBanner, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const buttons = (el: PolderCookieBanner) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.polder-cookie-banner__actions button'),
];

/** The focused element, through shadow roots. */
function active(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

describe('polder-cookie-banner', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a region named by its heading with a real post form and two equal submit buttons', async () => {
    const el = await fixture<PolderCookieBanner>(banner());
    const region = part(el, '.polder-cookie-banner');
    expect(region.getAttribute('role')).to.equal('region');
    const heading = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent!.trim()).to.equal('Cookies op Verhuizing doorgeven');
    const form = part<HTMLFormElement>(el, 'form');
    expect(form.method).to.equal('post');
    expect(form.getAttribute('action')).to.equal('/cookies');
    const [accept, reject] = buttons(el);
    expect([accept.type, reject.type]).to.deep.equal(['submit', 'submit']);
    expect(accept.form).to.equal(form);
    expect(entries(form, accept)).to.deep.equal([['cookies', 'accept']]);
    expect(entries(form, reject)).to.deep.equal([['cookies', 'reject']]);
    expect([accept.textContent!.trim(), reject.textContent!.trim()]).to.deep.equal([
      'Aanvullende cookies accepteren',
      'Aanvullende cookies weigeren',
    ]);
    // Rejecting is as easy and as prominent as accepting.
    expect(reject.className).to.equal(accept.className);
    expect(getComputedStyle(reject).backgroundColor).to.equal(getComputedStyle(accept).backgroundColor);
  });

  it('the accessibility tree has a region named by its heading and two named buttons (Chromium only)', async () => {
    await fixture<PolderCookieBanner>(banner());
    const region = await axNode(['polder-cookie-banner', '.polder-cookie-banner']);
    expect(region.role).to.equal('region');
    expect(region.name).to.equal('Cookies op Verhuizing doorgeven');
    expect((await axNode(['polder-cookie-banner', 'button[value="accept"]'])).name).to.equal(
      'Aanvullende cookies accepteren',
    );
    expect((await axNode(['polder-cookie-banner', 'button[value="reject"]'])).name).to.equal(
      'Aanvullende cookies weigeren',
    );
  });

  it('is accessible in every theme, asking and confirmed', async () => {
    const el = await fixture<PolderCookieBanner>(banner());
    const check = () =>
      inEveryTheme(async () => {
        await expect(el).to.be.accessible();
      });
    await check();
    buttons(el)[1].click();
    await el.updateComplete;
    await check();
  });

  it('is accessible in dark mode, in every theme, asking and confirmed (Chromium only)', async () => {
    const el = await fixture<PolderCookieBanner>(banner());
    await emulateMedia({ colorScheme: 'dark' });
    const check = () =>
      inEveryTheme(async () => {
        await expect(el).to.be.accessible();
      });
    await check();
    buttons(el)[1].click();
    await el.updateComplete;
    await check();
  });

  for (const [index, value, text] of [
    [0, 'accept', 'U heeft aanvullende cookies geaccepteerd. U kunt uw keuze altijd wijzigen.'],
    [1, 'reject', 'U heeft aanvullende cookies geweigerd. U kunt uw keuze altijd wijzigen.'],
  ] as const) {
    it(`with JavaScript, ${value} sends nothing, fires polder-consent and moves focus to the confirmation`, async () => {
      const el = await fixture<PolderCookieBanner>(banner());
      let submitted = false;
      el.shadowRoot!.addEventListener('submit', (event) => (submitted = !event.defaultPrevented));
      const consent = oneEvent(el, 'polder-consent');
      buttons(el)[index].click();
      const event = (await consent) as CustomEvent;
      expect(event.detail.value).to.equal(value);
      expect([...(event.detail.data as FormData)]).to.deep.equal([['cookies', value]]);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(submitted).to.equal(false);
      await el.updateComplete;
      expect(el.value).to.equal(value);
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      const message = part(el, '.polder-cookie-banner__message');
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.querySelector('p')!.textContent).to.equal(text);
      expect(active()).to.equal(message);
      expect(getComputedStyle(message).outlineStyle).to.equal('solid');
    });
  }

  it('by keyboard: Tab to a button and Enter chooses; the hide button hides the banner', async () => {
    const el = await fixture<PolderCookieBanner>(banner());
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(buttons(el)[1]);
    const consent = oneEvent(el, 'polder-consent');
    await sendKeys({ press: 'Enter' });
    expect(((await consent) as CustomEvent).detail.value).to.equal('reject');
    await el.updateComplete;
    const hide = part<HTMLButtonElement>(el, '.polder-cookie-banner__message button');
    expect(hide.textContent!.trim()).to.equal('Verberg dit bericht');
    hide.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.hidden).to.equal(true);
    expect(el.checkVisibility()).to.equal(false);
  });

  it('the accessibility tree names the hide button of the confirmation (Chromium only)', async () => {
    const el = await fixture<PolderCookieBanner>(banner());
    buttons(el)[1].click();
    await el.updateComplete;
    expect((await axNode(['polder-cookie-banner', '.polder-cookie-banner__message button'])).name).to.equal(
      'Verberg dit bericht',
    );
  });

  it('submits under the name from `name`', async () => {
    const el = await fixture<PolderCookieBanner>(banner());
    el.name = 'statistiek';
    await el.updateComplete;
    expect(entries(part<HTMLFormElement>(el, 'form'), buttons(el)[0])).to.deep.equal([['statistiek', 'accept']]);
  });

  it('speaks English under lang="en" and takes per-instance strings', async () => {
    const wrapper = await fixture(html`<div lang="en">${banner()}</div>`);
    const el = wrapper.querySelector('polder-cookie-banner')!;
    await el.updateComplete;
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal([
      'Accept additional cookies',
      'Reject additional cookies',
    ]);
    el.strings = { accepted: 'Thanks.' };
    buttons(el)[0].click();
    await el.updateComplete;
    expect(part(el, '.polder-cookie-banner__message p').textContent).to.equal('Thanks.');
    expect(part(el, '.polder-cookie-banner__message button').textContent!.trim()).to.equal('Hide this message');
  });

  it('never renders a script URL as action, and warns naming the element; warns without a heading', async () => {
    let el!: PolderCookieBanner;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PolderCookieBanner>(
        html`<polder-cookie-banner action="javascript:alert(1)"></polder-cookie-banner>`,
      );
    });
    expect(part(el, 'form').hasAttribute('action')).to.equal(false);
    expect(warnings).to.deep.equal([
      '<polder-cookie-banner>: needs a heading ("Cookies op …").',
      '<polder-cookie-banner>: action "javascript:alert(1)" is not a safe URL (only relative, http, https, mailto, tel and image data: URLs are); the link is rendered without it.',
    ]);
  });

  it('shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<PolderCookieBanner>(html`<polder-cookie-banner heading=${evil}></polder-cookie-banner>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'h2').textContent).to.equal(evil);
  });

  it('fits 320 CSS px with long Dutch words, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderCookieBanner>(
      html`<polder-cookie-banner heading="Cookies op Kinderopvangtoeslagaanvraagformulier"
        ><p>Arbeidsongeschiktheidsverzekeringsmaatschappij</p></polder-cookie-banner
      >`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const button of buttons(el)) expect(button.getBoundingClientRect().right).to.be.at.most(320);
    expect(buttons(el)[0].getBoundingClientRect().height).to.be.at.least(24);
  });

  it('keeps its edge in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderCookieBanner>(banner());
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(part(el, '.polder-cookie-banner')).borderBottomColor).to.equal(systemColor('CanvasText'));
  });

  it('rendered on the server, the form posts the choice in a page where scripts cannot run', async () => {
    const el = await ssrNonHydratedFixture<PolderCookieBanner>(banner(), { modules: ['./define.js'] });
    const markup = `<polder-cookie-banner>${el.getHTML({ shadowRoots: [el.shadowRoot!] })}</polder-cookie-banner>`;
    expect(markup).to.contain('<template shadowrootmode="open">');
    const frame = document.createElement('iframe');
    frame.title = 'no script';
    frame.setAttribute('sandbox', 'allow-forms allow-same-origin');
    frame.srcdoc = `<!doctype html><html lang="nl"><body>${markup.replace('/cookies', '/package.json')}</body></html>`;
    document.body.append(frame);
    await frameLoaded(frame);
    const host = frame.contentDocument!.querySelector('polder-cookie-banner')!;
    const root = host.shadowRoot!;
    expect(root).to.not.equal(null);
    const form = root.querySelector('form')!;
    const accept = root.querySelector<HTMLButtonElement>('button[value="accept"]')!;
    expect(entries(form, accept)).to.deep.equal([['cookies', 'accept']]);
    const loaded = oneEvent(frame, 'load');
    accept.click();
    await loaded;
    expect(frame.contentWindow!.location.pathname).to.equal('/package.json');
    frame.remove();
  });

  it('sends hidden fields (an anti-forgery token) with the choice: from `fields` and light-DOM hidden inputs', async () => {
    const el = await fixture<PolderCookieBanner>(
      html`<polder-cookie-banner heading="Cookies" action="/cookies" .fields=${{ csrf: 'a"b<c>' }}>
        <p>Tekst</p>
        <input type="hidden" name="pagina" value="/adres" />
      </polder-cookie-banner>`,
    );
    const form = part<HTMLFormElement>(el, 'form');
    const [accept, reject] = buttons(el);
    expect(entries(form, accept)).to.deep.equal([
      ['csrf', 'a"b<c>'],
      ['pagina', '/adres'],
      ['cookies', 'accept'],
    ]);
    // A hidden input added later is sent too; the fields are never shown.
    const more = document.createElement('input');
    more.type = 'hidden';
    more.name = 'extra';
    more.value = '1';
    el.append(more);
    await oneEvent(part(el, 'slot'), 'slotchange');
    await el.updateComplete;
    expect(entries(form, reject).map(([name]) => name)).to.deep.equal(['csrf', 'pagina', 'extra', 'cookies']);
    expect(form.querySelectorAll('input[type="hidden"]').length).to.equal(3);
    await expect(el).to.be.accessible();
    // With JavaScript nothing is sent, and the event carries what the form would have sent, for the page to post.
    const consent = oneEvent(el, 'polder-consent');
    reject.click();
    const { detail } = (await consent) as CustomEvent<{ value: string; data: FormData }>;
    expect(detail.value).to.equal('reject');
    expect([...detail.data]).to.deep.equal([
      ['csrf', 'a"b<c>'],
      ['pagina', '/adres'],
      ['extra', '1'],
      ['cookies', 'reject'],
    ]);
  });

  it('rendered on the server with fields, posts them without JavaScript and keeps them when it hydrates', async () => {
    const withToken = html`<polder-cookie-banner heading="Cookies" action="/cookies" .fields=${{ csrf: 'token-1' }}
      ><p>Tekst</p></polder-cookie-banner
    >`;
    const server = await ssrNonHydratedFixture<PolderCookieBanner>(withToken, { modules: ['./define.js'] });
    const markup = server.getHTML({ shadowRoots: [server.shadowRoot!] });
    expect(markup).to.match(/<input type="hidden" name="csrf" value="token-1">/);
    const form = server.shadowRoot!.querySelector('form')!;
    const accept = server.shadowRoot!.querySelector<HTMLButtonElement>('button[value="accept"]')!;
    expect(entries(form, accept)).to.deep.equal([
      ['csrf', 'token-1'],
      ['cookies', 'accept'],
    ]);
    cleanupFixtures();
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderCookieBanner;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderCookieBanner>(withToken, { modules: ['./define.js'] });
      await el.updateComplete;
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    expect(el.fields).to.deep.equal({ csrf: 'token-1' });
    expect(el.shadowRoot!.querySelectorAll('form > input[type="hidden"]').length).to.equal(1);
  });

  it('hydrates without a warning or error and then handles a choice', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderCookieBanner;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderCookieBanner>(banner(), { modules: ['./define.js'] });
      await el.updateComplete;
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const consent = oneEvent(el, 'polder-consent');
    buttons(el)[0].click();
    expect(((await consent) as CustomEvent).detail.value).to.equal('accept');
  });
});
