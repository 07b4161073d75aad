// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { axNode, captureWarnings, insertServerHtml, serverRender, frameLoaded } from '../test-helpers/index.js';
import { PolderLink } from './define.js';

const templates = new URL('./link.template.ts', import.meta.url);

/** The computed colour of a system colour keyword. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** The visually hidden note of a link, without its leading space. */
function note(el: PolderLink): string | undefined {
  return el.control!.querySelector('.polder-link__note .polder-visually-hidden')?.textContent?.trim();
}

async function accessibleInBothSchemes(el: Element) {
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'dark' });
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'light' });
}

describe('polder-link', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  describe('is a real link in light DOM', () => {
    it('renders <a class="polder-link" href> with the children as its text', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="/belasting">Belasting betalen</polder-link>`);
      const a = el.querySelector('a')!;
      expect(el.shadowRoot).to.equal(null);
      expect(el.control).to.equal(a);
      expect(a.className).to.equal('polder-link');
      expect(a.getAttribute('href')).to.equal('/belasting');
      expect(a.textContent!.trim()).to.equal('Belasting betalen');
      await expect(el).to.be.accessible();
    });

    it('is a link named by its children in the accessibility tree, accessible in dark (Chromium only)', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="/belasting">Belasting betalen</polder-link>`);
      const node = await axNode('polder-link a');
      expect(node.role).to.equal('link');
      expect(node.name).to.equal('Belasting betalen');
      await accessibleInBothSchemes(el);
    });

    /** A hand-written external link, upgraded as `tag` once it is in the page. */
    async function adoptHandWritten(tag: string) {
      const wrapper = await fixture(html`<p></p>`);
      wrapper.innerHTML = `Lees de <${tag} external
        ><a href="https://example.org/" data-track="x" class="polder-link">voorwaarden</a></${tag}>`;
      const before = wrapper.querySelector('a')!;
      customElements.define(tag, class extends PolderLink {});
      const el = wrapper.querySelector<PolderLink>(tag)!;
      await el.updateComplete;
      return { wrapper, before, el };
    }

    it('adopts a hand-written <a> (same node, its attributes and content kept)', async () => {
      const { wrapper, before, el } = await adoptHandWritten('polder-link-late');
      expect(el.control).to.equal(before);
      expect(wrapper.querySelectorAll('a').length).to.equal(1);
      expect(before.dataset.track).to.equal('x');
      expect(before.getAttribute('href')).to.equal('https://example.org/');
      expect(before.querySelector('.polder-visually-hidden')!.textContent!.trim()).to.equal('(externe link)');
    });

    it('an adopted hand-written <a> is named with its note in the accessibility tree (Chromium only)', async () => {
      await adoptHandWritten('polder-link-late-ax');
      expect((await axNode('polder-link-late-ax a')).name).to.equal('voorwaarden (externe link)');
    });

    it('follows attribute changes on the same <a>', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="/a">Tekst</polder-link>`);
      const a = el.control!;
      el.href = '/b';
      el.current = true;
      await el.updateComplete;
      expect(el.control).to.equal(a);
      expect(a.getAttribute('href')).to.equal('/b');
      expect(a.getAttribute('aria-current')).to.equal('page');
      el.current = false;
      await el.updateComplete;
      expect(a.hasAttribute('aria-current')).to.equal(false);
      expect(a.textContent!.trim()).to.equal('Tekst');
    });

    it('is reached with Tab and followed with Enter, with a visible focus style', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="#ergens">Ergens heen</polder-link>`);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.control);
      const style = getComputedStyle(el.control!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
      const clicked = oneEvent(el, 'click');
      el.control!.addEventListener('click', (e) => e.preventDefault(), { once: true });
      await sendKeys({ press: 'Enter' });
      expect((await clicked).target).to.equal(el.control);
    });

    it('the focused link is accessible in light and dark (Chromium only)', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="#ergens">Ergens heen</polder-link>`);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.control);
      await accessibleInBothSchemes(el);
    });

    it('changes colour and underline on hover; has a visited colour from a token', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="#hover">Beweeg hier</polder-link>`);
      const before = getComputedStyle(el.control!);
      const [colour, thickness] = [before.color, before.textDecorationThickness];
      el.control!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      const { sendMouse } = await import('@web/test-runner-commands');
      const box = el.control!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + box.height / 2)] });
      const hovered = getComputedStyle(el.control!);
      expect(hovered.color).to.not.equal(colour);
      expect(hovered.textDecorationThickness).to.not.equal(thickness);
      await sendMouse({ type: 'move', position: [0, 0] });
      const rules = [...document.adoptedStyleSheets.flatMap((s) => [...s.cssRules])].map((r) => r.cssText);
      expect(rules.some((r) => r.includes('.polder-link:visited') && r.includes('--polder-link-visited-color'))).to.be
        .true;
    });
  });

  describe('marks where a link goes', () => {
    it('external: an icon and a visually hidden "(externe link)"', async () => {
      const el = await fixture<PolderLink>(
        html`<polder-link href="https://www.rijksoverheid.nl" external>Rijksoverheid</polder-link>`,
      );
      expect(el.control!.querySelector('.polder-link__icon')!.getAttribute('aria-hidden')).to.equal('true');
      expect(note(el)).to.equal('(externe link)');
      await expect(el).to.be.accessible();
    });

    it('external: "(externe link)" in the accessible name, accessible in light and dark (Chromium only)', async () => {
      const el = await fixture<PolderLink>(
        html`<polder-link href="https://www.rijksoverheid.nl" external>Rijksoverheid</polder-link>`,
      );
      expect((await axNode('polder-link a')).name).to.equal('Rijksoverheid (externe link)');
      await accessibleInBothSchemes(el);
    });

    it('target="_blank": "(opent in een nieuw venster)"; both together in one note', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="/uitleg" target="_blank">Uitleg</polder-link>`);
      expect(el.control!.getAttribute('target')).to.equal('_blank');
      expect(note(el)).to.equal('(opent in een nieuw venster)');
      el.external = true;
      await el.updateComplete;
      expect(note(el)).to.equal('(externe link, opent in een nieuw venster)');
      expect(el.control!.querySelectorAll('.polder-link__note').length).to.equal(1);
      el.external = false;
      el.target = undefined;
      await el.updateComplete;
      expect(el.control!.querySelector('.polder-link__note')).to.equal(null);
    });

    it('target="_blank" and external: the accessible name carries the note (Chromium only)', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="/uitleg" target="_blank">Uitleg</polder-link>`);
      expect((await axNode('polder-link a')).name).to.equal('Uitleg (opent in een nieuw venster)');
      el.external = true;
      await el.updateComplete;
      expect((await axNode('polder-link a')).name).to.equal('Uitleg (externe link, opent in een nieuw venster)');
      el.external = false;
      el.target = undefined;
      await el.updateComplete;
      expect((await axNode('polder-link a')).name).to.equal('Uitleg');
    });

    it('speaks English under lang="en", follows lang changes and takes per-instance strings', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><polder-link href="https://gov.uk" external target="_blank">GOV.UK</polder-link></div>`,
      );
      const el = wrapper.querySelector<PolderLink>('polder-link')!;
      expect(note(el)).to.equal('(external link, opens in a new window)');
      wrapper.setAttribute('lang', 'nl');
      // The page's lang observer delivers its record in a microtask; the update is pending after it.
      await Promise.resolve();
      await el.updateComplete;
      expect(note(el)).to.equal('(externe link, opent in een nieuw venster)');
      el.strings = { external: 'andere website' };
      await el.updateComplete;
      expect(note(el)).to.equal('(andere website, opent in een nieuw venster)');
      await expect(wrapper).to.be.accessible();
    });

    it('the accessible name follows lang and per-instance strings, accessible in light and dark (Chromium only)', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><polder-link href="https://gov.uk" external target="_blank">GOV.UK</polder-link></div>`,
      );
      const el = wrapper.querySelector<PolderLink>('polder-link')!;
      expect((await axNode('polder-link a')).name).to.equal('GOV.UK (external link, opens in a new window)');
      wrapper.setAttribute('lang', 'nl');
      await el.updateComplete;
      expect((await axNode('polder-link a')).name).to.equal('GOV.UK (externe link, opent in een nieuw venster)');
      el.strings = { external: 'andere website' };
      await el.updateComplete;
      expect((await axNode('polder-link a')).name).to.equal('GOV.UK (andere website, opent in een nieuw venster)');
      await accessibleInBothSchemes(wrapper);
    });

    it('current: aria-current="page", bold and without underline', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="/hier" current>Deze pagina</polder-link>`);
      expect(el.control!.getAttribute('aria-current')).to.equal('page');
      const style = getComputedStyle(el.control!);
      expect(Number(style.fontWeight)).to.be.at.least(700);
      expect(style.textDecorationLine).to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('current: stays a link with its URL in the accessibility tree, accessible in dark (Chromium only)', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="/hier" current>Deze pagina</polder-link>`);
      // Chromium's protocol does not expose aria-current; the link itself stays a link with its URL.
      const node = await axNode('polder-link a');
      expect(node.role).to.equal('link');
      expect(node.url).to.match(/\/hier$/);
      await accessibleInBothSchemes(el);
    });
  });

  describe('renders on the server and without JavaScript', () => {
    it('renders with @lit-labs/ssr and hydrates without a warning or error, keeping the <a>', async () => {
      const messages: string[] = [];
      const { error } = console;
      console.error = (...args: unknown[]) => messages.push(args.join(' '));
      let el!: PolderLink;
      const warnings = await captureWarnings(async () => {
        el = await ssrHydratedFixture<PolderLink>(
          html`<polder-link href="https://www.rijksoverheid.nl" external
            ><a class="polder-link" href="https://www.rijksoverheid.nl">Rijksoverheid</a></polder-link
          >`,
          { modules: ['./define.js'] },
        );
      });
      console.error = error;
      expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
      expect(messages).to.deep.equal([]);
      await el.updateComplete;
      expect(el.querySelectorAll('a').length).to.equal(1);
      expect(note(el)).to.equal('(externe link)');
    });

    it('a hydrated link is named with its note in the accessibility tree (Chromium only)', async () => {
      const el = await ssrHydratedFixture<PolderLink>(
        html`<polder-link href="https://www.rijksoverheid.nl" external
          ><a class="polder-link" href="https://www.rijksoverheid.nl">Rijksoverheid</a></polder-link
        >`,
        { modules: ['./define.js'] },
      );
      await el.updateComplete;
      expect((await axNode('polder-link a')).name).to.equal('Rijksoverheid (externe link)');
    });

    /** renderLink's server markup in the page, upgraded as `tag`; the warnings the upgrade gave. */
    async function adoptServerMarkup(tag: string) {
      const markup = await serverRender(
        templates,
        'renderLink',
        { href: '/x', target: '_blank', note: '(opent in een nieuw venster)' },
        'Formulier',
      );
      const wrapper = insertServerHtml(markup.replace(/polder-link(?=[\s>])/g, tag));
      const before = wrapper.querySelector('a')!;
      const warnings = await captureWarnings(async () => {
        customElements.define(tag, class extends PolderLink {});
        await wrapper.querySelector<PolderLink>(tag)!.updateComplete;
      });
      return { markup, wrapper, before, warnings };
    }

    it('server markup from renderLink is adopted: same <a>, one note, no warnings', async () => {
      const { markup, wrapper, before, warnings } = await adoptServerMarkup('polder-link-ssr');
      expect(markup).to.contain('class="polder-link"').and.to.contain('target="_blank"');
      expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
      expect(wrapper.querySelector('a')).to.equal(before);
      expect(before.querySelectorAll('.polder-link__note').length).to.equal(1);
      expect(before.querySelector('.polder-visually-hidden')!.textContent!.trim()).to.equal(
        '(opent in een nieuw venster)',
      );
      wrapper.remove();
    });

    it('adopted server markup is named with its note in the accessibility tree (Chromium only)', async () => {
      const { wrapper } = await adoptServerMarkup('polder-link-ssr-ax');
      expect((await axNode('polder-link-ssr-ax a')).name).to.equal('Formulier (opent in een nieuw venster)');
      wrapper.remove();
    });

    it('a plain <a class="polder-link"> is styled and works in a page with no script', async () => {
      const page =
        '<link rel="stylesheet" href="/packages/components/src/styles/visually-hidden.css">' +
        '<link rel="stylesheet" href="/packages/components/src/link/link.css">' +
        '<p><a class="polder-link" href="#doel" id="l">Doel<span class="polder-link__note">' +
        '<span class="polder-visually-hidden"> (externe link)</span></span></a></p><p id="doel">x</p>';
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="zonder script" srcdoc=${page}></iframe>`);
      await frameLoaded(frame);
      const doc = frame.contentDocument!;
      const a = doc.getElementById('l') as HTMLAnchorElement;
      expect(doc.defaultView!.customElements.get('polder-link')).to.equal(undefined);
      const style = doc.defaultView!.getComputedStyle(a);
      expect(style.textDecorationLine).to.equal('underline');
      // The published fallback: the default theme's light action colour, #234da0.
      expect(style.color).to.equal('rgb(35, 77, 160)');
      const hidden = doc.defaultView!.getComputedStyle(a.querySelector('.polder-visually-hidden')!);
      expect(hidden.position).to.equal('absolute');
      expect(a.href).to.match(/#doel$/);
      // A real link: clicking it starts a navigation (cancelled here so the test page stays).
      let followed = false;
      a.addEventListener('click', (e) => {
        followed = !e.defaultPrevented;
        e.preventDefault();
      });
      a.click();
      expect(followed).to.equal(true);
    });
  });

  describe('robust', () => {
    it('shows markup-like text as text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await fixture<PolderLink>(html`<polder-link href="/" external>${evil}</polder-link>`);
      el.strings = { external: evil };
      await el.updateComplete;
      expect(el.querySelector('img')).to.equal(null);
      expect(el.control!.textContent).to.contain(evil);
    });

    it('a link without href gives one development warning naming the element', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<PolderLink>(html`<polder-link>Nergens</polder-link>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<polder-link>').and.to.contain('href');
    });

    it('long link text wraps at 320 CSS pixels: no horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const long = 'https://www.example.org/een/heel/lang/adres/zonder/spaties/dat/niet/past/op/een/smal/scherm';
      await fixture(html`<p><polder-link href="/" external target="_blank">${long}</polder-link></p>`);
      const root = document.documentElement;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    });

    it('uses system colours in forced-colors mode (Chromium only)', async () => {
      const el = await fixture<PolderLink>(html`<polder-link href="#fc">Link</polder-link>`);
      await emulateMedia({ forcedColors: 'active' });
      expect(getComputedStyle(el.control!).color).to.equal(systemColour('LinkText'));
    });
  });
});
