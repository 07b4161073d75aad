import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../text-field/define.js';
import type { PolderTextField } from '../text-field/define.js';
import { axNode, entries, insertServerHtml, serverRender, systemColor, trySubmit } from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { PolderFieldset } from './define.js';

const templates = new URL('./fieldset.template.ts', import.meta.url);
const css = [
  '/packages/components/src/form-control/fieldset.css',
  '/packages/components/src/styles/visually-hidden.css',
];

const address = html`<polder-text-field label="Straat en huisnummer" name="straat"></polder-text-field>
  <polder-text-field label="Postcode" name="postcode" width="10"></polder-text-field>
  <polder-text-field label="Woonplaats" name="plaats"></polder-text-field>`;

describe('polder-fieldset', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a native fieldset: a group named by its legend, described by hint and error, with the fields inside (Chromium only)', async () => {
    const el = await fixture<PolderFieldset>(
      html`<polder-fieldset legend="Wat is uw adres?" hint="Uw woonadres in Nederland." error="Vul uw adres in"
        >${address}</polder-fieldset
      >`,
    );
    const fieldset = el.fieldset!;
    expect(fieldset.localName).to.equal('fieldset');
    expect(fieldset.querySelector(':scope > legend')!.textContent).to.equal('Wat is uw adres?');
    expect(fieldset.querySelectorAll('polder-text-field').length).to.equal(3);
    expect(el.querySelectorAll(':scope > polder-text-field').length).to.equal(0);
    const group = await axNode('polder-fieldset fieldset');
    expect(group.role).to.equal('group');
    expect(group.name).to.equal('Wat is uw adres?');
    expect(group.description).to.equal('Uw woonadres in Nederland. Fout: Vul uw adres in');
    expect(fieldset.classList.contains('polder-fieldset--invalid')).to.equal(true);
    expect(el.errorMessage).to.equal('Vul uw adres in');
  });

  it('is accessible in light and dark, in every theme: plain, with hint, with error, disabled, legend as heading (Chromium only)', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-fieldset legend="Wat is uw adres?">${address}</polder-fieldset>
        <polder-fieldset legend="Uw naam" hint="Zoals in uw paspoort." error="Vul uw achternaam in"
          ><polder-text-field label="Voornamen" name="voornamen"></polder-text-field
          ><polder-text-field label="Achternaam" name="achternaam" error="Vul uw achternaam in"></polder-text-field
        ></polder-fieldset>
        <polder-fieldset legend="Uitgeschakeld" disabled
          ><polder-text-field label="Veld" name="veld"></polder-text-field
        ></polder-fieldset>
        <polder-fieldset legend="Waar woont u?" legend-as-heading
          ><polder-text-field label="Woonplaats" name="woonplaats"></polder-text-field
        ></polder-fieldset>
      </div>`,
    );
    await inEveryTheme(async () => {
      await emulateMedia({ colorScheme: 'light' });
      await expect(wrapper).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(wrapper).to.be.accessible();
    });
  });

  it('legend-as-heading puts the legend text in an h1 inside the legend, for a page with one question (Chromium only)', async () => {
    const el = await fixture<PolderFieldset>(
      html`<polder-fieldset legend="Waar woont u?" hint="Uw woonadres."
        ><polder-text-field label="Woonplaats" name="woonplaats"></polder-text-field
      ></polder-fieldset>`,
    );
    expect(el.querySelector('h1')).to.equal(null);
    el.legendAsHeading = true;
    await el.updateComplete;
    const h1 = el.querySelector('legend > h1.polder-fieldset__heading')!;
    expect(h1.textContent).to.equal('Waar woont u?');
    expect(el.getAttribute('legend-as-heading')).to.equal('');
    const heading = await axNode('polder-fieldset h1');
    expect(heading.role).to.equal('heading');
    expect(heading.name).to.equal('Waar woont u?');
    expect((await axNode('polder-fieldset fieldset')).name).to.equal('Waar woont u?');
    const legendSize = parseFloat(getComputedStyle(h1).fontSize);
    expect(legendSize).to.be.greaterThan(parseFloat(getComputedStyle(el.querySelector('input')!).fontSize));
  });

  it('its fields submit, reset and are disabled with it, natively', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polder-fieldset legend="Wat is uw adres?">${address}</polder-fieldset><button>Verder</button></form>`,
    );
    const el = form.querySelector<PolderFieldset>('polder-fieldset')!;
    const fields = [...form.querySelectorAll<PolderTextField>('polder-text-field')];
    await Promise.all(fields.map((f) => f.updateComplete));
    fields[0].control!.value = 'Dorpsstraat 1';
    fields[1].control!.value = '1234 AB';
    fields[2].control!.value = 'Polderdam';
    expect(entries(form)).to.deep.equal([
      ['straat', 'Dorpsstraat 1'],
      ['postcode', '1234 AB'],
      ['plaats', 'Polderdam'],
    ]);
    form.reset();
    expect(entries(form)).to.deep.equal([
      ['straat', ''],
      ['postcode', ''],
      ['plaats', ''],
    ]);
    el.disabled = true;
    await el.updateComplete;
    expect(el.fieldset!.disabled).to.equal(true);
    expect(fields[0].control!.matches(':disabled')).to.equal(true);
    expect(entries(form)).to.deep.equal([]);
    el.disabled = false;
    await el.updateComplete;
    const outer = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><polder-fieldset legend="Adres">${address}</polder-fieldset></fieldset>
      </form>`,
    );
    await nextFrame();
    expect(outer.querySelector('input')!.matches(':disabled')).to.equal(true);
    expect(entries(outer)).to.deep.equal([]);
  });

  it('native controls of a custom question get Polder’s message after a submit attempt, named after the legend', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polder-fieldset legend="Uw kenteken">
          <label for="kenteken">Kenteken</label>
          <input id="kenteken" name="kenteken" required />
        </polder-fieldset>
        <button>Verder</button>
      </form>`,
    );
    const el = form.querySelector<PolderFieldset>('polder-fieldset')!;
    expect(el.controls.map((c) => c.name)).to.deep.equal(['kenteken']);
    expect(await trySubmit(form)).to.equal(false);
    expect(el.errorMessage).to.equal('Vul uw kenteken in');
    expect(el.querySelector('.polder-fieldset__error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Fout: Vul uw kenteken in',
    );
    expect(el.focusTarget).to.equal(form.querySelector('input'));
    form.querySelector('input')!.value = 'AB-12-CD';
    form.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(el.errorMessage).to.equal('');
    expect(await trySubmit(form)).to.equal(true);
  });

  it('a Polder field inside keeps its own message; the fieldset does not repeat it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polder-fieldset legend="Uw naam"
          ><polder-text-field label="Achternaam" name="achternaam" required></polder-text-field
        ></polder-fieldset>
        <button>Verder</button>
      </form>`,
    );
    const el = form.querySelector<PolderFieldset>('polder-fieldset')!;
    expect(el.controls).to.deep.equal([]);
    expect(await trySubmit(form)).to.equal(false);
    expect(form.querySelector<PolderTextField>('polder-text-field')!.errorMessage).to.equal('Vul uw achternaam in');
    expect(el.errorMessage).to.equal('');
    expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
  });

  it('speaks English under lang="en"', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en">
        <polder-fieldset legend="Your registration number">
          <label for="plate">Registration number</label><input id="plate" name="plate" required />
        </polder-fieldset>
        <button>Continue</button>
      </form>`,
    );
    await trySubmit(form);
    const error = form.querySelector('.polder-fieldset__error')!;
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter your registration number');
  });

  it('takes rich legend content from slot="legend", and fields added later move into the fieldset (Chromium only)', async () => {
    const el = await fixture<PolderFieldset>(
      html`<polder-fieldset
        ><span slot="legend">Wie verhuizen er <em>mee</em>?</span
        ><polder-text-field label="Naam" name="naam"></polder-text-field
      ></polder-fieldset>`,
    );
    expect(el.querySelector('legend em')!.textContent).to.equal('mee');
    expect((await axNode('polder-fieldset fieldset')).name).to.equal('Wie verhuizen er mee?');
    const added = document.createElement('polder-text-field');
    added.setAttribute('label', 'Geboortedatum');
    el.append(added);
    await nextFrame();
    await el.updateComplete;
    expect(added.parentElement!.classList.contains('polder-fieldset__items')).to.equal(true);
  });

  it('keyboard: Tab goes from field to field inside the group', async () => {
    const el = await fixture<PolderFieldset>(html`<polder-fieldset legend="Adres">${address}</polder-fieldset>`);
    await nextFrame();
    const inputs = [...el.querySelectorAll('input')];
    for (const input of inputs) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(input);
    }
  });

  it('shows markup-like text as text', async () => {
    const el = await fixture<PolderFieldset>(
      html`<polder-fieldset legend=${'<img src=x onerror=alert(1)>'} hint=${'<b>x</b>'} legend-as-heading
        ><input aria-label="x"
      /></polder-fieldset>`,
    );
    expect(el.querySelector('img, b')).to.equal(null);
    expect(el.querySelector('h1')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reflows at 320 CSS px with a long Dutch heading, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderFieldset>(
      html`<polder-fieldset
        legend="Parkeervergunningaanvraagformulier voor bewoners"
        legend-as-heading
        hint="Gemeenteraadsverkiezingsuitslagbekendmaking"
        ><polder-text-field label="Kenteken" name="kenteken"></polder-text-field
      ></polder-fieldset>`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.querySelector('h1')!.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('an invalid group shows a bar in system colours in forced-colors mode (Chromium only)', async () => {
    const el = await fixture<PolderFieldset>(
      html`<polder-fieldset legend="Adres" error="Vul uw adres in">${address}</polder-fieldset>`,
    );
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.fieldset!).borderLeftColor).to.equal(systemColor('CanvasText'));
  });

  it('adopts server-rendered markup: keeps the fields and what was typed before the upgrade, draws no second legend', async () => {
    const markup = await serverRender(templates, 'renderFieldset', {
      id: 'adres',
      label: 'Wat is uw adres?',
      hint: 'Uw woonadres.',
      legendAsHeading: true,
    });
    expect(markup).to.contain('<h1 class="polder-fieldset__heading">');
    expect(markup).to.contain('id="adres-hint"');
    const wrapper = insertServerHtml(
      `<form>${markup.replaceAll('polder-fieldset>', 'polder-fieldset-late>').replace('<polder-fieldset', '<polder-fieldset-late')}</form>`,
    );
    // What a server renders for the question's own fields.
    wrapper.querySelector('.polder-fieldset__items')!.innerHTML =
      '<label for="plaats">Woonplaats</label><input id="plaats" name="plaats">';
    const input = wrapper.querySelector('input')!;
    input.value = 'Polderdam';
    customElements.define('polder-fieldset-late', class extends PolderFieldset {});
    const el = wrapper.querySelector<PolderFieldset>('polder-fieldset-late')!;
    await el.updateComplete;
    expect(wrapper.querySelector('input')).to.equal(input);
    expect(input.value).to.equal('Polderdam');
    expect(wrapper.querySelectorAll('fieldset, legend, h1').length).to.equal(3);
    expect(wrapper.querySelector('legend > h1')!.textContent).to.equal('Wat is uw adres?');
    expect(el.fieldset!.getAttribute('aria-describedby')).to.equal('adres-hint');
    wrapper.remove();
  });

  it('server-rendered, it submits in a page where scripts cannot run', async () => {
    const markup = await serverRender(templates, 'renderFieldset', { id: 'naam', label: 'Uw naam' });
    const withField = markup.replace(
      '<div class="polder-fieldset__items">',
      '<div class="polder-fieldset__items"><label for="achternaam">Achternaam</label><input id="achternaam" name="achternaam">',
    );
    const query = await submitWithoutScript(withField, css, (doc) => {
      expect(doc.defaultView!.customElements.get('polder-fieldset')).to.equal(undefined);
      expect(doc.defaultView!.getComputedStyle(doc.querySelector('fieldset')!).borderTopStyle).to.equal('none');
      doc.querySelector('input')!.value = 'Jansen';
    });
    expect([...query.entries()]).to.deep.equal([['achternaam', 'Jansen']]);
  });
});
