import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { axNode, entries, insertServerHtml, serverRender, systemColor, trySubmit } from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { summaryLinks } from '../test-helpers/summary.js';
import '../error-summary/define.js';
import { PolderDateInput } from './define.js';
import { runFormControlTests } from '../test-helpers/form-control-suite.js';

const templates = new URL('./date-input.template.ts', import.meta.url);
const css = [
  '/packages/components/src/form-control/fieldset.css',
  '/packages/components/src/date-input/date-input.css',
];
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();

const inForm = (content: unknown) => fixture<HTMLFormElement>(html`<form>${content}<button>Verstuur</button></form>`);

const birth = (attrs: { required?: boolean; min?: string; max?: string; value?: string } = {}) =>
  inForm(
    html`<polder-date-input
      name="geboortedatum"
      label="Geboortedatum"
      hint="Bijvoorbeeld 27 3 2007"
      autocomplete="bday"
      ?required=${attrs.required}
      min=${attrs.min ?? ''}
      max=${attrs.max ?? ''}
      value=${attrs.value ?? ''}
    ></polder-date-input>`,
  );

async function ready(f: Element): Promise<PolderDateInput> {
  const el = f.querySelector<PolderDateInput>('polder-date-input')!;
  await el.updateComplete;
  return el;
}

async function type(el: PolderDateInput, day: string, month: string, year: string) {
  const [d, m, y] = el.controls;
  for (const [input, value] of [
    [d, day],
    [m, month],
    [y, year],
  ] as const) {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
}

const error = (el: Element) => text(el.querySelector('.polder-fieldset__error'));

describe('polder-date-input', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  it('is a fieldset named by its legend, with three labelled numeric inputs (Chromium only)', async () => {
    const f = await birth();
    const el = await ready(f);
    const group = await axNode('polder-date-input fieldset');
    expect(group.role).to.equal('group');
    expect(group.name).to.equal('Geboortedatum');
    expect(group.description).to.equal('Bijvoorbeeld 27 3 2007');
    const names = [];
    for (const part of ['day', 'month', 'year']) names.push((await axNode(`.polder-date-input__input--${part}`)).name);
    expect(names).to.deep.equal(['Dag', 'Maand', 'Jaar']);
    expect(el.controls.map((c) => c.inputMode)).to.deep.equal(['numeric', 'numeric', 'numeric']);
    expect(el.controls.map((c) => c.autocomplete)).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    expect(el.controls.map((c) => c.type)).to.deep.equal(['text', 'text', 'text']);
    await expect(f).to.be.accessible();
  });

  it('submits the parts and, with JavaScript, the ISO date under its name', async () => {
    const f = await birth();
    const el = await ready(f);
    expect(entries(f)).to.deep.equal([
      ['geboortedatum-day', ''],
      ['geboortedatum-month', ''],
      ['geboortedatum-year', ''],
      ['geboortedatum', ''],
    ]);
    await type(el, '7', '3', '2007');
    expect(entries(f)).to.deep.equal([
      ['geboortedatum-day', '7'],
      ['geboortedatum-month', '3'],
      ['geboortedatum-year', '2007'],
      ['geboortedatum', '2007-03-07'],
    ]);
    expect(el.value).to.equal('2007-03-07');
    await type(el, '31', '2', '2007');
    expect(el.value).to.equal('');
    el.value = '1999-12-31';
    expect(el.values).to.deep.equal({ day: '31', month: '12', year: '1999' });
    expect(new FormData(f).get('geboortedatum')).to.equal('1999-12-31');
    await expect(f).to.be.accessible();
  });

  it('the value attribute is the initial date: form.reset() restores it and the ISO value follows', async () => {
    const f = await birth({ value: '2001-05-09' });
    const el = await ready(f);
    expect(el.values).to.deep.equal({ day: '9', month: '5', year: '2001' });
    expect(el.value).to.equal('2001-05-09');
    await type(el, '1', '1', '2020');
    expect(el.value).to.equal('2020-01-01');
    f.reset();
    await new Promise((r) => setTimeout(r, 10));
    expect(el.values).to.deep.equal({ day: '9', month: '5', year: '2001' });
    expect(new FormData(f).get('geboortedatum')).to.equal('2001-05-09');
  });

  describe('validation through the constraint validation API, with Polder messages after a submit attempt', () => {
    it('required and empty: "Vul uw geboortedatum in", no message before the attempt (Chromium only)', async () => {
      const f = await birth({ required: true });
      const el = await ready(f);
      expect(el.control!.validity.valid).to.equal(false);
      expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
      expect(await trySubmit(f)).to.equal(false);
      expect(error(el)).to.equal('Fout: Vul uw geboortedatum in');
      expect(el.errorMessage).to.equal('Vul uw geboortedatum in');
      expect(el.controls.every((c) => c.getAttribute('aria-invalid') === 'true')).to.equal(true);
      const id = el.querySelector('.polder-fieldset__error')!.id;
      expect(el.querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain(id);
      expect((await axNode('polder-date-input fieldset')).description).to.contain('Vul uw geboortedatum in');
      await expect(f).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(f).to.be.accessible();
    });

    it('31 February is not a real date: only the day is marked; a real date submits', async () => {
      const f = await birth({ required: true });
      const el = await ready(f);
      await type(el, '31', '2', '2023');
      expect(el.control!.validity.customError).to.equal(true);
      expect(f.checkValidity()).to.equal(false);
      expect(await trySubmit(f)).to.equal(false);
      expect(error(el)).to.equal('Fout: De datum moet een echte datum zijn');
      expect(el.controls.map((c) => c.getAttribute('aria-invalid'))).to.deep.equal(['true', null, null]);
      await type(el, '28', '2', '2023');
      expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
      expect(await trySubmit(f)).to.equal(true);
    });

    it('names missing parts, checks the year and month, and min / max with a readable date', async () => {
      const f = await birth({ min: '1900-01-01', max: '2020-12-31' });
      const el = await ready(f);
      await type(el, '12', '', '1990');
      await trySubmit(f);
      expect(error(el)).to.equal('Fout: Geboortedatum moet een maand bevatten');
      await type(el, '', '', '1990');
      expect(error(el)).to.equal('Fout: Geboortedatum moet een dag en maand bevatten');
      await type(el, '1', '13', '1990');
      expect(error(el)).to.equal('Fout: De datum moet een echte datum zijn');
      expect(el.controls.map((c) => c.getAttribute('aria-invalid'))).to.deep.equal([null, 'true', null]);
      await type(el, '1', '1', '90');
      expect(error(el)).to.equal('Fout: Het jaar moet uit 4 cijfers bestaan');
      await type(el, '1', 'mei', '1990');
      expect(error(el)).to.equal('Fout: Geboortedatum moet een echte datum zijn');
      await type(el, '1', '1', '2021');
      expect(error(el)).to.equal('Fout: Geboortedatum moet op of voor 31 december 2020 liggen');
      await type(el, '31', '12', '1899');
      expect(error(el)).to.equal('Fout: Geboortedatum moet op of na 1 januari 1900 liggen');
      await type(el, '', '', '');
      expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
    });

    it('speaks English under lang="en"; per-instance strings win', async () => {
      const f = await inForm(html`<polder-date-input name="dob" label="Date of birth" required></polder-date-input>`);
      f.lang = 'en';
      const el = await ready(f);
      expect(el.querySelector('label')!.textContent).to.equal('Day');
      await trySubmit(f);
      expect(error(el)).to.equal('Error: Enter your date of birth');
      await type(el, '30', '2', '2000');
      expect(error(el)).to.equal('Error: Date must be a real date');
      el.strings = { notADate: 'Date of birth must be a real date' };
      await type(el, '30', '2', '2001');
      expect(error(el)).to.equal('Error: Date of birth must be a real date');
      await expect(f).to.be.accessible();
    });

    it('form.reset() clears the message', async () => {
      const f = await birth({ required: true });
      const el = await ready(f);
      await trySubmit(f);
      f.reset();
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
      expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
    });
  });

  it('is disabled by its attribute and by a disabled fieldset; form reaches the parts and the ISO input', async () => {
    const wrapper = await fixture(
      html`<div>
        <form id="elders"></form>
        <polder-date-input name="a" label="A" form="elders" value="2020-02-02"></polder-date-input>
        <polder-date-input name="b" label="B" disabled></polder-date-input>
        <fieldset disabled>
          <legend>Uit</legend>
          <polder-date-input name="c" label="C"></polder-date-input>
        </fieldset>
      </div>`,
    );
    const [a, b, c] = wrapper.querySelectorAll('polder-date-input');
    await Promise.all([a, b, c].map((d) => d.updateComplete));
    expect(entries(wrapper.querySelector('form')!)).to.deep.equal([
      ['a-day', '2'],
      ['a-month', '2'],
      ['a-year', '2020'],
      ['a', '2020-02-02'],
    ]);
    expect(b.controls.every((i) => i.disabled)).to.equal(true);
    expect(c.controls.every((i) => i.matches(':disabled'))).to.equal(true);
    await expect(wrapper).to.be.accessible();
  });

  it('Tab moves day → month → year and typing fills them', async () => {
    const f = await birth();
    const el = await ready(f);
    el.focus();
    expect(document.activeElement).to.equal(el.controls[0]);
    await sendKeys({ type: '5' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '11' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1985' });
    expect(el.value).to.equal('1985-11-05');
    const style = getComputedStyle(document.activeElement!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('keeps typed parts through label, hint, error and lang changes; markup-like text stays text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const f = await birth();
    const el = await ready(f);
    const inputs = el.controls;
    await type(el, '1', '2', '2003');
    el.label = evil;
    el.hint = evil;
    el.error = evil;
    f.lang = 'en';
    await el.updateComplete;
    expect(el.controls).to.deep.equal(inputs);
    expect(el.values).to.deep.equal({ day: '1', month: '2', year: '2003' });
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('legend')!.textContent).to.equal(evil);
    expect(el.querySelector('label')!.textContent).to.equal('Day');
  });

  describe('server rendering and no JavaScript', () => {
    const state = {
      id: 'gd',
      label: 'Geboortedatum',
      hint: 'Bijvoorbeeld 27 3 2007',
      name: 'geboortedatum',
      labels: { day: 'Dag', month: 'Maand', year: 'Jaar' },
      autocomplete: 'bday',
    };

    it('adopts server-rendered markup and keeps parts restored before the upgrade', async () => {
      const markup = await serverRender(templates, 'renderDateInput', state);
      expect(markup).to.contain('name="geboortedatum-day"');
      const wrapper = insertServerHtml(
        `<form>${markup.replaceAll('polder-date-input>', 'polder-date-input-late>').replace('<polder-date-input', '<polder-date-input-late')}</form>`,
      );
      const inputs = [...wrapper.querySelectorAll('input')];
      inputs[0].value = '14';
      inputs[1].value = '7';
      inputs[2].value = '1975';
      customElements.define('polder-date-input-late', class extends PolderDateInput {});
      const el = wrapper.querySelector<PolderDateInput>('polder-date-input-late')!;
      await el.updateComplete;
      expect(el.controls).to.deep.equal(inputs);
      expect(el.values).to.deep.equal({ day: '14', month: '7', year: '1975' });
      expect(inputs[0].id).to.equal('gd-day');
      expect(wrapper.querySelectorAll('fieldset, legend, label').length).to.equal(5);
      expect(new FormData(wrapper.querySelector('form')!).get('geboortedatum')).to.equal('1975-07-14');
      wrapper.remove();
    });

    it('a server-rendered date input submits its parts in a page where scripts cannot run', async () => {
      const markup = await serverRender(templates, 'renderDateInput', state);
      const query = await submitWithoutScript(markup, css, (doc) => {
        expect(doc.defaultView!.customElements.get('polder-date-input')).to.equal(undefined);
        const [d, m, y] = doc.querySelectorAll('input');
        d.value = '3';
        m.value = '10';
        y.value = '1960';
      });
      expect([...query.entries()]).to.deep.equal([
        ['geboortedatum-day', '3'],
        ['geboortedatum-month', '10'],
        ['geboortedatum-year', '1960'],
      ]);
    });
  });

  it('every state passes axe in light and dark: empty, filled, hint, error, disabled, long label, en (Chromium only)', async () => {
    const long =
      'Op welke datum heeft u het besluit ontvangen waartegen u bezwaar wilt maken, of waarop u het besluit had moeten ontvangen?';
    const f = await inForm(
      html`<polder-date-input name="a" label="Leeg"></polder-date-input>
        <polder-date-input name="b" label="Gevuld" hint="Bijvoorbeeld 27 3 2007" value="2007-03-27"></polder-date-input>
        <polder-date-input name="c" label="Fout" error="De datum moet een echte datum zijn"></polder-date-input>
        <polder-date-input name="d" label="Uit" disabled value="2000-01-01"></polder-date-input>
        <polder-date-input name="e" label=${long}></polder-date-input>
        <div lang="en">
          <polder-date-input name="f" label="Date of birth" error="Enter your date of birth"></polder-date-input>
        </div>`,
    );
    await Promise.all([...f.querySelectorAll('polder-date-input')].map((d) => d.updateComplete));
    await expect(f).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(f).to.be.accessible();
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const f = await birth();
    const el = await ready(f);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.control!).borderTopColor).to.equal(systemColor('FieldText'));
  });
  it('is listed once in polder-error-summary; the link moves focus to the first wrong part', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-error-summary for="samenvatting"></polder-error-summary>
        <form id="samenvatting">
          <polder-date-input name="gd" label="Geboortedatum" required></polder-date-input>
          <button>Verstuur</button>
        </form>
      </div>`,
    );
    const el = wrapper.querySelector('polder-date-input')!;
    await el.updateComplete;
    const links = await summaryLinks(wrapper.querySelector('form')!);
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Vul uw geboortedatum in']);
    links[0].click();
    expect(document.activeElement).to.equal(el.controls[0]);
  });
});

runFormControlTests({
  tag: 'polder-date-input',
  render: ({ id, name }) =>
    serverRender(templates, 'renderDateInput', {
      id,
      label: 'Geboortedatum',
      name,
      required: true,
      labels: { day: 'Dag', month: 'Maand', year: 'Jaar' },
    }),
  fill: (root) => {
    const [day, month, year] = root.querySelectorAll('input');
    [day.value, month.value, year.value] = ['27', '3', '1985'];
  },
  filled: (name) => [
    [`${name}-day`, '27'],
    [`${name}-month`, '3'],
    [`${name}-year`, '1985'],
    [name, '1985-03-27'],
  ],
});
