// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { adoptStyles } from '../styles/adopt-styles.js';
import { axNode, captureWarnings } from '../test-helpers/index.js';
import styles from './accordion.styles.js';
import { PolderAccordion, PolderAccordionSection } from './define.js';

const sample = html`<polder-accordion>
  <polder-accordion-section heading="Wie kan een vergunning aanvragen?">
    <p>Iedereen die in de wijk woont.</p>
  </polder-accordion-section>
  <polder-accordion-section heading="Wat kost een vergunning?" expanded>
    <p>€ 120 per jaar.</p>
  </polder-accordion-section>
  <polder-accordion-section heading="Hoe lang duurt het?"><p>Acht weken.</p></polder-accordion-section>
</polder-accordion>`;

async function setup(template = sample) {
  const el = await fixture<PolderAccordion>(template);
  await el.updateComplete;
  await nextFrame();
  return { el, sections: el.sections };
}

const toggleAll = (el: PolderAccordion) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('.polder-accordion__toggle-all')!;
const content = (s: PolderAccordionSection) => s.shadowRoot!.querySelector<HTMLElement>('.polder-accordion__content')!;
const shown = (s: PolderAccordionSection) => s.querySelector('p')!.checkVisibility();
const active = () => {
  let node: Element | null = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
};

describe('polder-accordion', () => {
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('each section heading is a heading with a button that has aria-expanded and aria-controls (Chromium only)', async () => {
    const { sections } = await setup();
    const [first, second] = sections;
    const button = first.button!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const controlled = first.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
    expect(controlled).to.equal(content(first));
    expect(second.button!.getAttribute('aria-expanded')).to.equal('true');
    const heading = await axNode(['polder-accordion-section', '.polder-accordion__heading']);
    expect(heading.role).to.equal('heading');
    expect(heading.level).to.equal(2);
    const node = await axNode(['polder-accordion-section', 'button']);
    expect(node.role).to.equal('button');
    expect(node.name).to.equal('Wie kan een vergunning aanvragen?');
    expect(node.expanded).to.equal(false);
  });

  it('collapsed content is hidden="until-found"; expanded content is shown', async () => {
    const { sections } = await setup();
    // One line between sections, one under the last.
    const box = (s: PolderAccordionSection) => s.shadowRoot!.querySelector('.polder-accordion__section')!;
    expect(getComputedStyle(box(sections[0])).borderBottomStyle).to.equal('none');
    expect(getComputedStyle(box(sections[2])).borderBottomStyle).to.equal('solid');
    expect(content(sections[0]).getAttribute('hidden')).to.equal('until-found');
    expect(shown(sections[0])).to.equal(false);
    expect(content(sections[1]).hasAttribute('hidden')).to.equal(false);
    expect(shown(sections[1])).to.equal(true);
  });

  it('is accessible collapsed, partly expanded and all expanded, in light and dark (Chromium only)', async () => {
    const { el } = await setup();
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    toggleAll(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    await expect(el).to.be.accessible();
  });

  it('Enter and Space on a focused section button toggle it (APG accordion)', async () => {
    const { el, sections } = await setup();
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(toggleAll(el));
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(sections[0].button);
    let toggled = oneEvent(sections[0], 'toggle');
    await sendKeys({ press: 'Enter' });
    expect(((await toggled) as unknown as ToggleEvent).newState).to.equal('open');
    expect(sections[0].expanded).to.equal(true);
    expect(sections[0].hasAttribute('expanded')).to.equal(true);
    expect(sections[0].button!.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(sections[0])).to.equal(true);
    toggled = oneEvent(sections[0], 'toggle');
    await sendKeys({ press: 'Space' });
    expect(((await toggled) as unknown as ToggleEvent).newState).to.equal('closed');
    expect(sections[0].expanded).to.equal(false);
    expect(shown(sections[0])).to.equal(false);
    // Tab moves on to the next header (the collapsed content has nothing focusable in the way).
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(sections[1].button);
  });

  it('"Alle secties tonen" opens every section, then reads "Alle secties verbergen" and closes them', async () => {
    const { el, sections } = await setup();
    const button = toggleAll(el);
    expect(button.textContent!.trim()).to.equal('Alle secties tonen');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(sections.every((s) => s.expanded)).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Alle secties verbergen');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(sections.some((s) => s.expanded)).to.equal(false);
    // Opening the sections one by one also updates it.
    for (const s of sections) s.button!.click();
    await el.updateComplete;
    await sections[2].updateComplete;
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Alle secties verbergen');
  });

  it('speaks English under lang="en" and takes per-instance strings (Chromium only)', async () => {
    const wrapper = await fixture(html`<div lang="en">${sample}</div>`);
    const el = wrapper.querySelector('polder-accordion')!;
    await el.updateComplete;
    expect((await axNode(['polder-accordion', '.polder-accordion__toggle-all'])).name).to.equal('Show all sections');
    el.strings = { showAll: 'Open everything' };
    await el.updateComplete;
    expect(toggleAll(el).textContent!.trim()).to.equal('Open everything');
  });

  it('find-in-page opens a collapsed section (beforematch)', async () => {
    const { sections } = await setup();
    const toggled = oneEvent(sections[2], 'toggle');
    // Find-in-page (Ctrl+F) is browser UI that a test cannot drive, and window.find() does not reveal
    // hidden="until-found" content. The browser fires `beforematch` on the hidden element and removes `hidden`
    // before it scrolls to the match: do the same.
    const hidden = content(sections[2]);
    expect(hidden.getAttribute('hidden')).to.equal('until-found');
    hidden.removeAttribute('hidden');
    hidden.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await toggled;
    expect(sections[2].expanded).to.equal(true);
    expect(sections[2].button!.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(sections[2])).to.equal(true);
  });

  it('takes the heading level from the accordion or the section', async () => {
    const { sections } = await setup(
      html`<polder-accordion heading-level="3">
        <polder-accordion-section heading="A">a</polder-accordion-section>
        <polder-accordion-section heading="B" heading-level="4">b</polder-accordion-section>
      </polder-accordion>`,
    );
    await sections[0].updateComplete;
    expect(sections[0].shadowRoot!.querySelector('h3')).to.not.equal(null);
    expect(sections[1].shadowRoot!.querySelector('h4')).to.not.equal(null);
  });

  it('takes rich heading text from the heading slot (Chromium only)', async () => {
    const { el } = await setup(
      html`<polder-accordion>
        <polder-accordion-section
          ><span slot="heading">Kosten <em>2025</em></span
          >x</polder-accordion-section
        >
      </polder-accordion>`,
    );
    expect((await axNode(['polder-accordion-section', 'button'])).name).to.equal('Kosten 2025');
    await expect(el).to.be.accessible();
  });

  it('shows markup-like text as text (Chromium only)', async () => {
    const { sections } = await setup(
      html`<polder-accordion>
        <polder-accordion-section heading=${'<img src=x onerror=alert(1)>'}>x</polder-accordion-section>
      </polder-accordion>`,
    );
    expect(sections[0].shadowRoot!.querySelector('img')).to.equal(null);
    expect((await axNode(['polder-accordion-section', 'button'])).name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reflows at 320 CSS px; the buttons are at least 24 px high', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el, sections } = await setup(
      html`<polder-accordion>
        <polder-accordion-section expanded heading="Hoe lang duurt het voordat ik een besluit krijg over mijn aanvraag?"
          >Kinderopvangtoeslagaanvraagformulieren</polder-accordion-section
        >
      </polder-accordion>`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(toggleAll(el).getBoundingClientRect().height).to.be.at.least(24);
    expect(sections[0].button!.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const { sections } = await setup();
    await emulateMedia({ forcedColors: 'active' });
    const probe = document.createElement('button');
    probe.style.color = 'ButtonText';
    document.body.append(probe);
    const button = sections[0].button!;
    expect(getComputedStyle(button).color).to.equal(getComputedStyle(probe).color);
    const icon = button.querySelector('.polder-accordion__icon')!;
    expect(getComputedStyle(icon).backgroundColor).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('works as plain classes without JavaScript: headings and all content shown', async () => {
    adoptStyles(document, styles);
    const wrapper = await fixture(
      html`<div class="polder-accordion">
        <div class="polder-accordion__section">
          <h2 class="polder-accordion__heading"><span class="polder-accordion__heading-text">Kosten</span></h2>
          <div class="polder-accordion__content"><p>€ 120</p></div>
        </div>
      </div>`,
    );
    const section = wrapper.querySelector('.polder-accordion__section')!;
    expect(getComputedStyle(section).borderBlockEndStyle).to.equal('solid');
    expect(wrapper.querySelector('p')!.checkVisibility()).to.equal(true);
    await expect(wrapper).to.be.accessible();
  });

  it('server-rendered, without JavaScript: plain headings, every section shown, no dead buttons', async () => {
    const el = await ssrNonHydratedFixture<PolderAccordion>(sample, { modules: ['./define.js'] });
    const sections = [...el.querySelectorAll('polder-accordion-section')];
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    for (const s of sections) {
      expect(s.shadowRoot!.querySelector('button')).to.equal(null);
      expect(s.shadowRoot!.querySelector('h2')!.textContent).to.not.equal('');
      expect(s.querySelector('p')!.checkVisibility()).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('hydrates without a warning or error, then becomes interactive with the collapsed state', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderAccordion;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderAccordion>(sample, { modules: ['./define.js'] });
      // The fixture defers hydration of every element and releases only the outer one; a page's own hydration
      // releases the nested ones.
      for (const s of el.querySelectorAll('[defer-hydration]')) s.removeAttribute('defer-hydration');
      await el.updateComplete;
      await nextFrame();
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    const sections = el.sections;
    await sections[0].updateComplete;
    expect(sections[0].button!.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(sections[0])).to.equal(false);
    expect(shown(sections[1])).to.equal(true);
    expect(toggleAll(el)).to.not.equal(null);
    sections[0].button!.click();
    await sections[0].updateComplete;
    expect(shown(sections[0])).to.equal(true);
  });
});
