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

describe('polder-summary-list', () => {
  before(() => loadTheme());

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the <dl> in light DOM, adds the public classes and is a description list for assistive technology (Chromium only)', async () => {
    const el = await fixture<PolderSummaryList>(answers);
    expect(el.shadowRoot).to.equal(null);
    const dl = el.querySelector('dl')!;
    expect(dl.className).to.equal('polder-summary-list');
    expect(dl.querySelectorAll('.polder-summary-list__row')).to.have.length(4);
    expect(dl.querySelectorAll('dt.polder-summary-list__key')).to.have.length(4);
    expect(dl.querySelectorAll('dd.polder-summary-list__value')).to.have.length(4);
    expect(dl.querySelectorAll('dd.polder-summary-list__actions')).to.have.length(3);
    const roles = [
      (await axNode('polder-summary-list dl')).role,
      (await axNode('polder-summary-list dt')).role,
      (await axNode('polder-summary-list dd')).role,
    ];
    expect(roles).to.deep.equal(['DescriptionList', 'term', 'definition']);
  });

  it('is accessible in light and dark (Chromium only)', async () => {
    const el = await fixture<PolderSummaryList>(answers);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('adds the row key to each action name: "Wijzigen" reads "Wijzigen naam" (Chromium only)', async () => {
    await fixture<PolderSummaryList>(answers);
    expect((await axNode('a[href="#naam"]')).name).to.equal('Wijzigen naam');
    expect((await axNode('a[href="#bsn"]')).name).to.equal('Wijzigen BSN');
    expect((await axNode('a[href="#adres"]')).name).to.equal('Wijzigen adres');
    expect((await axNode('a[href="#adres-weg"]')).name).to.equal('Verwijderen adres');
    const hidden = document.querySelector('a[href="#naam"] .polder-summary-list__action-key')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('follows content that changes later, without adding the key twice (Chromium only)', async () => {
    const el = await fixture<PolderSummaryList>(answers);
    el.querySelector('dt')!.textContent = 'Volledige naam';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect((await axNode('a[href="#naam"]')).name).to.equal('Wijzigen volledige naam');
    const row = document.createElement('div');
    row.innerHTML = '<dt>E-mailadres</dt><dd>s@example.nl</dd><dd><button type="button">Wijzigen</button></dd>';
    el.querySelector('dl')!.append(row);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect((await axNode('polder-summary-list button')).name).to.equal('Wijzigen e-mailadres');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.querySelectorAll('a[href="#naam"] .polder-summary-list__action-key')).to.have.length(1);
  });

  it('leaves actions alone that the author named already (Chromium only)', async () => {
    await fixture(
      html`<polder-summary-list>
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
      </polder-summary-list>`,
    );
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

  it('English content works the same: "Change" reads "Change date of birth" (Chromium only)', async () => {
    await fixture(
      html`<polder-summary-list lang="en">
        <dl>
          <div>
            <dt>Date of birth</dt>
            <dd>5 January 1978</dd>
            <dd><a href="#dob">Change</a></dd>
          </div>
        </dl>
      </polder-summary-list>`,
    );
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

  it('renders on the server, and the element adopts that markup without adding the key again (Chromium only)', async () => {
    const rows = [
      { key: 'Naam', value: 'Sarah Philips', actions: [{ href: '#naam', text: 'Wijzigen' }] },
      { key: '<b>x</b>', value: '<img src=x onerror=alert(1)>' },
    ];
    const markup = await serverRender(templates, 'renderSummaryList', rows);
    expect(markup).to.contain('<dl class="polder-summary-list">');
    expect(markup).to.contain('&lt;img src=x onerror=alert(1)&gt;');
    const wrapper = insertServerHtml(markup);
    const el = wrapper.querySelector<PolderSummaryList>('polder-summary-list')!;
    await el.updateComplete;
    expect(el.querySelectorAll('.polder-summary-list__action-key')).to.have.length(1);
    expect((await axNode('a[href="#naam"]')).name).to.equal('Wijzigen naam');
    expect(el.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
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

  it('inside another shadow root it adopts its stylesheet there (Chromium only)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div id="shadow-host"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<polder-summary-list><dl><div><dt>Naam</dt><dd>Sarah</dd><dd><a href="#n">Wijzigen</a></dd></div></dl></polder-summary-list>';
    const el = root.querySelector<PolderSummaryList>('polder-summary-list')!;
    await el.updateComplete;
    expect(Number(getComputedStyle(root.querySelector('dt')!).fontWeight)).to.equal(700);
    expect(root.querySelector('.polder-summary-list__action-key')!.getBoundingClientRect().width).to.be.at.most(1);
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
  it('the element module loads on the server (@lit-labs/ssr) and the element hydrates without a warning or error (Chromium only)', async () => {
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
    expect((await axNode('polder-summary-list a')).name).to.equal('Wijzigen naam');
    cleanupFixtures();
  });
});
