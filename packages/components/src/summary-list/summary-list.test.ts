// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { axNode, captureWarnings, insertServerHtml, serverRender, frameLoaded } from '../test-helpers/index.js';
import { loadTheme } from '../test-helpers/theme.js';
import { PolderSummaryList } from './define.js';

const templates = new URL('./summary-list.template.ts', import.meta.url);

const answers = html`<polder-summary-list>
  <dl>
    <div>
      <dt>Naam</dt>
      <dd>Sarah Philips</dd>
      <dd><a href="#naam">Wijzigen</a></dd>
    </div>
    <div>
      <dt>BSN</dt>
      <dd>123456782</dd>
      <dd><a href="#bsn">Wijzigen</a></dd>
    </div>
    <div>
      <dt>Adres</dt>
      <dd>Stationsplein 1<br />1012 AB Amsterdam</dd>
      <dd>
        <ul>
          <li><a href="#adres">Wijzigen</a></li>
          <li><a href="#adres-weg">Verwijderen</a></li>
        </ul>
      </dd>
    </div>
    <div>
      <dt>Geboortedatum</dt>
      <dd>5 januari 1978</dd>
    </div>
  </dl>
</polder-summary-list>`;

/** The text of an action, as it is read out: its words with the whitespace collapsed. */
function text(selector: string, root: ParentNode = document): string {
  return root.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('polder-summary-list', () => {
  before(() => loadTheme());

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the <dl> in light DOM and adds the public classes', async () => {
    const el = await fixture<PolderSummaryList>(answers);
    expect(el.shadowRoot).to.equal(null);
    const dl = el.querySelector('dl')!;
    expect(dl.className).to.equal('polder-summary-list');
    expect(dl.querySelectorAll('.polder-summary-list__row')).to.have.length(4);
    expect(dl.querySelectorAll('dt.polder-summary-list__key')).to.have.length(4);
    expect(dl.querySelectorAll('dd.polder-summary-list__value')).to.have.length(4);
    expect(dl.querySelectorAll('dd.polder-summary-list__actions')).to.have.length(3);
  });

  it('is a description list for assistive technology (Chromium only)', async () => {
    await fixture<PolderSummaryList>(answers);
    const roles = [
      (await axNode('polder-summary-list dl')).role,
      (await axNode('polder-summary-list dt')).role,
      (await axNode('polder-summary-list dd')).role,
    ];
    expect(roles).to.deep.equal(['DescriptionList', 'term', 'definition']);
  });

  it('is accessible', async () => {
    const el = await fixture<PolderSummaryList>(answers);
    await expect(el).to.be.accessible();
  });

  it('is accessible in dark (Chromium only)', async () => {
    const el = await fixture<PolderSummaryList>(answers);
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('adds the row key to each action, visually hidden: "Wijzigen" reads "Wijzigen naam"', async () => {
    await fixture<PolderSummaryList>(answers);
    expect(text('a[href="#naam"]')).to.equal('Wijzigen naam');
    expect(text('a[href="#bsn"]')).to.equal('Wijzigen BSN');
    expect(text('a[href="#adres"]')).to.equal('Wijzigen adres');
    expect(text('a[href="#adres-weg"]')).to.equal('Verwijderen adres');
    const hidden = document.querySelector('a[href="#naam"] .polder-summary-list__action-key')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });

  it("the row key is part of each action's accessible name (Chromium only)", async () => {
    await fixture<PolderSummaryList>(answers);
    expect((await axNode('a[href="#naam"]')).name).to.equal('Wijzigen naam');
    expect((await axNode('a[href="#bsn"]')).name).to.equal('Wijzigen BSN');
    expect((await axNode('a[href="#adres"]')).name).to.equal('Wijzigen adres');
    expect((await axNode('a[href="#adres-weg"]')).name).to.equal('Verwijderen adres');
  });

  /** Renames the first key and adds a row with a button action, waiting for the element to follow each. */
  async function changeContent(el: PolderSummaryList) {
    el.querySelector('dt')!.textContent = 'Volledige naam';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    const row = document.createElement('div');
    row.innerHTML = '<dt>E-mailadres</dt><dd>s@example.nl</dd><dd><button type="button">Wijzigen</button></dd>';
    el.querySelector('dl')!.append(row);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  }

  it('follows content that changes later, without adding the key twice', async () => {
    const el = await fixture<PolderSummaryList>(answers);
    el.querySelector('dt')!.textContent = 'Volledige naam';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text('a[href="#naam"]')).to.equal('Wijzigen volledige naam');
    const row = document.createElement('div');
    row.innerHTML = '<dt>E-mailadres</dt><dd>s@example.nl</dd><dd><button type="button">Wijzigen</button></dd>';
    el.querySelector('dl')!.append(row);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text('polder-summary-list button')).to.equal('Wijzigen e-mailadres');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.querySelectorAll('a[href="#naam"] .polder-summary-list__action-key')).to.have.length(1);
  });

  it('the accessible names follow content that changes later (Chromium only)', async () => {
    const el = await fixture<PolderSummaryList>(answers);
    await changeContent(el);
    expect((await axNode('a[href="#naam"]')).name).to.equal('Wijzigen volledige naam');
    expect((await axNode('polder-summary-list button')).name).to.equal('Wijzigen e-mailadres');
  });

  const authorNamed = html`<polder-summary-list>
    <dl>
      <div>
        <dt>Naam</dt>
        <dd>Sarah</dd>
        <dd>
          <a href="#a">Wijzigen<span class="polder-visually-hidden"> uw naam</span></a>
          <a href="#b" aria-label="Naam aanpassen">Aanpassen</a>
        </dd>
      </div>
    </dl>
  </polder-summary-list>`;

  it('leaves actions alone that the author named already', async () => {
    const el = await fixture<PolderSummaryList>(authorNamed);
    expect(el.querySelectorAll('.polder-summary-list__action-key')).to.have.length(0);
    expect(text('a[href="#a"]')).to.equal('Wijzigen uw naam');
    expect(text('a[href="#b"]')).to.equal('Aanpassen');
  });

  it('actions the author named keep their accessible names (Chromium only)', async () => {
    await fixture(authorNamed);
    expect((await axNode('a[href="#a"]')).name).to.equal('Wijzigen uw naam');
    expect((await axNode('a[href="#b"]')).name).to.equal('Naam aanpassen');
  });

  it('action links are reachable with Tab and show a focus indicator', async () => {
    const el = await fixture<PolderSummaryList>(answers);
    await sendKeys({ press: 'Tab' });
    const first = el.querySelector('a')!;
    expect(document.activeElement).to.equal(first);
    expect(getComputedStyle(first).outlineStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  const english = html`<polder-summary-list lang="en">
    <dl>
      <div>
        <dt>Date of birth</dt>
        <dd>5 January 1978</dd>
        <dd><a href="#dob">Change</a></dd>
      </div>
    </dl>
  </polder-summary-list>`;

  it('English content works the same: "Change" reads "Change date of birth"', async () => {
    await fixture(english);
    expect(text('a[href="#dob"]')).to.equal('Change date of birth');
  });

  it('English content: the accessible name is "Change date of birth" (Chromium only)', async () => {
    await fixture(english);
    expect((await axNode('a[href="#dob"]')).name).to.equal('Change date of birth');
  });

  it('shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<PolderSummaryList>(
      html`<polder-summary-list>
        <dl>
          <div>
            <dt>${evil}</dt>
            <dd>${evil}</dd>
            <dd><a href="#x">Wijzigen</a></dd>
          </div>
        </dl>
      </polder-summary-list>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('.polder-summary-list__action-key')!.textContent).to.equal(` ${evil}`);
  });

  const serverRows = [
    { key: 'Naam', value: 'Sarah Philips', actions: [{ href: '#naam', text: 'Wijzigen' }] },
    { key: '<b>x</b>', value: '<img src=x onerror=alert(1)>' },
  ];

  it('renders on the server, and the element adopts that markup without adding the key again', async () => {
    const markup = await serverRender(templates, 'renderSummaryList', serverRows);
    expect(markup).to.contain('<dl class="polder-summary-list">');
    expect(markup).to.contain('&lt;img src=x onerror=alert(1)&gt;');
    const wrapper = insertServerHtml(markup);
    const el = wrapper.querySelector<PolderSummaryList>('polder-summary-list')!;
    await el.updateComplete;
    expect(el.querySelectorAll('.polder-summary-list__action-key')).to.have.length(1);
    expect(text('a[href="#naam"]', el)).to.equal('Wijzigen naam');
    expect(el.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('adopted server markup: the action is named "Wijzigen naam" (Chromium only)', async () => {
    const wrapper = insertServerHtml(await serverRender(templates, 'renderSummaryList', serverRows));
    await wrapper.querySelector<PolderSummaryList>('polder-summary-list')!.updateComplete;
    expect((await axNode('a[href="#naam"]')).name).to.equal('Wijzigen naam');
    wrapper.remove();
  });

  it('stacks rows at 320 CSS px without horizontal scrolling, side by side when wide', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderSummaryList>(
      html`<polder-summary-list>
        <dl>
          <div>
            <dt>Opmerking</dt>
            <dd>Eenzeerlangwoordzonderspatieszoalsdatsomsvoorkomtinnederlandseteksten@example.nl</dd>
            <dd><a href="#o">Wijzigen</a></dd>
          </div>
        </dl>
      </polder-summary-list>`,
    );
    const dl = el.querySelector('dl')!;
    expect(getComputedStyle(dl).display).to.equal('block');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await setViewport({ width: 1024, height: 640 });
    expect(getComputedStyle(dl).display).to.equal('table');
    const [dt, dd] = el.querySelectorAll('dt, dd');
    expect(dt.getBoundingClientRect().top).to.equal(dd.getBoundingClientRect().top);
  });

  /** A summary list inside another element's shadow root. */
  async function inShadowRoot() {
    const host = await fixture<HTMLDivElement>(html`<div id="shadow-host"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<polder-summary-list><dl><div><dt>Naam</dt><dd>Sarah</dd><dd><a href="#n">Wijzigen</a></dd></div></dl></polder-summary-list>';
    await root.querySelector<PolderSummaryList>('polder-summary-list')!.updateComplete;
    return root;
  }

  it('inside another shadow root it adopts its stylesheet there', async () => {
    const root = await inShadowRoot();
    expect(Number(getComputedStyle(root.querySelector('dt')!).fontWeight)).to.equal(700);
    expect(root.querySelector('.polder-summary-list__action-key')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(text('a', root)).to.equal('Wijzigen naam');
  });

  it('inside another shadow root the action is named "Wijzigen naam" (Chromium only)', async () => {
    await inShadowRoot();
    expect((await axNode(['#shadow-host', 'a'])).name).to.equal('Wijzigen naam');
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderSummaryList>(answers);
    await emulateMedia({ forcedColors: 'active' });
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const row = el.querySelector('.polder-summary-list__row')!;
    expect(getComputedStyle(row).borderBottomColor).to.equal(getComputedStyle(probe).color);
    probe.style.color = 'LinkText';
    expect(getComputedStyle(el.querySelector('a')!).color).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('a plain <dl class="polder-summary-list"> is styled in a page without JavaScript', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/summary-list/summary-list.css">' +
      '<dl class="polder-summary-list"><div class="polder-summary-list__row"><dt class="polder-summary-list__key">Naam</dt>' +
      '<dd class="polder-summary-list__value">Sarah</dd><dd class="polder-summary-list__actions"><a href="#n">Wijzigen' +
      '<span class="polder-summary-list__action-key"> naam</span></a></dd></div></dl>';
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="no-js" srcdoc=${page}></iframe>`);
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    expect(doc.defaultView!.customElements.get('polder-summary-list')).to.equal(undefined);
    const style = doc.defaultView!.getComputedStyle(doc.querySelector('dt')!);
    expect(Number(style.fontWeight)).to.equal(700);
    const row = doc.defaultView!.getComputedStyle(doc.querySelector('.polder-summary-list__row')!);
    expect(row.borderBottomStyle).to.equal('solid');
  });

  it('without a <dl> child it warns once, naming the element', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PolderSummaryList>(html`<polder-summary-list><p>x</p></polder-summary-list>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal(['<polder-summary-list>: expects a <dl> child with <div> rows of <dt> and <dd>.']);
  });
  it('the element module loads on the server (@lit-labs/ssr) and the element hydrates without a warning or error', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderSummaryList;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderSummaryList>(
        html`<polder-summary-list
          ><dl>
            <div>
              <dt>Naam</dt>
              <dd>Sarah</dd>
              <dd><a href="#n">Wijzigen</a></dd>
            </div>
          </dl></polder-summary-list
        >`,
        { modules: ['./define.js'] },
      );
      await el.updateComplete;
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    expect(el.querySelector('dl')!.classList.contains('polder-summary-list')).to.equal(true);
    expect(text('polder-summary-list a')).to.equal('Wijzigen naam');
    cleanupFixtures();
  });

  it('a hydrated summary list names its action "Wijzigen naam" (Chromium only)', async () => {
    const el = await ssrHydratedFixture<PolderSummaryList>(
      html`<polder-summary-list
        ><dl>
          <div>
            <dt>Naam</dt>
            <dd>Sarah</dd>
            <dd><a href="#n">Wijzigen</a></dd>
          </div>
        </dl></polder-summary-list
      >`,
      { modules: ['./define.js'] },
    );
    await el.updateComplete;
    expect((await axNode('polder-summary-list a')).name).to.equal('Wijzigen naam');
    cleanupFixtures();
  });
});
