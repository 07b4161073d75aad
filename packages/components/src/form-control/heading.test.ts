// The question as the page's heading (label-as-heading, legend-as-heading) on every field of the foundation:
// one h1, whose text is the control's accessible name (a label) or the group's name (a legend); in the browser,
// from the server, and without scripts.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../checkbox/define.js';
import '../checkbox-group/define.js';
import '../combobox/define.js';
import '../date-input/define.js';
import '../fieldset/define.js';
import '../radio-group/define.js';
import '../select/define.js';
import '../text-field/define.js';
import '../textarea/define.js';
import { axNode, insertServerHtml, serverRender, settled } from '../test-helpers/index.js';
import type { Field } from './field.js';

const question = 'Wat is uw parkeervergunningaanvraagformuliernummer?';

/** Each field with its question as the page heading; `named` is what carries the question's accessible name. */
const cases: { tag: string; named: string; markup: TemplateResult }[] = [
  {
    tag: 'polder-text-field',
    named: 'input',
    markup: html`<polder-text-field label=${question} hint="Het staat op uw brief." name="nummer" label-as-heading>
    </polder-text-field>`,
  },
  {
    tag: 'polder-textarea',
    named: 'textarea',
    markup: html`<polder-textarea label=${question} name="nummer" label-as-heading></polder-textarea>`,
  },
  {
    tag: 'polder-select',
    named: 'select',
    markup: html`<polder-select label=${question} name="nummer" label-as-heading
      ><option value="">Kies</option>
      <option value="1">Eén</option></polder-select
    >`,
  },
  {
    tag: 'polder-combobox',
    named: 'input[role="combobox"]',
    markup: html`<polder-combobox label=${question} name="nummer" label-as-heading
      ><option value="">Kies</option>
      <option value="1">Eén</option></polder-combobox
    >`,
  },
  {
    tag: 'polder-date-input',
    named: 'fieldset',
    markup: html`<polder-date-input label=${question} name="datum" label-as-heading></polder-date-input>`,
  },
  {
    tag: 'polder-radio-group',
    named: 'fieldset',
    markup: html`<polder-radio-group label=${question} name="keuze" legend-as-heading
      ><polder-radio value="ja" label="Ja"></polder-radio><polder-radio value="nee" label="Nee"></polder-radio
    ></polder-radio-group>`,
  },
  {
    tag: 'polder-checkbox-group',
    named: 'fieldset',
    markup: html`<polder-checkbox-group label=${question} name="keuze" legend-as-heading
      ><polder-checkbox value="a" label="Auto"></polder-checkbox
    ></polder-checkbox-group>`,
  },
  {
    tag: 'polder-fieldset',
    named: 'fieldset',
    markup: html`<polder-fieldset legend=${question} legend-as-heading
      ><polder-text-field label="Postcode" name="postcode"></polder-text-field
    ></polder-fieldset>`,
  },
];

describe('the question as the page heading', () => {
  for (const { tag, named, markup } of cases) {
    /** The label (of the named control) or the legend (of the named fieldset) that carries the question. */
    const labelOf = (el: Field) => {
      const control = el.querySelector(named)!;
      return named === 'fieldset'
        ? control.querySelector(':scope > legend')!
        : el.querySelector<HTMLLabelElement>(`label[for="${control.id}"]`)!;
    };
    const turnOff = async (el: Field) => {
      el.labelAsHeading = false;
      (el as Field & { legendAsHeading?: boolean }).legendAsHeading = false;
      await el.updateComplete;
    };

    it(`${tag}: one h1, in the label or legend of the ${named}; accessible`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<main>${markup}</main>`);
      const el = wrapper.firstElementChild as Field;
      await settled(wrapper);
      const headings = wrapper.querySelectorAll('h1');
      expect(headings.length).to.equal(1);
      const h1 = headings[0];
      // A label inside the h1; an h1 inside the legend.
      if (named === 'fieldset') expect(h1.parentElement).to.equal(labelOf(el));
      else expect(h1.firstElementChild).to.equal(labelOf(el));
      expect(h1.textContent!.trim()).to.equal(question);
      // Styled as the page's heading, larger than the answer.
      const control = el.querySelector('input, select, textarea')!;
      expect(parseFloat(getComputedStyle(h1).fontSize)).to.be.greaterThan(
        parseFloat(getComputedStyle(control).fontSize),
      );
      await expect(wrapper).to.be.accessible();
      // Off again: the label or legend is plain, with the same text.
      await turnOff(el);
      expect(wrapper.querySelector('h1')).to.equal(null);
      expect(labelOf(el).textContent!.trim()).to.equal(question);
    });

    it(`${tag}: the h1's text is the name of the ${named} in the accessibility tree; accessible in dark mode (Chromium only)`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<main>${markup}</main>`);
      const el = wrapper.firstElementChild as Field;
      await settled(wrapper);
      const heading = await axNode(`${tag} h1`);
      expect(heading.role).to.equal('heading');
      expect(heading.name).to.equal(question);
      expect((await axNode(`${tag} ${named}`)).name).to.equal(question);
      await emulateMedia({ colorScheme: 'dark' });
      await expect(wrapper).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
      // Off again: the same name.
      await turnOff(el);
      expect((await axNode(`${tag} ${named}`)).name).to.equal(question);
    });
  }

  it('reflows at 320 CSS px: a long Dutch question wraps instead of scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrapper = await fixture<HTMLElement>(html`<main>${cases[0].markup}${cases[5].markup}</main>`);
    await settled(wrapper);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const h1 of wrapper.querySelectorAll('h1')) expect(h1.scrollWidth).to.be.at.most(h1.clientWidth + 1);
    await setViewport({ width: 800, height: 600 });
  });

  const server: [string, string, string, Record<string, unknown>][] = [
    ['text-field', 'renderTextField', 'label-as-heading', { id: 'q', type: 'text', name: 'q' }],
    ['textarea', 'renderTextarea', 'label-as-heading', { id: 'q', name: 'q' }],
    ['select', 'renderSelect', 'label-as-heading', { id: 'q', name: 'q', options: [{ value: '1', label: 'Eén' }] }],
    ['combobox', 'renderCombobox', 'label-as-heading', { id: 'q', name: 'q', options: [{ value: '1', label: 'Eén' }] }],
    [
      'date-input',
      'renderDateInput',
      'label-as-heading',
      { id: 'q', name: 'q', labels: { day: 'Dag', month: 'Maand', year: 'Jaar' } },
    ],
  ];
  for (const [name, render, attribute, state] of server) {
    it(`${name} from the server: the label in an h1 without scripts, kept once on upgrade`, async () => {
      const url = new URL(`../${name}/${name}.template.ts`, import.meta.url);
      const markup = await serverRender(url, render, { ...state, label: question, heading: true });
      // Without scripts: the markup alone is the page's heading, and names the control.
      const doc = Document.parseHTMLUnsafe(markup);
      const host = doc.body.firstElementChild!;
      expect(host.hasAttribute(attribute)).to.equal(true);
      expect(doc.querySelectorAll('h1').length).to.equal(1);
      const inH1 = doc.querySelector('h1 > label, legend > h1')!;
      expect(inH1.textContent!.trim()).to.equal(question);
      // Upgraded: still one h1, still the control's name.
      const wrapper = insertServerHtml(markup);
      await settled(wrapper);
      expect(wrapper.querySelectorAll('h1').length).to.equal(1);
      const label = wrapper.querySelector('h1 > label, legend > h1')!;
      expect(label.textContent).to.equal(question);
      if (label.localName === 'label')
        expect(wrapper.querySelector(`#${label.getAttribute('for')}`)!.matches('input, select, textarea')).to.equal(
          true,
        );
      wrapper.remove();
    });
  }

  for (const [name, render, option] of [
    ['radio-group', 'renderRadioGroup', { value: 'ja', label: 'Ja' }],
    ['checkbox-group', 'renderCheckboxGroup', { value: 'ja', label: 'Ja' }],
  ] as const) {
    it(`${name} from the server: an h1 in the legend without scripts, kept once on upgrade`, async () => {
      const url = new URL(`../${name}/${name}.template.ts`, import.meta.url);
      const markup = await serverRender(url, render, { id: 'q', name: 'q', label: question, heading: true }, [option]);
      const doc = Document.parseHTMLUnsafe(markup);
      expect(doc.body.firstElementChild!.hasAttribute('legend-as-heading')).to.equal(true);
      expect(doc.querySelectorAll('legend > h1').length).to.equal(1);
      const wrapper = insertServerHtml(markup);
      await settled(wrapper);
      expect(wrapper.querySelectorAll('h1').length).to.equal(1);
      expect(wrapper.querySelector('legend > h1')!.textContent).to.equal(question);
      wrapper.remove();
    });
  }
});
