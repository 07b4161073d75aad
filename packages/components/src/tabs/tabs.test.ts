// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { adoptStyles } from '../styles/adopt-styles.js';
import { axNode, axTree, captureWarnings } from '../test-helpers/index.js';
import { PolderTabs } from './define.js';
import styles from './tabs.styles.js';

const sample = (activation = 'automatic') =>
  html`<div>
    <button id="before">Voor</button>
    <polder-tabs label="Mijn gegevens" activation=${activation}>
      <polder-tab>Persoonlijk</polder-tab>
      <polder-tab-panel><p>Naam en adres</p></polder-tab-panel>
      <polder-tab>Vergunningen</polder-tab>
      <polder-tab-panel><p>Eén parkeervergunning</p></polder-tab-panel>
      <polder-tab>Betalingen</polder-tab>
      <polder-tab-panel><p>Niets open</p></polder-tab-panel>
    </polder-tabs>
  </div>`;

async function setup(activation?: string) {
  const wrapper = await fixture<HTMLElement>(sample(activation));
  const el = wrapper.querySelector('polder-tabs')!;
  await el.updateComplete;
  await nextFrame();
  return { el, tabs: el.tabs, panels: el.panels };
}

const shownPanels = (el: PolderTabs) => el.panels.filter((p) => p.checkVisibility()).map((p) => p.textContent!.trim());
const focused = () => document.activeElement;

describe('polder-tabs', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('has a named tab list, tabs with aria-selected and aria-controls, panels labelled by their tab', async () => {
    const { el, tabs, panels } = await setup();
    expect(el.shadowRoot!.querySelector('[role=tablist]')!.getAttribute('aria-label')).to.equal('Mijn gegevens');
    tabs.forEach((tab, i) => {
      expect(tab.getAttribute('role')).to.equal('tab');
      expect(tab.getAttribute('aria-selected')).to.equal(String(i === 0));
      expect(tab.getAttribute('aria-controls')).to.equal(panels[i].id);
      expect(panels[i].getAttribute('role')).to.equal('tabpanel');
      expect(panels[i].getAttribute('aria-labelledby')).to.equal(tab.id);
    });
    expect(tabs[0].textContent!.trim()).to.equal('Persoonlijk');
    expect(shownPanels(el)).to.deep.equal(['Naam en adres']);
  });

  it('exposes the named tab list, the selected tab and its panel in the accessibility tree (Chromium only)', async () => {
    const { el } = await setup();
    const list = await axNode(['polder-tabs', '[role=tablist]']);
    expect(list.role).to.equal('tablist');
    expect(list.name).to.equal('Mijn gegevens');
    const tab = await axNode('polder-tab');
    expect(tab.role).to.equal('tab');
    expect(tab.name).to.equal('Persoonlijk');
    expect(tab.selected).to.equal(true);
    const panel = await axNode('polder-tab-panel');
    expect(panel.role).to.equal('tabpanel');
    expect(panel.name).to.equal('Persoonlijk');
    expect(shownPanels(el)).to.deep.equal(['Naam en adres']);
  });

  it('is accessible with every tab selected', async () => {
    const { el, tabs } = await setup();
    for (const tab of tabs) {
      tab.click();
      await expect(el).to.be.accessible();
    }
  });

  it('is accessible with every tab selected, in dark (Chromium only)', async () => {
    const { el, tabs } = await setup();
    await emulateMedia({ colorScheme: 'dark' });
    for (const tab of tabs) {
      tab.click();
      await expect(el).to.be.accessible();
    }
  });

  it('Tab enters at the selected tab and then moves to its panel', async () => {
    const { el, tabs, panels } = await setup();
    el.selectedIndex = 1;
    document.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(tabs[1]);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(panels[1]);
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused()).to.equal(tabs[1]);
  });

  it('automatic activation: Right and Left move and select, wrapping around; Home and End jump', async () => {
    const { el, tabs } = await setup();
    tabs[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(tabs[1]);
    expect(tabs[1].getAttribute('aria-selected')).to.equal('true');
    expect(tabs[0].getAttribute('aria-selected')).to.equal('false');
    expect(tabs[0].tabIndex).to.equal(-1);
    expect(shownPanels(el)).to.deep.equal(['Eén parkeervergunning']);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(tabs[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal(tabs[2]);
    expect(shownPanels(el)).to.deep.equal(['Niets open']);
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(tabs[0]);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(tabs[2]);
    expect(tabs[2].selected).to.equal(true);
  });

  it('manual activation: arrows move focus only; Enter or Space selects', async () => {
    const { el, tabs } = await setup('manual');
    tabs[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(tabs[1]);
    expect(tabs[0].getAttribute('aria-selected')).to.equal('true');
    expect(shownPanels(el)).to.deep.equal(['Naam en adres']);
    const changed = oneEvent(el, 'polder-tab-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.index).to.equal(1);
    expect(tabs[1].getAttribute('aria-selected')).to.equal('true');
    expect(shownPanels(el)).to.deep.equal(['Eén parkeervergunning']);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Space' });
    expect(tabs[2].selected).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a click selects a tab and fires polder-tab-change', async () => {
    const { el, tabs } = await setup();
    const changed = oneEvent(el, 'polder-tab-change');
    tabs[2].click();
    expect((await changed).detail.index).to.equal(2);
    expect(focused()).to.equal(tabs[2]);
    expect(shownPanels(el)).to.deep.equal(['Niets open']);
  });

  it('starts at the tab marked selected', async () => {
    const wrapper = await fixture(
      html`<polder-tabs>
        <polder-tab>Een</polder-tab><polder-tab selected>Twee</polder-tab> <polder-tab-panel>1</polder-tab-panel
        ><polder-tab-panel>2</polder-tab-panel>
      </polder-tabs>`,
    );
    const el = wrapper as PolderTabs;
    await el.updateComplete;
    expect(el.selectedIndex).to.equal(1);
    expect(shownPanels(el)).to.deep.equal(['2']);
  });

  it('right to left: Left moves to the next tab', async () => {
    const wrapper = await fixture(html`<div dir="rtl">${sample()}</div>`);
    const el = wrapper.querySelector('polder-tabs')!;
    await el.updateComplete;
    el.tabs[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal(el.tabs[1]);
  });

  it('a bad activation value falls back to automatic with one warning that names it', async () => {
    const warnings = await captureWarnings(async () => {
      const { tabs } = await setup('handmatig');
      tabs[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(tabs[2].selected).to.equal(true);
    });
    expect(warnings).to.deep.equal([
      '<polder-tabs>: unknown activation "handmatig"; using "automatic". Expected one of: automatic, manual.',
    ]);
  });

  const markupLike = () =>
    fixture(
      html`<polder-tabs
        ><polder-tab>${'<img src=x onerror=alert(1)>'}</polder-tab><polder-tab-panel>x</polder-tab-panel></polder-tabs
      >`,
    );

  it('shows markup-like text as text', async () => {
    const wrapper = await markupLike();
    expect(wrapper.querySelector('img')).to.equal(null);
    expect(wrapper.querySelector('polder-tab')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('names a tab by markup-like text as text in the accessibility tree (Chromium only)', async () => {
    await markupLike();
    expect((await axNode('polder-tab')).name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reflows at 320 CSS px: tabs wrap, no horizontal scroll; tabs are at least 24 px high', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el, tabs } = await setup();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const tab of tabs) expect(tab.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('uses system colours in forced-colors mode; the selected tab differs by more than colour (Chromium only)', async () => {
    const { tabs } = await setup();
    await emulateMedia({ forcedColors: 'active' });
    const probe = document.createElement('button');
    probe.style.color = 'ButtonText';
    document.body.append(probe);
    const label = (i: number) => tabs[i].shadowRoot!.querySelector('.polder-tabs__tab')!;
    expect(getComputedStyle(label(1)).color).to.equal(getComputedStyle(probe).color);
    expect(getComputedStyle(label(0)).fontWeight).to.not.equal(getComputedStyle(label(1)).fontWeight);
    expect(getComputedStyle(label(0)).borderTopWidth).to.not.equal(getComputedStyle(label(1)).borderTopWidth);
    probe.remove();
  });

  it('works as plain classes without JavaScript: headings and every panel', async () => {
    adoptStyles(document, styles);
    const wrapper = await fixture(
      html`<div class="polder-tabs">
        <h2 class="polder-tabs__heading">Persoonlijk</h2>
        <div class="polder-tabs__panel"><p>Naam</p></div>
        <h2 class="polder-tabs__heading">Betalingen</h2>
        <div class="polder-tabs__panel"><p>Niets</p></div>
      </div>`,
    );
    expect([...wrapper.querySelectorAll('p')].every((p) => p.checkVisibility())).to.equal(true);
    expect(getComputedStyle(wrapper.querySelector('h2')!).fontWeight).to.equal('700');
    await expect(wrapper).to.be.accessible();
  });

  const serverRendered = () =>
    ssrNonHydratedFixture<PolderTabs>(
      html`<polder-tabs>
        <polder-tab>Persoonlijk</polder-tab>
        <polder-tab-panel><p>Naam en adres</p></polder-tab-panel>
        <polder-tab>Betalingen</polder-tab>
        <polder-tab-panel><p>Niets open</p></polder-tab-panel>
      </polder-tabs>`,
      { modules: ['./define.js'] },
    );

  it('server-rendered, without JavaScript: the headings are the only headings in the accessibility tree (Chromium only)', async () => {
    await serverRendered();
    const tree = (await axTree()).filter(
      (n) => n.role === 'heading' || n.role === 'paragraph' || n.role === 'StaticText',
    );
    const order = tree.map((n) => `${n.role}:${n.name}`).filter((s) => !s.startsWith('StaticText') && !s.endsWith(':'));
    expect(order).to.deep.equal(['heading:Persoonlijk', 'heading:Betalingen']);
  });

  it('server-rendered, without JavaScript: every panel shows in order under its heading', async () => {
    const el = await serverRendered();
    expect(el.shadowRoot!.querySelector('[role=tablist]')).to.equal(null);
    expect([...el.querySelectorAll('p')].every((p) => p.checkVisibility())).to.equal(true);
    // In reading order: heading, its panel, the next heading, its panel.
    const headings = [...el.querySelectorAll('polder-tab')].map((t) => t.shadowRoot!.querySelector('[role=heading]')!);
    const [first, second] = el.querySelectorAll('p');
    const top = (e: Element) => e.getBoundingClientRect().top;
    expect(top(headings[0])).to.be.lessThan(top(first));
    expect(top(first)).to.be.lessThan(top(headings[1]));
    expect(top(headings[1])).to.be.lessThan(top(second));
    await expect(el).to.be.accessible();
  });

  it('hydrates without a warning or error, then becomes tabs', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderTabs;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderTabs>(
        html`<polder-tabs label="Gegevens">
          <polder-tab>Persoonlijk</polder-tab>
          <polder-tab-panel><p>Naam en adres</p></polder-tab-panel>
          <polder-tab>Betalingen</polder-tab>
          <polder-tab-panel><p>Niets open</p></polder-tab-panel>
        </polder-tabs>`,
        { modules: ['./define.js'] },
      );
      // The fixture defers hydration of every element and releases only the outer one; a page's own hydration
      // releases the nested ones.
      for (const child of el.querySelectorAll('[defer-hydration]')) child.removeAttribute('defer-hydration');
      await el.updateComplete;
      await nextFrame();
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    await el.tabs[1].updateComplete;
    expect(el.shadowRoot!.querySelector('[role=tablist]')).to.not.equal(null);
    expect(shownPanels(el)).to.deep.equal(['Naam en adres']);
    expect(el.tabs[1].shadowRoot!.querySelector('[role=heading]')).to.equal(null);
    el.tabs[1].click();
    expect(shownPanels(el)).to.deep.equal(['Niets open']);
    await expect(el).to.be.accessible();
  });
});
