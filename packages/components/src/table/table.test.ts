// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  axNode,
  captureWarnings,
  insertServerHtml,
  serverRender,
  systemColor,
  frameLoaded,
} from '../test-helpers/index.js';
import { loadTheme } from '../test-helpers/theme.js';
import { PolderTable } from './define.js';

const templates = new URL('./table.template.ts', import.meta.url);
const months = ['Januari', 'Februari', 'Maart', 'April', 'Mei', 'Juni', 'Juli', 'Augustus', 'September', 'Oktober'];

const narrow = html`<polder-table>
  <table>
    <caption>
      Openingstijden
    </caption>
    <thead>
      <tr>
        <th scope="col">Dag</th>
        <th scope="col">Tijd</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <th scope="row">Maandag</th>
        <td>9.00 – 17.00 uur</td>
      </tr>
    </tbody>
  </table>
</polder-table>`;

const wide = html`<div style="inline-size: 320px">
  <polder-table>
    <table>
      <caption>
        Afvalkalender 2026
      </caption>
      <thead>
        <tr>
          <th scope="col">Afval</th>
          ${months.map((m) => html`<th scope="col">${m}</th>`)}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Restafval</th>
          ${months.map((_, i) => html`<td class="polder-table__cell--numeric">${i + 3}</td>`)}
        </tr>
      </tbody>
    </table>
  </polder-table>
</div>`;

const settle = async (el: PolderTable) => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
};

describe('polder-table', () => {
  before(() => loadTheme());

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('styles a native table in light DOM; a table that fits is no region and no tab stop (Chromium only)', async () => {
    const el = await fixture<PolderTable>(narrow);
    await settle(el);
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelector('table')!.className).to.equal('polder-table');
    expect(el.scrollable).to.equal(false);
    expect(el.hasAttribute('role')).to.equal(false);
    expect(el.hasAttribute('tabindex')).to.equal(false);
    const table = await axNode('polder-table table');
    expect(table.role).to.equal('table');
    expect(table.name).to.equal('Openingstijden');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('a wide table becomes a region named by its caption, accessible in light and dark (Chromium only)', async () => {
    const wrapper = await fixture(wide);
    const el = wrapper.querySelector<PolderTable>('polder-table')!;
    await settle(el);
    expect(el.scrollable).to.equal(true);
    expect(el.getAttribute('role')).to.equal('region');
    expect(el.getAttribute('tabindex')).to.equal('0');
    const caption = el.querySelector('caption')!;
    expect(el.getAttribute('aria-labelledby')).to.equal(caption.id);
    const region = await axNode('polder-table');
    expect(region.role).to.equal('region');
    expect(region.name).to.equal('Afvalkalender 2026');
    await expect(wrapper).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(wrapper).to.be.accessible();
  });

  it('scrolls with the keyboard: Tab to the region, then the arrow keys', async () => {
    const wrapper = await fixture(wide);
    const el = wrapper.querySelector<PolderTable>('polder-table')!;
    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(getComputedStyle(el).outlineStyle).to.equal('solid');
    expect(el.scrollLeft).to.equal(0);
    // Arrow keys scroll smoothly: wait until the scroll position has come to rest, however busy the machine.
    const rest = async () => {
      await waitUntil(
        async () => {
          const before = el.scrollLeft;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return el.scrollLeft === before;
        },
        'the scroll position did not come to rest',
        { timeout: 5000 },
      );
      return el.scrollLeft;
    };
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.scrollLeft > 0, 'the arrow keys did not scroll the table', { timeout: 5000 });
    const afterTwo = await rest();
    expect(afterTwo).to.be.greaterThan(0);
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => el.scrollLeft < afterTwo, 'the left arrow did not scroll back', { timeout: 5000 });
  });

  it('follows its width: a region when narrowed, a plain wrapper again when widened', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${narrow}</div>`);
    const el = wrapper.querySelector<PolderTable>('polder-table')!;
    await settle(el);
    expect(el.hasAttribute('role')).to.equal(false);
    wrapper.style.inlineSize = '100px';
    await settle(el);
    expect(el.getAttribute('role')).to.equal('region');
    wrapper.style.inlineSize = '';
    await settle(el);
    expect(el.hasAttribute('role')).to.equal(false);
    expect(el.hasAttribute('tabindex')).to.equal(false);
  });

  it('keeps the page from scrolling sideways at 320 CSS px: only the table region scrolls', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderTable>(
      html`<polder-table>
        <table>
          <caption>
            Afvalkalender
          </caption>
          <tr>
            ${months.map((m) => html`<th scope="col">${m}</th>`)}
          </tr>
        </table>
      </polder-table>`,
    );
    await settle(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.greaterThan(el.clientWidth);
    expect(el.getAttribute('role')).to.equal('region');
  });

  it('without a caption it takes its label, or the localised "Tabel" / "Table", and warns (Chromium only)', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture(
        html`<div style="inline-size: 100px">
          <polder-table
            ><table>
              <tr>
                <td>Eenzeerlangwoordzonderspaties</td>
              </tr>
            </table></polder-table
          >
          <polder-table lang="en"
            ><table>
              <tr>
                <td>Averyveryverylongwordwithoutspaces</td>
              </tr>
            </table></polder-table
          >
          <polder-table label="Tarieven"
            ><table>
              <tr>
                <td>Eenzeerlangwoordzonderspaties</td>
              </tr>
            </table></polder-table
          >
        </div>`,
      );
      for (const el of wrapper.querySelectorAll<PolderTable>('polder-table')) await settle(el);
    });
    expect((await axNode('polder-table:nth-child(1)')).name).to.equal('Tabel');
    expect((await axNode('polder-table:nth-child(2)')).name).to.equal('Table');
    expect((await axNode('polder-table:nth-child(3)')).name).to.equal('Tarieven');
    expect(warnings).to.deep.equal([
      '<polder-table>: the table needs a <caption> (or a label) to name it.',
      '<polder-table>: the table needs a <caption> (or a label) to name it.',
    ]);
  });

  it('aligns numeric cells to the end', async () => {
    const wrapper = await fixture(html`<div>${wide}</div>`);
    const cell = wrapper.querySelector('.polder-table__cell--numeric')!;
    expect(getComputedStyle(cell).textAlign).to.equal('end');
  });

  it('shows markup-like text as text, also rendered on the server', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const markup = await serverRender(templates, 'renderTable', {
      id: 'kosten',
      caption: evil,
      columns: [{ label: 'Product' }, { label: 'Prijs', numeric: true }],
      rows: [[evil, '€ 12,50']],
      rowHeaders: true,
    });
    expect(markup).to.contain('&lt;img src=x onerror=alert(1)&gt;');
    const wrapper = insertServerHtml(markup);
    expect(wrapper.querySelector('img')).to.equal(null);
    expect(wrapper.querySelector('caption')!.textContent!.trim()).to.equal(evil);
    wrapper.remove();
  });

  it('server markup is a scroll region without JavaScript; the element keeps it only while the table is too wide', async () => {
    const state = {
      id: 'tarieven',
      caption: 'Tarieven 2026',
      columns: [{ label: 'Product' }, { label: 'Prijs', numeric: true }],
      rows: [
        ['Paspoort', '€ 82,25'],
        ['Identiteitskaart', '€ 73,00'],
      ],
      rowHeaders: true,
    };
    const markup = await serverRender(templates, 'renderTable', state);
    expect(markup).to.contain('role="region"');
    expect(markup).to.contain('tabindex="0"');
    expect(markup).to.contain('aria-labelledby="tarieven-caption"');
    const wrapper = insertServerHtml(markup);
    const el = wrapper.querySelector<PolderTable>('polder-table')!;
    const table = el.querySelector('table');
    await settle(el);
    expect(el.querySelector('table')).to.equal(table);
    expect(el.querySelector('th[scope=row]')!.textContent).to.equal('Paspoort');
    expect(el.hasAttribute('role')).to.equal(false);
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('shows a scroll shadow only while it is a scroll region, and none in forced-colors mode (Chromium only)', async () => {
    const wrapper = await fixture(html`<div>${narrow}${wide}</div>`);
    const [fits, scrolls] = wrapper.querySelectorAll<PolderTable>('polder-table');
    await settle(scrolls);
    expect(getComputedStyle(fits).backgroundImage).to.equal('none');
    expect(getComputedStyle(scrolls).backgroundImage).to.contain('linear-gradient');
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(scrolls).backgroundImage).to.equal('none');
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderTable>(narrow);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.querySelector('td')!).borderBottomColor).to.equal(systemColor('CanvasText'));
  });

  it('a plain table and scroll wrapper are styled and scrollable in a page without JavaScript', async () => {
    const cells = months.map((m) => `<th scope="col">${m}</th>`).join('');
    const page =
      '<link rel="stylesheet" href="/packages/components/src/table/table.css">' +
      '<div class="polder-table__scroll" role="region" tabindex="0" aria-labelledby="c">' +
      `<table class="polder-table"><caption id="c">Afval</caption><tr>${cells}</tr></table></div>`;
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="no-js" srcdoc=${page} style="inline-size: 300px"></iframe>`,
    );
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    const scroll = doc.querySelector<HTMLElement>('.polder-table__scroll')!;
    expect(view.getComputedStyle(scroll).overflowX).to.equal('auto');
    expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth);
    expect(view.getComputedStyle(doc.querySelector('table')!).borderCollapse).to.equal('collapse');
    expect(doc.documentElement.scrollWidth).to.be.at.most(view.innerWidth);
  });
  it('the element module loads on the server (@lit-labs/ssr) and the element hydrates without a warning or error', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderTable;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderTable>(
        html`<polder-table
          ><table>
            <caption>
              Tarieven
            </caption>
            <tr>
              <td>Paspoort</td>
            </tr>
          </table></polder-table
        >`,
        { modules: ['./define.js'] },
      );
      await el.updateComplete;
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    expect(el.querySelector('table')!.classList.contains('polder-table')).to.equal(true);
    cleanupFixtures();
  });
});
