// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  axNode,
  axTree,
  captureWarnings,
  insertServerHtml,
  serverRender,
  systemColor,
  frameLoaded,
} from '../test-helpers/index.js';
import { loadTheme } from '../test-helpers/theme.js';
import { PolderProgressSteps } from './define.js';

const templates = new URL('./progress-steps.template.ts', import.meta.url);

const steps = (current: number, orientation = 'vertical') =>
  html`<polder-progress-steps current=${current} orientation=${orientation}>
    <ol>
      <li><a href="#gegevens">Uw gegevens</a></li>
      <li><a href="#aanvraag">Uw aanvraag</a></li>
      <li>Controleren</li>
      <li>Versturen</li>
    </ol>
  </polder-progress-steps>`;

const items = (el: Element) => [...el.querySelectorAll('li')];

describe('polder-progress-steps', () => {
  before(() => loadTheme());

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps a named ordered list in light DOM, with aria-current="step" on the current step only (Chromium only)', async () => {
    const el = await fixture<PolderProgressSteps>(steps(3));
    expect(el.shadowRoot).to.equal(null);
    const ol = el.querySelector('ol')!;
    expect(ol.classList.contains('polder-progress-steps')).to.equal(true);
    const list = await axNode('polder-progress-steps ol');
    expect(list.role).to.equal('list');
    expect(list.name).to.equal('Voortgang');
    expect(items(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null]);
    // (Chromium's DevTools protocol does not expose aria-current; axe checks its value.)
    expect((await axNode('polder-progress-steps li:nth-child(3)')).role).to.equal('listitem');
  });

  it('marks completed steps in text ("Voltooid") and with a check mark, not by colour alone (Chromium only)', async () => {
    const el = await fixture<PolderProgressSteps>(steps(3));
    const [one, two, three, four] = items(el);
    for (const done of [one, two]) {
      expect(done.querySelector('.polder-progress-steps__status')!.textContent).to.equal('Voltooid');
      expect(getComputedStyle(done, '::before').content).to.contain('✓');
    }
    for (const open of [three, four]) expect(open.querySelector('.polder-progress-steps__status')).to.equal(null);
    expect(getComputedStyle(three, '::before').content).to.not.contain('✓');
    const texts = (await axTree()).filter((n) => n.role === 'StaticText').map((n) => n.name);
    expect(texts.filter((t) => t === 'Voltooid')).to.have.length(2);
    // The markers are decoration: their numbers and check marks are not read out.
    expect(texts).to.not.include('✓');
  });

  for (const current of [1, 3, 5]) {
    it(`current ${current} is accessible in light and dark (Chromium only)`, async () => {
      const el = await fixture<PolderProgressSteps>(steps(current));
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });
  }

  it('one past the last step marks every step complete and none current', async () => {
    const el = await fixture<PolderProgressSteps>(steps(5));
    expect(el.querySelectorAll('[aria-current]')).to.have.length(0);
    expect(el.querySelectorAll('.polder-progress-steps__status')).to.have.length(4);
  });

  it('follows a change of current and of the steps without duplicating texts', async () => {
    const el = await fixture<PolderProgressSteps>(steps(2));
    el.current = 4;
    await el.updateComplete;
    expect(items(el)[3].getAttribute('aria-current')).to.equal('step');
    expect(el.querySelectorAll('.polder-progress-steps__status')).to.have.length(3);
    el.current = 1;
    await el.updateComplete;
    expect(el.querySelectorAll('.polder-progress-steps__status')).to.have.length(0);
    const li = document.createElement('li');
    li.textContent = 'Betalen';
    el.querySelector('ol')!.prepend(li);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(li.getAttribute('aria-current')).to.equal('step');
    expect(li.classList.contains('polder-progress-steps__step')).to.equal(true);
  });

  it('links to completed steps are reachable with the keyboard and show focus', async () => {
    const el = await fixture<PolderProgressSteps>(steps(3));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('a'));
    expect(getComputedStyle(document.activeElement!).outlineStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en" and takes a label and per-instance strings (Chromium only)', async () => {
    const wrapper = await fixture(html`<div lang="en">${steps(2)}</div>`);
    const el = wrapper.querySelector<PolderProgressSteps>('polder-progress-steps')!;
    expect((await axNode('polder-progress-steps ol')).name).to.equal('Progress');
    expect(el.querySelector('.polder-progress-steps__status')!.textContent).to.equal('Completed');
    el.label = 'Steps to apply';
    el.strings = { complete: 'Done' };
    await el.updateComplete;
    expect((await axNode('polder-progress-steps ol')).name).to.equal('Steps to apply');
    expect(el.querySelector('.polder-progress-steps__status')!.textContent).to.equal('Done');
  });

  it('horizontal when wide, vertical at 320 CSS px without horizontal scrolling', async () => {
    const el = await fixture<PolderProgressSteps>(steps(2, 'horizontal'));
    const ol = el.querySelector('ol')!;
    expect(ol.classList.contains('polder-progress-steps--horizontal')).to.equal(true);
    expect(getComputedStyle(ol).flexDirection).to.equal('row');
    await setViewport({ width: 320, height: 640 });
    expect(getComputedStyle(ol).flexDirection).to.equal('column');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('uses system colours in forced-colors mode, the completed marker filled (Chromium only)', async () => {
    const el = await fixture<PolderProgressSteps>(steps(2));
    await emulateMedia({ forcedColors: 'active' });
    const done = getComputedStyle(items(el)[0], '::before');
    expect(done.backgroundColor).to.equal(systemColor('CanvasText'));
    expect(getComputedStyle(items(el)[1], '::before').borderTopColor).to.equal(systemColor('CanvasText'));
  });

  it('shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<PolderProgressSteps>(
      html`<polder-progress-steps current="2" label=${evil}
        ><ol>
          <li>${evil}</li>
          <li>b</li>
        </ol></polder-progress-steps
      >`,
    );
    el.strings = { complete: evil };
    await el.updateComplete;
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('.polder-progress-steps__status')!.textContent).to.equal(evil);
    expect(el.querySelector('ol')!.getAttribute('aria-label')).to.equal(evil);
  });

  it('renders on the server, and the element adopts that markup as it is', async () => {
    const state = {
      steps: [{ label: 'Uw gegevens', href: '#g' }, { label: '<b>Controleren</b>' }, { label: 'Versturen' }],
      current: 2,
      orientation: 'vertical',
      label: 'Voortgang',
      completeText: 'Voltooid',
    };
    const markup = await serverRender(templates, 'renderProgressSteps', state);
    expect(markup).to.contain('aria-current="step"');
    expect(markup).to.contain('&lt;b&gt;Controleren&lt;/b&gt;');
    const wrapper = insertServerHtml(markup);
    const el = wrapper.querySelector<PolderProgressSteps>('polder-progress-steps')!;
    const first = el.querySelector('li')!;
    await el.updateComplete;
    expect(el.querySelector('li')).to.equal(first);
    expect(el.querySelectorAll('.polder-progress-steps__status')).to.have.length(1);
    expect(items(el)[1].getAttribute('aria-current')).to.equal('step');
    expect(el.querySelector('b')).to.equal(null);
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('the plain classes style the list in a page without JavaScript', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/progress-steps/progress-steps.css">' +
      '<ol class="polder-progress-steps" aria-label="Voortgang"><li class="polder-progress-steps__step polder-progress-steps__step--complete">Een' +
      '<span class="polder-progress-steps__status">Voltooid</span></li>' +
      '<li class="polder-progress-steps__step polder-progress-steps__step--current" aria-current="step">Twee</li></ol>';
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="no-js" srcdoc=${page}></iframe>`);
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    expect(view.getComputedStyle(doc.querySelector('ol')!).listStyleType).to.equal('none');
    expect(view.getComputedStyle(doc.querySelector('li')!, '::before').content).to.contain('✓');
    expect(view.getComputedStyle(doc.querySelector('[aria-current]')!, '::before').content).to.contain('counter');
  });

  it('a misspelled orientation falls back to vertical with one warning naming element and value', async () => {
    let el!: PolderProgressSteps;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PolderProgressSteps>(steps(1, 'sideways'));
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(el.querySelector('ol')!.classList.contains('polder-progress-steps--horizontal')).to.equal(false);
    expect(warnings).to.deep.equal([
      '<polder-progress-steps>: unknown orientation "sideways"; using "vertical". Expected one of: vertical, horizontal.',
    ]);
  });
  it('the element module loads on the server (@lit-labs/ssr) and the element hydrates without a warning or error', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderProgressSteps;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderProgressSteps>(
        html`<polder-progress-steps current="2"
          ><ol>
            <li>Een</li>
            <li>Twee</li>
          </ol></polder-progress-steps
        >`,
        { modules: ['./define.js'] },
      );
      await el.updateComplete;
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    expect(el.querySelectorAll('li')[1].getAttribute('aria-current')).to.equal('step');
    expect(el.querySelector('.polder-progress-steps__status')!.textContent).to.equal('Voltooid');
    cleanupFixtures();
  });
});
