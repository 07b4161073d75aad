// The escape hatches of the server templates: `attributes` and `classes`, checked by one helper and taken by
// every render function the package exports.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html, render } from 'lit';
import { captureWarnings, insertServerHtml, serverRender } from '../test-helpers/index.js';
import { extraClasses, withExtraAttributes, type AttributeValue, type ExtraAttributes } from './extra-attributes.js';
import type { renderAddAnother } from '../add-another/add-another.template.js';
import type { renderBackLink } from '../back-link/back-link.template.js';
import type { renderBreadcrumb } from '../breadcrumb/breadcrumb.template.js';
import type { renderButton } from '../button/button.template.js';
import type { renderCheckbox } from '../checkbox/checkbox.template.js';
import type { renderCheckboxGroup } from '../checkbox-group/checkbox-group.template.js';
import type { renderCombobox } from '../combobox/combobox.template.js';
import type { renderDateInput } from '../date-input/date-input.template.js';
import type { renderErrorSummary } from '../error-summary/error-summary.template.js';
import type { renderExitThisPage } from '../exit-this-page/exit-this-page.template.js';
import type { renderFieldset } from '../fieldset/fieldset.template.js';
import type { renderFileUpload } from '../file-upload/file-upload.template.js';
import type { renderHeading } from '../heading/heading.template.js';
import type { renderLink } from '../link/link.template.js';
import type { renderParagraph } from '../paragraph/paragraph.template.js';
import type { renderProgressSteps } from '../progress-steps/progress-steps.template.js';
import type { renderRadioGroup } from '../radio-group/radio-group.template.js';
import type { renderSearch } from '../search/search.template.js';
import type { renderSelect } from '../select/select.template.js';
import type { renderSummaryList } from '../summary-list/summary-list.template.js';
import type { renderTable } from '../table/table.template.js';
import type { renderTaskList, renderTaskListItem } from '../task-list/task-list.template.js';
import type { renderTextField } from '../text-field/text-field.template.js';
import type { renderTextarea } from '../textarea/textarea.template.js';
import '../heading/define.js';

// Plain elements for the helper's own tests: no Polder element, so only the helper's attributes are there.
declare global {
  interface HTMLElementTagNameMap {
    'polder-x': HTMLElement;
    'polder-xy': HTMLElement;
  }
}

/** Renders `<polder-x>` with `extra` in the browser and returns the element. */
function renderHost(
  extra: ExtraAttributes,
  template = html`<polder-x data-own="1" ?hidden=${false}>Tekst</polder-x>`,
  own: Record<string, AttributeValue> = {},
) {
  const container = document.createElement('div');
  render(withExtraAttributes('polder-x', extra, template, own), container);
  return container.querySelector('polder-x')!;
}

const attributesOf = (el: Element) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));

describe('withExtraAttributes', () => {
  it('puts extra attributes and classes on the element, values as text', () => {
    const el = renderHost({
      attributes: { 'data-module': 'verhuizing', 'aria-describedby': 'uitleg', id: 'x', 'data-count': 3, inert: true },
      classes: ['app-a', 'app-b'],
    });
    expect(attributesOf(el)).to.deep.equal({
      'data-module': 'verhuizing',
      'aria-describedby': 'uitleg',
      id: 'x',
      'data-count': '3',
      inert: '',
      class: 'app-a app-b',
      'data-own': '1',
    });
  });

  it('leaves out attributes whose value is false, null or undefined, and empty classes', () => {
    const el = renderHost({ attributes: { 'data-a': false, 'data-b': null, 'data-c': undefined }, classes: '  ' });
    expect(attributesOf(el)).to.deep.equal({ 'data-own': '1' });
  });

  it('takes classes as one string with spaces', () => {
    expect(renderHost({ classes: ' app-a  app-b ' }).getAttribute('class')).to.equal('app-a app-b');
  });

  it('refuses event handlers, style, class, srcdoc and names that are no attribute names, with one warning each', async () => {
    let el!: Element;
    const warnings = await captureWarnings(() => {
      el = renderHost({
        attributes: {
          onclick: 'alert(1)',
          ONERROR: 'alert(1)',
          style: 'color: red',
          class: 'x',
          srcdoc: '<script>alert(1)</script>',
          'a"b': 'x',
          '><script>alert(1)</script': 'x',
          'x y': 'x',
          '?hidden': 'x',
          '@click': 'x',
          'data-ok': 'ja',
        },
      });
    });
    expect(attributesOf(el)).to.deep.equal({ 'data-ok': 'ja', 'data-own': '1' });
    expect(warnings).to.have.length(10);
    for (const warning of warnings) expect(warning).to.match(/^<polder-x>: attributes: .* left out/);
    expect(warnings.join('\n')).to.include('onclick is an event handler');
  });

  it('refuses class tokens with quotes or markup', async () => {
    let el!: Element;
    const warnings = await captureWarnings(() => {
      el = renderHost({ classes: ['app-a', '"><b>', "x'y"] });
    });
    expect(el.getAttribute('class')).to.equal('app-a');
    expect(warnings).to.have.length(2);
  });

  it('drops a script URL from a URL attribute with a warning, and keeps a safe one', async () => {
    let el!: Element;
    const warnings = await captureWarnings(() => {
      el = renderHost({
        attributes: {
          'data-href': 'javascript:alert(1)',
          'xlink:href': ' JaVaScRiPt:x',
          src: '/plaatje.png',
          ping: '/teller',
        },
      });
    });
    expect(attributesOf(el)).to.deep.equal({ src: '/plaatje.png', ping: '/teller', 'data-own': '1' });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^<polder-x>: data-href "javascript:alert\(1\)" is not a safe URL/);
  });

  it('leaves an attribute the template sets itself to the template, with a warning', async () => {
    let el!: Element;
    const warnings = await captureWarnings(() => {
      el = renderHost({ attributes: { 'data-own': '2', hidden: true, 'data-new': 'ja' } });
    });
    expect(attributesOf(el)).to.deep.equal({ 'data-new': 'ja', 'data-own': '1' });
    expect(warnings).to.deep.equal([
      '<polder-x>: attributes: data-own is set by the template; pass it as its option. It is left out.',
      '<polder-x>: attributes: hidden is set by the template; pass it as its option. It is left out.',
    ]);
  });

  it("adds the classes to an element's own class attribute through extraClasses()", () => {
    const extra = { classes: 'app-a' };
    const el = renderHost(extra, html`<polder-x class="polder-x${extraClasses('polder-x', extra)}">Tekst</polder-x>`);
    expect(attributesOf(el)).to.deep.equal({ class: 'polder-x app-a' });
  });

  it("renders the template's own attributes given as data, before the extra ones, which cannot replace them", async () => {
    let el!: Element;
    const warnings = await captureWarnings(() => {
      el = renderHost({ attributes: { label: 'Anders', 'data-x': 'ja' } }, html`<polder-x>Tekst</polder-x>`, {
        label: 'Naam',
        required: true,
        disabled: false,
        hint: undefined,
      });
    });
    expect(attributesOf(el)).to.deep.equal({ label: 'Naam', required: '', 'data-x': 'ja' });
    expect(warnings).to.deep.equal([
      '<polder-x>: attributes: label is set by the template; pass it as its option. It is left out.',
    ]);
    expect(() => renderHost({}, html`<polder-x></polder-x>`, { 'on x': 'y' })).to.throw(/not an attribute name/);
  });

  it('returns the template itself without extras, and one template per set of names', () => {
    const template = (id: string) => html`<polder-x data-own=${id}>Tekst</polder-x>`;
    const plain = template('1');
    expect(withExtraAttributes('polder-x', {}, plain)).to.equal(plain);
    const a = withExtraAttributes('polder-x', { attributes: { id: 'a' } }, template('1'));
    const b = withExtraAttributes('polder-x', { attributes: { id: 'b' } }, template('2'));
    expect(a.strings).to.equal(b.strings);
    expect(a.values).to.deep.equal(['a', '1']);
    expect(
      withExtraAttributes('polder-x', { attributes: { id: 'a', lang: 'en' } }, template('1')).strings,
    ).not.to.equal(a.strings);
  });

  it('refuses a template that does not start with the element', () => {
    expect(() => withExtraAttributes('polder-x', {}, html`<polder-xy></polder-xy>`)).to.throw(/<polder-x>/);
    expect(() => withExtraAttributes('polder-x', {}, html` <polder-x></polder-x>`)).to.throw(/<polder-x>/);
  });

  it('escapes values on the server: markup in a value stays text', async () => {
    const markup = await serverRender(
      new URL('../link/link.template.ts', import.meta.url),
      'renderLink',
      {
        href: '/a',
        attributes: { 'data-x': '"><script>alert(1)</script><b a=\'' },
        classes: 'app-a',
      },
      'Tekst',
    );
    expect(markup).not.to.include('<script>');
    const el = insertServerHtml(markup).querySelector('polder-link')!;
    expect(el.getAttribute('data-x')).to.equal('"><script>alert(1)</script><b a=\'');
    expect(el.querySelector('script, b')).to.equal(null);
    el.parentElement!.remove();
  });
});

type Fixture = (extra: ExtraAttributes) => unknown[];
const field = { id: 'veld', label: 'Naam' };

/** Arguments for every render function the package exports, with the escape hatches in `extra`. */
const fixtures: Record<string, Fixture> = {
  renderAddAnother: (x): Parameters<typeof renderAddAnother> => [{ label: 'Persoon', items: ['Velden'], ...x }],
  renderBackLink: (x): Parameters<typeof renderBackLink> => [{ href: '/terug', text: 'Terug', ...x }],
  renderBreadcrumb: (x): Parameters<typeof renderBreadcrumb> => [
    {
      label: 'Kruimelpad',
      items: [
        { href: '/', text: 'Home' },
        { text: 'Hier', current: true },
      ],
      ...x,
    },
  ],
  renderButton: (x): Parameters<typeof renderButton> => [{ variant: 'primary', type: 'submit', ...x }, 'Verder'],
  renderCheckbox: (x): Parameters<typeof renderCheckbox> => [{ ...field, ...x }],
  renderCheckboxGroup: (x): Parameters<typeof renderCheckboxGroup> => [
    { ...field, name: 'keuze', ...x },
    [{ id: 'a', label: 'A', value: 'a' }],
  ],
  renderCombobox: (x): Parameters<typeof renderCombobox> => [{ ...field, options: [{ value: 'a', label: 'A' }], ...x }],
  renderDateInput: (x): Parameters<typeof renderDateInput> => [
    { ...field, labels: { day: 'Dag', month: 'Maand', year: 'Jaar' }, ...x },
  ],
  renderErrorSummary: (x): Parameters<typeof renderErrorSummary> => [
    { heading: 'Er is een probleem', errors: [{ href: '#veld', text: 'Vul uw naam in' }], ...x },
  ],
  renderExitThisPage: (x): Parameters<typeof renderExitThisPage> => [{ text: 'Verlaat deze pagina', ...x }],
  renderFieldset: (x): Parameters<typeof renderFieldset> => [{ ...field, ...x }, 'Velden'],
  renderFileUpload: (x): Parameters<typeof renderFileUpload> => [{ ...field, ...x }],
  renderHeading: (x): Parameters<typeof renderHeading> => [{ level: 1, ...x }, 'Verhuizing doorgeven'],
  renderLink: (x): Parameters<typeof renderLink> => [{ href: '/a', ...x }, 'Tekst'],
  renderParagraph: (x): Parameters<typeof renderParagraph> => [{ lead: true, ...x }, 'Tekst'],
  renderProgressSteps: (x): Parameters<typeof renderProgressSteps> => [
    {
      steps: [{ label: 'Een' }, { label: 'Twee' }],
      current: 1,
      orientation: 'vertical',
      label: 'Stappen',
      completeText: 'afgerond',
      ...x,
    },
  ],
  renderRadioGroup: (x): Parameters<typeof renderRadioGroup> => [
    { ...field, name: 'keuze', ...x },
    [{ id: 'a', label: 'A', value: 'a' }],
  ],
  renderSearch: (x): Parameters<typeof renderSearch> => [{ id: 'zoek', label: 'Zoeken', ...x }],
  renderSelect: (x): Parameters<typeof renderSelect> => [{ ...field, options: [{ value: 'a', label: 'A' }], ...x }],
  renderSummaryList: (x): Parameters<typeof renderSummaryList> => [[{ key: 'Naam', value: 'Jan' }], x],
  renderTable: (x): Parameters<typeof renderTable> => [
    { caption: 'Tabel', columns: [{ label: 'Naam' }], rows: [['Jan']], ...x },
  ],
  renderTaskList: (x): Parameters<typeof renderTaskList> => [
    { items: [{ id: 't', name: 'Taak', status: 'completed', statusText: 'Afgerond' }], ...x },
  ],
  renderTaskListItem: (x): Parameters<typeof renderTaskListItem> => [
    { id: 't', name: 'Taak', status: 'completed', statusText: 'Afgerond', ...x },
  ],
  renderTextField: (x): Parameters<typeof renderTextField> => [{ ...field, type: 'text', ...x }],
  renderTextarea: (x): Parameters<typeof renderTextarea> => [{ ...field, ...x }],
};

describe('every server template the package exports', () => {
  let modules: { module: string; renders: string[] }[] = [];
  before(async () => {
    modules = (await executeServerCommand('template-exports')) as typeof modules;
  });

  it('is listed here with arguments, and every render function here is exported', () => {
    const exported = modules.flatMap((m) => m.renders).sort();
    expect(exported.length).to.be.greaterThan(20);
    expect(exported).to.deep.equal(Object.keys(fixtures).sort());
  });

  it('takes attributes and classes and renders them on its element, checked', async () => {
    const extra: ExtraAttributes = {
      attributes: { 'data-module': 'app-"x"', onclick: 'alert(1)', 'data-href': 'javascript:alert(1)' },
      classes: ['app-a', 'app-b'],
    };
    for (const { module, renders } of modules) {
      for (const name of renders) {
        const tag = `polder-${name
          .slice('render'.length)
          .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
          .slice(1)}`;
        const markup = await serverRender(new URL(module, location.origin), name, ...fixtures[name](extra));
        const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
        const el = doc.querySelector(tag);
        expect(el, `${name} renders <${tag}>`).to.not.equal(null);
        expect(el!.getAttribute('data-module'), name).to.equal('app-"x"');
        expect(
          el!.classList.contains('app-a') && el!.classList.contains('app-b'),
          `${name}: ${el!.className}`,
        ).to.equal(true);
        expect(el!.hasAttribute('onclick') || el!.hasAttribute('data-href'), name).to.equal(false);
        expect(doc.querySelector('[onclick]'), name).to.equal(null);
      }
    }
  });

  it('renders a heading that is a heading once upgraded', async () => {
    const markup = await serverRender(
      new URL('../heading/heading.template.ts', import.meta.url),
      'renderHeading',
      { level: 1, appearance: 2, attributes: { id: 'titel' } },
      'Verhuizing doorgeven',
    );
    const el = insertServerHtml(markup).querySelector('polder-heading')! as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await el.updateComplete;
    expect(el.id).to.equal('titel');
    const heading = el.shadowRoot!.querySelector('h1')!;
    expect(heading.className).to.equal('polder-heading polder-heading--2');
    await expect(el).to.be.accessible();
    el.parentElement!.remove();
  });
});
