// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { axNode, axTree, captureWarnings, frameLoaded } from '../test-helpers/index.js';
import { loadTheme } from '../test-helpers/theme.js';
import { PolderCard } from './define.js';

const link = (el: PolderCard) => el.shadowRoot!.querySelector<HTMLAnchorElement>('.polder-card__link')!;
const box = (el: PolderCard) => el.shadowRoot!.querySelector<HTMLElement>('.polder-card')!;

const card = html`<polder-card heading="Parkeervergunning aanvragen" href="#parkeren"
  >Vraag een vergunning aan voor uw straat of wijk.</polder-card
>`;

describe('polder-card', () => {
  before(() => loadTheme());

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is one link named by its heading, inside a heading of level 3, accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderCard>(card);
    const heading = await axNode(['polder-card', 'h3']);
    expect(heading.role).to.equal('heading');
    expect(heading.name).to.equal('Parkeervergunning aanvragen');
    const a = await axNode(['polder-card', 'a']);
    expect(a.role).to.equal('link');
    expect(a.name).to.equal('Parkeervergunning aanvragen');
    expect(link(el).getAttribute('href')).to.equal('#parkeren');
    const links = (await axTree()).filter((n) => n.role === 'link');
    expect(links).to.have.length(1);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('a click anywhere on the card follows the link (stretched over the whole card)', async () => {
    const el = await fixture<PolderCard>(card);
    let clicked = 0;
    link(el).addEventListener('click', (e) => {
      e.preventDefault();
      clicked++;
    });
    const rect = el.getBoundingClientRect();
    const after = getComputedStyle(link(el), '::after');
    expect(after.position).to.equal('absolute');
    // Bottom-right corner, over the description text, far from the heading.
    await sendMouse({ type: 'click', position: [Math.round(rect.right - 4), Math.round(rect.bottom - 4)] });
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 8), Math.round(rect.bottom - 10)] });
    expect(clicked).to.equal(2);
  });

  it('is one tab stop, with a focus ring around the whole card', async () => {
    const el = await fixture<PolderCard>(html`<div>${card}<button>Na</button></div>`);
    const cardEl = el.querySelector<PolderCard>('polder-card')!;
    await sendKeys({ press: 'Tab' });
    expect(cardEl.shadowRoot!.activeElement).to.equal(link(cardEl));
    const ring = getComputedStyle(link(cardEl), '::after');
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('button'));
  });

  it('focus() moves focus to the link', async () => {
    const el = await fixture<PolderCard>(card);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
  });

  it('takes an image, the heading level, and without href is not interactive', async () => {
    const el = await fixture<PolderCard>(
      html`<polder-card heading="Afval" heading-level="2"
        ><img slot="image" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="20" />Wanneer
        wordt uw afval opgehaald?</polder-card
      >`,
    );
    expect(el.shadowRoot!.querySelector('h2')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    const img = el.querySelector('img')!;
    expect(img.getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width - 2, 1);
    await expect(el).to.be.accessible();
  });

  it('warns once, naming the element, about interactive content and a missing heading', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PolderCard>(html`<polder-card href="#x">Lees <a href="#y">meer</a></polder-card>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '<polder-card>: needs a heading: it names the card and its link.',
      '<polder-card>: holds an interactive element; the whole card is one link, so nothing inside may be interactive.',
    ]);
  });

  it('shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<PolderCard>(html`<polder-card heading=${evil} href="#x"></polder-card>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(link(el).textContent).to.equal(evil);
  });

  it('fits 320 CSS px without horizontal scrolling, also with long words', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderCard>(
      html`<polder-card heading="Ontheffingsaanvraagformulierenafhandelingsprocedure" href="#x"
        >Basisregistratiepersonenadministratiegegevens</polder-card
      >`,
    );
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderCard>(card);
    await emulateMedia({ forcedColors: 'active' });
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    expect(getComputedStyle(box(el)).borderTopColor).to.equal(getComputedStyle(probe).color);
    probe.style.color = 'LinkText';
    expect(getComputedStyle(link(el)).color).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('rendered on the server, it is a working link without JavaScript', async () => {
    const el = await ssrNonHydratedFixture<PolderCard>(card, { modules: ['./define.js'] });
    expect(link(el).getAttribute('href')).to.equal('#parkeren');
    expect(link(el).textContent).to.equal('Parkeervergunning aanvragen');
    expect(getComputedStyle(link(el), '::after').position).to.equal('absolute');
  });

  it('hydrates server markup without a warning or error and keeps it', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderCard;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderCard>(card, { modules: ['./define.js'] });
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const a = link(el);
    el.href = '#elders';
    await el.updateComplete;
    expect(link(el)).to.equal(a);
    expect(a.getAttribute('href')).to.equal('#elders');
  });

  it('the plain classes make a clickable card in a page without JavaScript', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/card/card.css">' +
      '<div class="polder-card"><div class="polder-card__content"><h3 class="polder-card__heading">' +
      '<a class="polder-card__link" href="#p">Parkeren</a></h3><div class="polder-card__body">Tekst</div></div></div>';
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="no-js" srcdoc=${page}></iframe>`);
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    const after = view.getComputedStyle(doc.querySelector('.polder-card__link')!, '::after');
    expect(after.position).to.equal('absolute');
    expect(view.getComputedStyle(doc.querySelector('.polder-card')!).position).to.equal('relative');
  });
});
