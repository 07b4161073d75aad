import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  axNode,
  insertServerHtml,
  serverRender,
  setServerHtml,
  systemColor,
  frameLoaded,
} from '../test-helpers/index.js';
import { PolderErrorSummary } from './define.js';
import '../text-field/define.js';
import '../textarea/define.js';
import '../select/define.js';

const templates = new URL('./error-summary.template.ts', import.meta.url);
const links = (el: Element) =>
  [...el.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent!.replace(/\s+/g, ' ').trim()]);

/** A stand-in for a group control built on the foundation: two inputs, focus goes to the second. */
class TestGroup extends HTMLElement {
  errorMessage = '';
  get focusTarget() {
    return this.querySelectorAll('input')[1];
  }
  get labelElement() {
    return this.querySelector('legend');
  }
  connectedCallback() {
    this.addEventListener('invalid', () => (this.errorMessage = 'Kies een optie'), true);
  }
}
customElements.define('test-group', TestGroup);

async function attempt(form: HTMLFormElement, summary: PolderErrorSummary) {
  form.requestSubmit();
  await aTimeout(0);
  await summary.updateComplete;
}

const page = (content: unknown) =>
  fixture(
    html`<div>
      <polder-error-summary for="aanvraag"></polder-error-summary>
      <form id="aanvraag" action="/nowhere" @submit=${(e: Event) => e.preventDefault()}>${content}</form>
    </div>`,
  );

describe('polder-error-summary', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  it('is empty until a submit attempt, then lists every invalid field once, in order, and takes focus (Chromium only)', async () => {
    const wrapper = await page(html`
      <polder-text-field id="naam" label="Volledige naam" name="naam" required></polder-text-field>
      <polder-text-field label="E-mailadres" name="email" type="email" value="anne@" required></polder-text-field>
      <polder-textarea label="Toelichting" name="t" required></polder-textarea>
      <polder-select label="Provincie" name="p" required><option value="">Kies</option></polder-select>
      <test-group>
        <fieldset>
          <legend>Bezorging</legend>
          <input type="radio" name="b" value="1" aria-label="Een" required /><input
            type="radio"
            name="b"
            value="2"
            aria-label="Twee"
          />
        </fieldset>
      </test-group>
      <label for="plain">Plain</label><input id="plain" name="plain" required />
      <polder-text-field label="Goed" name="goed" value="ok" required></polder-text-field>
    `);
    const summary = wrapper.querySelector<PolderErrorSummary>('polder-error-summary')!;
    const form = wrapper.querySelector('form')!;
    expect(summary.querySelector('.polder-error-summary')).to.equal(null);
    await attempt(form, summary);
    const [naam, email, t, p] = form.querySelectorAll<HTMLElement & { control: HTMLElement }>(
      'polder-text-field, polder-textarea, polder-select',
    );
    const list = links(summary);
    expect(list.slice(0, 4)).to.deep.equal([
      [`#${naam.control.id}`, 'Vul uw volledige naam in'],
      [`#${email.control.id}`, 'Vul een e-mailadres in het juiste formaat in, zoals naam@voorbeeld.nl'],
      [`#${t.control.id}`, 'Vul uw toelichting in'],
      [`#${p.control.id}`, 'Kies uw provincie'],
    ]);
    expect(list[4]).to.deep.equal([`#${form.querySelectorAll('test-group input')[1].id}`, 'Kies een optie']);
    expect(list[5][0]).to.equal('#plain');
    expect(list).to.have.length(6);
    expect(summary.count).to.equal(6);
    expect(document.activeElement).to.equal(summary.querySelector('.polder-error-summary'));
    expect(summary.querySelector('[role=alert] h2')!.textContent).to.equal('Er is een probleem');
    const heading = await axNode('polder-error-summary h2');
    expect(heading.role).to.equal('heading');
    await expect(wrapper).to.be.accessible();
  });

  it('a link moves focus into the native control and scrolls its label into view', async () => {
    const wrapper = await page(html`
      <polder-text-field label="Naam" name="n" required></polder-text-field>
      <div style="block-size: 3000px"></div>
      <polder-text-field id="iban" label="IBAN" name="iban" required></polder-text-field>
      <div style="block-size: 3000px"></div>
    `);
    const summary = wrapper.querySelector<PolderErrorSummary>('polder-error-summary')!;
    await attempt(wrapper.querySelector('form')!, summary);
    const field = wrapper.querySelector<HTMLElement & { control: HTMLInputElement }>('#iban')!;
    const link = summary.querySelectorAll('a')[1];
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(field.control);
    const label = field.querySelector('label')!.getBoundingClientRect();
    expect(label.top).to.be.within(-1, 5);
    expect(location.hash).to.equal('');
  });

  it('shows server errors given as links, takes focus, and a link to the element or its control focuses the control', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-error-summary for="f"
          ><a href="#postcode">Vul een geldige postcode in</a><a href="#huisnummer-control">Vul uw huisnummer in</a
          ><a href="#groep">Kies een optie</a></polder-error-summary
        >
        <form id="f">
          <polder-text-field id="postcode" label="Postcode" error="Vul een geldige postcode in"></polder-text-field>
          <polder-text-field id="huisnummer" label="Huisnummer" error="Vul uw huisnummer in"></polder-text-field>
          <test-group id="groep"
            ><fieldset>
              <legend>Groep</legend>
              <input type="radio" name="g" aria-label="Een" /><input
                type="radio"
                name="g"
                aria-label="Twee"
              /></fieldset
          ></test-group>
        </form>
      </div>`,
    );
    const summary = wrapper.querySelector<PolderErrorSummary>('polder-error-summary')!;
    await summary.updateComplete;
    await aTimeout(0);
    expect(document.activeElement).to.equal(summary.querySelector('.polder-error-summary'));
    expect(summary.querySelectorAll('li > a').length).to.equal(3);
    const [a, b, c] = summary.querySelectorAll('a');
    a.click();
    expect(document.activeElement).to.equal(wrapper.querySelector('#postcode input'));
    b.click();
    expect(document.activeElement).to.equal(wrapper.querySelector('#huisnummer input'));
    c.click();
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('#groep input')[1]);
    await expect(wrapper).to.be.accessible();
  });

  it('clears when the form is submitted valid; speaks English; shows messages as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const wrapper = await fixture(
      html`<div lang="en">
        <polder-error-summary for="g"></polder-error-summary>
        <form id="g" @submit=${(e: Event) => e.preventDefault()}>
          <polder-text-field label="Name" name="n" required .strings=${{ valueMissing: evil }}></polder-text-field>
        </form>
      </div>`,
    );
    const summary = wrapper.querySelector<PolderErrorSummary>('polder-error-summary')!;
    const form = wrapper.querySelector('form')!;
    await attempt(form, summary);
    expect(summary.querySelector('h2')!.textContent).to.equal('There is a problem');
    expect(summary.querySelector('img')).to.equal(null);
    expect(links(summary)[0][1]).to.equal(evil);
    summary.strings = { heading: 'Check your answers' };
    await summary.updateComplete;
    expect(summary.querySelector('h2')!.textContent).to.equal('Check your answers');
    form.querySelector('input')!.value = 'Anne';
    await attempt(form, summary);
    expect(summary.querySelector('.polder-error-summary')).to.equal(null);
  });

  it('works with a form inside a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    setServerHtml(
      root,
      '<polder-error-summary for="s"></polder-error-summary><form id="s"><polder-text-field label="Naam" name="n" required></polder-text-field></form>',
    );
    const summary = root.querySelector<PolderErrorSummary>('polder-error-summary')!;
    await root.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('polder-text-field')!.updateComplete;
    await attempt(root.querySelector('form')!, summary);
    expect(links(summary).map(([, text]) => text)).to.deep.equal(['Vul uw naam in']);
    summary.querySelector('a')!.click();
    expect(root.activeElement).to.equal(root.querySelector('input'));
  });

  it('server-rendered markup is adopted, and without JavaScript its links are real links', async () => {
    const markup = await serverRender(templates, 'renderErrorSummary', {
      for: 'x',
      heading: 'Er is een probleem',
      errors: [{ href: '#naam', text: 'Vul uw naam in' }],
    });
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="zonder JavaScript"
        sandbox=${'allow-same-origin' as 'allow-forms'}
        srcdoc=${`<link rel="stylesheet" href="/packages/components/src/error-summary/error-summary.css">${markup}<label for="naam">Naam</label><input id="naam">`}
      ></iframe>`,
    );
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    expect(doc.querySelector('a')!.getAttribute('href')).to.equal('#naam');
    expect(doc.defaultView!.getComputedStyle(doc.querySelector('.polder-error-summary')!).borderTopStyle).to.equal(
      'solid',
    );
    const wrapper = insertServerHtml(markup);
    const summary = wrapper.querySelector<PolderErrorSummary>('polder-error-summary')!;
    await summary.updateComplete;
    expect(summary.querySelectorAll('.polder-error-summary').length).to.equal(1);
    expect(links(summary)).to.deep.equal([['#naam', 'Vul uw naam in']]);
    wrapper.remove();
  });

  it('renderErrorSummary with autofocus: the summary takes focus when the page loads, also without JavaScript', async () => {
    const markup = await serverRender(templates, 'renderErrorSummary', {
      for: 'x',
      heading: 'Er is een probleem',
      errors: [{ href: '#naam', text: 'Vul uw naam in' }],
      autofocus: true,
    });
    expect(markup).to.match(/<div class="polder-error-summary" tabindex="-1"[^>]* autofocus/);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="zonder JavaScript"
        sandbox=${'allow-same-origin' as 'allow-forms'}
        srcdoc=${`${markup}<label for="naam">Naam</label><input id="naam">`}
      ></iframe>`,
    );
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    expect(doc.querySelector('.polder-error-summary')!.hasAttribute('autofocus')).to.equal(true);
    const without = await serverRender(templates, 'renderErrorSummary', {
      heading: 'Er is een probleem',
      errors: [{ href: '#naam', text: 'Vul uw naam in' }],
    });
    expect(without).to.not.contain('autofocus');
  });

  it('passes axe in the dark scheme and uses system colours in forced-colors mode (Chromium only)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await fixture(
      html`<div>
        <polder-error-summary><a href="#q">Vul uw vraag in</a></polder-error-summary>
        <polder-textarea id="q" label="Vraag" error="Vul uw vraag in"></polder-textarea>
      </div>`,
    );
    await wrapper.querySelector<PolderErrorSummary>('polder-error-summary')!.updateComplete;
    await expect(wrapper).to.be.accessible();
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(wrapper.querySelector('.polder-error-summary')!).borderTopColor).to.equal(
      systemColor('CanvasText'),
    );
  });
});
