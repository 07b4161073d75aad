// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { axNode, axTree, captureWarnings, serverRender, systemColor, frameLoaded } from '../test-helpers/index.js';
import { PolderPagination } from './define.js';
import { pageItems, paginationStrings } from './pagination.template.js';

const templates = new URL('./pagination.template.ts', import.meta.url);

const links = (el: PolderPagination) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
const hrefs = (el: PolderPagination) => links(el).map((a) => a.getAttribute('href'));
/** The links' text, visually hidden words included, in page order. */
const texts = (el: PolderPagination) => links(el).map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
const label = (el: PolderPagination) => el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label');

async function accessibleInBothSchemes(el: Element) {
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'dark' });
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'light' });
}

/** The link names in the page's accessibility tree (sorted: the protocol does not list them in page order). */
async function linkNames(): Promise<string[]> {
  return (await axTree())
    .filter((n) => n.role === 'link')
    .map((n) => n.name)
    .sort();
}

describe('polder-pagination', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  describe('page numbers', () => {
    it('shows the first, the last and the current page ±1, with gaps for the rest', () => {
      expect(pageItems(5, 20)).to.deep.equal([1, 0, 4, 5, 6, 0, 20]);
      expect(pageItems(1, 20)).to.deep.equal([1, 2, 0, 20]);
      expect(pageItems(20, 20)).to.deep.equal([1, 0, 19, 20]);
      expect(pageItems(3, 5)).to.deep.equal([1, 2, 3, 4, 5]);
      // A gap of one page shows that page: "…" would hide nothing.
      expect(pageItems(4, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
      expect(pageItems(1, 2)).to.deep.equal([1, 2]);
    });
  });

  describe('renders real links in a named navigation landmark', () => {
    it('previous, numbers with ellipses, current and next, from href-template; accessible', async () => {
      const el = await fixture<PolderPagination>(
        html`<polder-pagination
          current="5"
          total="20"
          href-template="/zoeken?q=fiets&amp;pagina={page}"
        ></polder-pagination>`,
      );
      expect(hrefs(el)).to.deep.equal([
        '/zoeken?q=fiets&pagina=4',
        '/zoeken?q=fiets&pagina=1',
        '/zoeken?q=fiets&pagina=4',
        '/zoeken?q=fiets&pagina=5',
        '/zoeken?q=fiets&pagina=6',
        '/zoeken?q=fiets&pagina=20',
        '/zoeken?q=fiets&pagina=6',
      ]);
      expect(el.shadowRoot!.querySelectorAll('.polder-pagination__item--ellipsis').length).to.equal(2);
      const current = el.shadowRoot!.querySelectorAll('[aria-current]');
      expect(current.length).to.equal(1);
      expect(current[0].getAttribute('aria-current')).to.equal('page');
      expect(current[0].textContent!.trim()).to.equal('Pagina 5');
      expect(label(el)).to.equal('Paginering');
      // In page order: previous, the numbers, next.
      expect(texts(el)).to.deep.equal([
        'Vorige pagina',
        'Pagina 1',
        'Pagina 4',
        'Pagina 5',
        'Pagina 6',
        'Pagina 20',
        'Volgende pagina',
      ]);
      await expect(el).to.be.accessible();
    });

    it('a navigation landmark named "Paginering" with named links; accessible in light and dark (Chromium only)', async () => {
      const el = await fixture<PolderPagination>(
        html`<polder-pagination
          current="5"
          total="20"
          href-template="/zoeken?q=fiets&amp;pagina={page}"
        ></polder-pagination>`,
      );
      const nav = await axNode(['polder-pagination', 'nav']);
      expect(nav.role).to.equal('navigation');
      expect(nav.name).to.equal('Paginering');
      expect(await linkNames()).to.deep.equal(
        ['Vorige pagina', 'Pagina 1', 'Pagina 4', 'Pagina 5', 'Pagina 6', 'Pagina 20', 'Volgende pagina'].sort(),
      );
      await accessibleInBothSchemes(el);
    });

    it('the first page has no previous link, the last no next link; both accessible', async () => {
      const el = await fixture<PolderPagination>(html`<polder-pagination current="1" total="3"></polder-pagination>`);
      expect(el.shadowRoot!.querySelector('.polder-pagination__link--previous')).to.equal(null);
      expect(hrefs(el)).to.deep.equal(['?pagina=1', '?pagina=2', '?pagina=3', '?pagina=2']);
      await expect(el).to.be.accessible();
      el.current = 3;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.polder-pagination__link--next')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[rel=prev]')!.getAttribute('href')).to.equal('?pagina=2');
      await expect(el).to.be.accessible();
    });

    it('the first and the last page are accessible in light and dark (Chromium only)', async () => {
      const el = await fixture<PolderPagination>(html`<polder-pagination current="1" total="3"></polder-pagination>`);
      await accessibleInBothSchemes(el);
      el.current = 3;
      await el.updateComplete;
      await accessibleInBothSchemes(el);
    });

    it('shows nothing for fewer than two pages', async () => {
      const el = await fixture<PolderPagination>(html`<polder-pagination current="1" total="1"></polder-pagination>`);
      expect(el.shadowRoot!.querySelector('nav')).to.equal(null);
      expect(links(el)).to.deep.equal([]);
    });

    it('fewer than two pages: no navigation landmark (Chromium only)', async () => {
      await fixture<PolderPagination>(html`<polder-pagination current="1" total="1"></polder-pagination>`);
      expect((await axTree()).some((n) => n.role === 'navigation')).to.equal(false);
    });

    it('is walked with Tab in reading order, with a visible focus style', async () => {
      const el = await fixture<PolderPagination>(html`<polder-pagination current="2" total="3"></polder-pagination>`);
      const order: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(el.shadowRoot!.activeElement!.getAttribute('href')!);
      }
      expect(order).to.deep.equal(['?pagina=1', '?pagina=1', '?pagina=2', '?pagina=3', '?pagina=3']);
      const focused = el.shadowRoot!.activeElement as HTMLAnchorElement;
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(focused.getAttribute('rel')).to.equal('next');
      await expect(el).to.be.accessible();
    });

    it('with the next link focused it is accessible in light and dark (Chromium only)', async () => {
      const el = await fixture<PolderPagination>(html`<polder-pagination current="2" total="3"></polder-pagination>`);
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.getAttribute('rel')).to.equal('next');
      await accessibleInBothSchemes(el);
    });

    it('Enter follows the focused link', async () => {
      const el = await fixture<PolderPagination>(
        html`<polder-pagination current="2" total="3" href-template="#pagina-{page}"></polder-pagination>`,
      );
      const followed: string[] = [];
      el.shadowRoot!.addEventListener('click', (e) => {
        followed.push((e.target as HTMLAnchorElement).getAttribute('href')!);
        e.preventDefault();
      });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(followed).to.deep.equal(['#pagina-1']);
    });

    it('links are targets of at least 24 by 24 CSS pixels', async () => {
      const el = await fixture<PolderPagination>(html`<polder-pagination current="5" total="9"></polder-pagination>`);
      for (const a of links(el)) {
        const { width, height } = a.getBoundingClientRect();
        expect(width).to.be.at.least(24);
        expect(height).to.be.at.least(24);
      }
    });
  });

  describe('languages', () => {
    it('speaks English under lang="en" and follows lang changes', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><polder-pagination current="2" total="3"></polder-pagination></div>`,
      );
      const el = wrapper.querySelector<PolderPagination>('polder-pagination')!;
      expect(label(el)).to.equal('Pagination');
      expect(texts(el)).to.deep.equal(['Previous page', 'Page 1', 'Page 2', 'Page 3', 'Next page']);
      await expect(wrapper).to.be.accessible();
      wrapper.setAttribute('lang', 'nl');
      // The page's lang observer delivers its record in a microtask; the update is pending after it.
      await Promise.resolve();
      await el.updateComplete;
      expect(label(el)).to.equal('Paginering');
    });

    it('the landmark and link names follow lang; accessible in light and dark (Chromium only)', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><polder-pagination current="2" total="3"></polder-pagination></div>`,
      );
      const el = wrapper.querySelector<PolderPagination>('polder-pagination')!;
      expect((await axNode(['polder-pagination', 'nav'])).name).to.equal('Pagination');
      expect(await linkNames()).to.deep.equal(['Previous page', 'Page 1', 'Page 2', 'Page 3', 'Next page'].sort());
      await accessibleInBothSchemes(wrapper);
      wrapper.setAttribute('lang', 'nl');
      await el.updateComplete;
      expect((await axNode(['polder-pagination', 'nav'])).name).to.equal('Paginering');
    });

    it('takes per-instance strings', async () => {
      const el = await fixture<PolderPagination>(html`<polder-pagination current="2" total="3"></polder-pagination>`);
      el.strings = { label: 'Zoekresultaten' };
      await el.updateComplete;
      expect(label(el)).to.equal('Zoekresultaten');
      expect(paginationStrings.en.label).to.equal('Pagination');
    });

    it('a per-instance label is the landmark name (Chromium only)', async () => {
      const el = await fixture<PolderPagination>(html`<polder-pagination current="2" total="3"></polder-pagination>`);
      el.strings = { label: 'Zoekresultaten' };
      await el.updateComplete;
      expect((await axNode(['polder-pagination', 'nav'])).name).to.equal('Zoekresultaten');
    });
  });

  describe('server rendering', () => {
    it('renders real links on the server that work without JavaScript', async () => {
      const el = await ssrNonHydratedFixture<PolderPagination>(
        html`<polder-pagination current="2" total="10" href-template="/berichten/{page}"></polder-pagination>`,
        { modules: ['./define.js'] },
      );
      expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Paginering');
      expect(hrefs(el)).to.deep.equal([
        '/berichten/1',
        '/berichten/1',
        '/berichten/2',
        '/berichten/3',
        '/berichten/10',
        '/berichten/3',
      ]);
      expect(el.shadowRoot!.querySelector('[aria-current=page]')!.textContent!.trim()).to.equal('Pagina 2');
    });

    it('hydrates without a warning or error, keeps the nodes and updates afterwards', async () => {
      const messages: string[] = [];
      const { error } = console;
      console.error = (...args: unknown[]) => messages.push(args.join(' '));
      let el!: PolderPagination;
      const warnings = await captureWarnings(async () => {
        el = await ssrHydratedFixture<PolderPagination>(
          html`<polder-pagination current="5" total="20"></polder-pagination>`,
          { modules: ['./define.js'] },
        );
      });
      console.error = error;
      expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
      expect(messages).to.deep.equal([]);
      const nav = el.shadowRoot!.querySelector('nav');
      el.current = 6;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('nav')).to.equal(nav);
      expect(el.shadowRoot!.querySelector('[aria-current=page]')!.getAttribute('href')).to.equal('?pagina=6');
      await expect(el).to.be.accessible();
    });

    it('hydrated and updated, it is accessible in light and dark (Chromium only)', async () => {
      const el = await ssrHydratedFixture<PolderPagination>(
        html`<polder-pagination current="5" total="20"></polder-pagination>`,
        { modules: ['./define.js'] },
      );
      el.current = 6;
      await el.updateComplete;
      await accessibleInBothSchemes(el);
    });

    it('the template gives plain-HTML pagination that is styled and followed in a page with no script', async () => {
      const strings = paginationStrings.nl;
      const markup = await serverRender(templates, 'paginationTemplate', {
        ...strings,
        current: 3,
        total: 12,
        hrefTemplate: '#p{page}',
      });
      expect(markup).to.contain('class="polder-pagination"').and.to.contain('aria-current="page"');
      const page =
        '<link rel="stylesheet" href="/packages/components/src/styles/visually-hidden.css">' +
        `<link rel="stylesheet" href="/packages/components/src/pagination/pagination.css">${markup}`;
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="zonder script" srcdoc=${page} width="320" height="400"></iframe>`,
      );
      await frameLoaded(frame);
      const doc = frame.contentDocument!;
      expect(doc.defaultView!.customElements.get('polder-pagination')).to.equal(undefined);
      const current = doc.querySelector<HTMLAnchorElement>('[aria-current=page]')!;
      const style = doc.defaultView!.getComputedStyle(current);
      expect(style.display).to.equal('flex');
      expect(parseFloat(style.minHeight)).to.be.at.least(24);
      expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(doc.querySelector('.polder-visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
      let followed = false;
      current.addEventListener('click', (e) => {
        followed = !e.defaultPrevented;
        e.preventDefault();
      });
      current.click();
      expect(followed).to.equal(true);
    });
  });

  describe('robust', () => {
    it('shows markup-like text as text, also in href-template', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await fixture<PolderPagination>(
        html`<polder-pagination current="2" total="3" href-template=${`"${evil}{page}`}></polder-pagination>`,
      );
      el.strings = { previous: evil, label: evil };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[rel=prev]')!.textContent).to.contain(evil);
      expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal(evil);
      expect(links(el)[0].getAttribute('href')).to.equal(`"${evil}1`);
    });

    it('an href-template without {page} gives one development warning naming the element', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<PolderPagination>(
          html`<polder-pagination current="1" total="3" href-template="?pagina="></polder-pagination>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<polder-pagination>').and.to.contain('?pagina=');
    });

    it('a current page out of range is clamped, with a warning', async () => {
      let el!: PolderPagination;
      const warnings = await captureWarnings(async () => {
        el = await fixture<PolderPagination>(html`<polder-pagination current="40" total="5"></polder-pagination>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<polder-pagination>').and.to.contain('40');
      expect(el.shadowRoot!.querySelector('[aria-current=page]')!.getAttribute('href')).to.equal('?pagina=5');
    });

    it('no horizontal scrolling at 320 CSS pixels', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<PolderPagination>(
        html`<polder-pagination current="50" total="100"></polder-pagination>`,
      );
      const root = document.documentElement;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      // The numbers stay on one row, each still a target of at least 24px.
      const numbers = [...el.shadowRoot!.querySelectorAll('.polder-pagination__list a')];
      expect(new Set(numbers.map((a) => Math.round(a.getBoundingClientRect().top))).size).to.equal(1);
      for (const a of numbers) expect(a.getBoundingClientRect().width).to.be.at.least(24);
    });

    it('marks the current page with system colours in forced-colors mode (Chromium only)', async () => {
      const el = await fixture<PolderPagination>(html`<polder-pagination current="2" total="3"></polder-pagination>`);
      await emulateMedia({ forcedColors: 'active' });
      const current = el.shadowRoot!.querySelector('[aria-current=page]')!;
      expect(getComputedStyle(current).backgroundColor).to.equal(systemColor('Highlight'));
    });
  });
});
