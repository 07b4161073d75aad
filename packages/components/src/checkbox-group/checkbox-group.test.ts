import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  axNode,
  describedByText,
  entries,
  insertServerHtml,
  serverRender,
  systemColor,
  trySubmit,
} from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { summaryLinks } from '../test-helpers/summary.js';
import '../error-summary/define.js';
import '../checkbox/define.js';
import { PolderCheckboxGroup } from './define.js';
import { runFormControlTests } from '../test-helpers/form-control-suite.js';

const templates = new URL('./checkbox-group.template.ts', import.meta.url);
const css = [
  '/packages/components/src/checkbox/checkbox.css',
  '/packages/components/src/checkbox-group/checkbox-group.css',
  '/packages/components/src/form-control/fieldset.css',
  '/packages/components/src/form-control/choice.css',
];
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();

const group = (attrs: { label?: string; hint?: string; error?: string; required?: boolean } = {}) =>
  fixture<HTMLFormElement>(
    html`<form>
      <polder-checkbox-group
        name="dieren"
        label=${attrs.label ?? 'Welke huisdieren heeft u?'}
        hint=${attrs.hint ?? ''}
        error=${attrs.error ?? ''}
        ?required=${attrs.required}
      >
        <polder-checkbox value="hond" label="Hond"></polder-checkbox>
        <polder-checkbox value="kat" label="Kat"></polder-checkbox>
        <polder-checkbox value="konijn" label="Konijn"></polder-checkbox>
      </polder-checkbox-group>
      <button>Verstuur</button>
    </form>`,
  );

async function ready(f: Element): Promise<PolderCheckboxGroup> {
  const el = f.querySelector<PolderCheckboxGroup>('polder-checkbox-group')!;
  await el.updateComplete;
  await Promise.all([...f.querySelectorAll('polder-checkbox')].map((c) => c.updateComplete));
  return el;
}

describe('polder-checkbox-group', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  it('is a fieldset named by its legend and described by its hint, with labelled boxes', async () => {
    const f = await group({ hint: 'Kies alles wat van toepassing is.' });
    const el = await ready(f);
    const fieldset = el.fieldset!;
    expect(fieldset.localName).to.equal('fieldset');
    expect(text(fieldset.querySelector(':scope > legend'))).to.equal('Welke huisdieren heeft u?');
    expect(describedByText(fieldset)).to.equal('Kies alles wat van toepassing is.');
    expect([...el.controls[1].labels!].map(text)).to.deep.equal(['Kat']);
    expect(el.controls).to.have.length(3);
    await expect(f).to.be.accessible();
  });

  it('is a group named by its legend and described by its hint, with labelled boxes, in the accessibility tree (Chromium only)', async () => {
    const f = await group({ hint: 'Kies alles wat van toepassing is.' });
    await ready(f);
    const ax = await axNode('polder-checkbox-group fieldset');
    expect(ax.role).to.equal('group');
    expect(ax.name).to.equal('Welke huisdieren heeft u?');
    expect(ax.description).to.equal('Kies alles wat van toepassing is.');
    expect((await axNode('polder-checkbox[value=kat] input')).name).to.equal('Kat');
  });

  it('passes its name to every box: checked boxes submit as repeated entries', async () => {
    const f = await group();
    const el = await ready(f);
    expect(el.controls.map((c) => c.name)).to.deep.equal(['dieren', 'dieren', 'dieren']);
    el.controls[0].click();
    el.controls[2].click();
    expect(entries(f)).to.deep.equal([
      ['dieren', 'hond'],
      ['dieren', 'konijn'],
    ]);
    expect(el.value).to.deep.equal(['hond', 'konijn']);
    await expect(f).to.be.accessible();
  });

  it('Tab moves between boxes and Space toggles them', async () => {
    const f = await group();
    const el = await ready(f);
    el.focus();
    expect(document.activeElement).to.equal(el.controls[0]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.controls[1]);
    await sendKeys({ press: 'Space' });
    expect(el.value).to.deep.equal(['hond', 'kat']);
  });

  it('form.reset() restores the initial state; the form attribute and a disabled fieldset reach the boxes', async () => {
    const wrapper = await fixture(
      html`<div>
        <form id="elders"></form>
        <polder-checkbox-group name="a" label="Extern" form="elders">
          <polder-checkbox value="1" label="Een" checked></polder-checkbox>
          <polder-checkbox value="2" label="Twee"></polder-checkbox>
        </polder-checkbox-group>
        <fieldset disabled>
          <legend>Uit</legend>
          <polder-checkbox-group name="b" label="Binnen"
            ><polder-checkbox value="3" label="Drie"></polder-checkbox
          ></polder-checkbox-group>
        </fieldset>
        <polder-checkbox-group name="c" label="Zelf uit" disabled
          ><polder-checkbox value="4" label="Vier"></polder-checkbox
        ></polder-checkbox-group>
      </div>`,
    );
    await ready(wrapper);
    await Promise.all([...wrapper.querySelectorAll('polder-checkbox-group')].map((g) => g.updateComplete));
    const form = wrapper.querySelector('form')!;
    const inputs = wrapper.querySelectorAll('input');
    expect(inputs[0].getAttribute('form')).to.equal('elders');
    inputs[1].click();
    expect(entries(form)).to.deep.equal([
      ['a', '1'],
      ['a', '2'],
    ]);
    form.reset();
    expect(entries(form)).to.deep.equal([['a', '1']]);
    expect(inputs[2].matches(':disabled')).to.equal(true);
    expect(inputs[3].matches(':disabled')).to.equal(true);
    await expect(wrapper).to.be.accessible();
  });

  describe('validation', () => {
    it('required: at least one box, with its own message after a submit attempt', async () => {
      const f = await group({ required: true });
      const el = await ready(f);
      expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
      expect(await trySubmit(f)).to.equal(false);
      const error = el.querySelector('.polder-fieldset__error')!;
      expect(text(error)).to.equal('Fout: Kies ten minste één antwoord');
      expect(el.fieldset!.getAttribute('aria-describedby')).to.equal(error.id);
      // The boxes show no message of their own.
      expect(el.querySelector('.polder-checkbox__error')).to.equal(null);
      await expect(f).to.be.accessible();
      el.controls[1].click();
      await ready(f);
      expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
      expect(await trySubmit(f)).to.equal(true);
    });

    it('required: after a submit attempt the group is described by its message, and accessible in dark (Chromium only)', async () => {
      const f = await group({ required: true });
      await ready(f);
      expect(await trySubmit(f)).to.equal(false);
      expect((await axNode('polder-checkbox-group fieldset')).description).to.equal(
        'Fout: Kies ten minste één antwoord',
      );
      await emulateMedia({ colorScheme: 'dark' });
      await expect(f).to.be.accessible();
    });

    it('English under lang="en", a per-instance string, and reset clears the message', async () => {
      const f = await group({ required: true });
      f.lang = 'en';
      const el = await ready(f);
      await trySubmit(f);
      expect(text(el.querySelector('.polder-fieldset__error'))).to.equal('Error: Select at least one answer');
      el.strings = { valueMissing: 'Select which pets you have' };
      await el.updateComplete;
      expect(el.errorMessage).to.equal('Select which pets you have');
      f.reset();
      await new Promise((r) => setTimeout(r, 10));
      await ready(f);
      expect(el.errorMessage).to.equal('');
      expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
    });
  });

  it('keeps checked boxes through label, hint, error and lang changes; shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const f = await group();
    const el = await ready(f);
    const input = el.controls[1];
    input.click();
    el.label = evil;
    el.hint = evil;
    el.error = evil;
    f.lang = 'en';
    await ready(f);
    expect(el.controls[1]).to.equal(input);
    expect(input.checked).to.equal(true);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('legend')!.textContent).to.contain(evil);
    expect(text(el.querySelector('.polder-fieldset__error'))).to.equal(`Error: ${evil}`);
  });

  describe('server rendering and no JavaScript', () => {
    const state = { id: 'dieren', label: 'Welke huisdieren?', name: 'dieren', hint: 'Kies alles wat klopt' };
    const boxes = [
      { id: 'dieren-hond', label: 'Hond', value: 'hond' },
      { id: 'dieren-kat', label: 'Kat', value: 'kat', checked: true },
    ];

    it('adopts server-rendered markup and keeps a state restored before the upgrade', async () => {
      const markup = await serverRender(templates, 'renderCheckboxGroup', state, boxes);
      expect(markup).to.contain('<fieldset');
      const wrapper = insertServerHtml(
        `<form>${markup.replaceAll('polder-checkbox-group', 'polder-checkbox-group-late')}</form>`,
      );
      const inputs = [...wrapper.querySelectorAll('input')];
      inputs[0].checked = true; // what back navigation restores
      inputs[1].checked = false;
      customElements.define('polder-checkbox-group-late', class extends PolderCheckboxGroup {});
      const el = wrapper.querySelector<PolderCheckboxGroup>('polder-checkbox-group-late')!;
      await el.updateComplete;
      await ready(wrapper.querySelector('form')!).catch(() => undefined);
      expect([...wrapper.querySelectorAll('input')]).to.deep.equal(inputs);
      expect(wrapper.querySelectorAll('fieldset, legend').length).to.equal(2);
      expect(entries(wrapper.querySelector('form')!)).to.deep.equal([['dieren', 'hond']]);
      wrapper.remove();
    });

    it('a server-rendered group submits repeated entries in a page where scripts cannot run', async () => {
      const markup = await serverRender(templates, 'renderCheckboxGroup', state, boxes);
      const query = await submitWithoutScript(markup, css, (doc) => {
        expect(doc.defaultView!.customElements.get('polder-checkbox-group')).to.equal(undefined);
        doc.querySelector<HTMLInputElement>('#dieren-hond')!.click();
      });
      expect(query.getAll('dieren')).to.deep.equal(['hond', 'kat']);
    });
  });

  const everyState = () => {
    const long =
      'Welke van de volgende voorzieningen heeft u in de afgelopen twaalf maanden gebruikt of aangevraagd bij de gemeente?';
    return fixture<HTMLFormElement>(
      html`<form>
        <polder-checkbox-group name="a" label="Leeg"
          ><polder-checkbox value="1" label="Een"></polder-checkbox
        ></polder-checkbox-group>
        <polder-checkbox-group name="b" label="Gevuld" hint="Hint"
          ><polder-checkbox value="1" label="Een" checked hint="Uitleg"></polder-checkbox
        ></polder-checkbox-group>
        <polder-checkbox-group name="c" label="Fout" error="Kies ten minste één antwoord"
          ><polder-checkbox value="1" label="Een"></polder-checkbox
        ></polder-checkbox-group>
        <polder-checkbox-group name="d" label="Uit" disabled
          ><polder-checkbox value="1" label="Een" checked></polder-checkbox
        ></polder-checkbox-group>
        <polder-checkbox-group name="e" label=${long}
          ><polder-checkbox value="1" label=${long}></polder-checkbox
        ></polder-checkbox-group>
        <div lang="en">
          <polder-checkbox-group name="f" label="English" error="Select at least one answer"
            ><polder-checkbox value="1" label="One"></polder-checkbox
          ></polder-checkbox-group>
        </div>
      </form>`,
    );
  };

  it('every state passes axe: empty, filled, hint, error, disabled, long label, en', async () => {
    const f = await everyState();
    await ready(f);
    await Promise.all([...f.querySelectorAll('polder-checkbox-group')].map((g) => g.updateComplete));
    expect(text(f.querySelector('[lang=en] .polder-fieldset__error'))).to.contain('Error:');
    await expect(f).to.be.accessible();
  });

  it('every state passes axe in dark: empty, filled, hint, error, disabled, long label, en (Chromium only)', async () => {
    const f = await everyState();
    await ready(f);
    await Promise.all([...f.querySelectorAll('polder-checkbox-group')].map((g) => g.updateComplete));
    await emulateMedia({ colorScheme: 'dark' });
    await expect(f).to.be.accessible();
  });

  it('marks an invalid group with a bar at the start', async () => {
    const f = await group({ error: 'Kies een antwoord' });
    const el = await ready(f);
    expect(parseFloat(getComputedStyle(el.fieldset!).borderInlineStartWidth)).to.be.at.least(2);
  });

  it('marks an invalid group with a bar that uses system colours in forced-colors mode (Chromium only)', async () => {
    const f = await group({ error: 'Kies een antwoord' });
    const el = await ready(f);
    const fieldset = el.fieldset!;
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(fieldset).borderInlineStartColor).to.equal(systemColor('CanvasText'));
  });
  it('is listed once in polder-error-summary, and the link moves focus to its first option', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-error-summary for="samenvatting"></polder-error-summary>
        <form id="samenvatting">
          <polder-checkbox-group name="s" label="Vraag" required>
            <polder-checkbox value="a" label="A"></polder-checkbox>
            <polder-checkbox value="b" label="B"></polder-checkbox>
          </polder-checkbox-group>
          <button>Verstuur</button>
        </form>
      </div>`,
    );
    const el = wrapper.querySelector('polder-checkbox-group')!;
    await el.updateComplete;
    await Promise.all([...wrapper.querySelectorAll('polder-checkbox')].map((c) => c.updateComplete));
    const links = await summaryLinks(wrapper.querySelector('form')!);
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Kies ten minste één antwoord']);
    links[0].click();
    expect(document.activeElement).to.equal(el.controls[0]);
  });
  it('moves options added later into the fieldset and gives them the name and a label', async () => {
    const f = await group();
    const el = await ready(f);
    const extra = document.createElement('polder-checkbox');
    extra.setAttribute('value', 'later');
    extra.setAttribute('label', 'Later');
    el.append(extra);
    await new Promise((r) => setTimeout(r));
    await ready(f);
    expect(extra.parentElement!.classList.contains('polder-fieldset__items')).to.equal(true);
    expect(el.controls.at(-1)!.name).to.equal(el.controls[0].name);
    expect([...el.controls.at(-1)!.labels!].map(text)).to.deep.equal(['Later']);
  });

  it('an option added later is named by its label in the accessibility tree (Chromium only)', async () => {
    const f = await group();
    const el = await ready(f);
    const extra = document.createElement('polder-checkbox');
    extra.setAttribute('value', 'later');
    extra.setAttribute('label', 'Later');
    el.append(extra);
    await new Promise((r) => setTimeout(r));
    await ready(f);
    expect((await axNode('polder-checkbox[value=later] input')).name).to.equal('Later');
  });
});

runFormControlTests({
  tag: 'polder-checkbox-group',
  render: ({ id, name }) =>
    serverRender(templates, 'renderCheckboxGroup', { id, label: 'Welke huisdieren heeft u?', name, required: true }, [
      { id: `${id}-hond`, label: 'Hond', value: 'hond' },
      { id: `${id}-kat`, label: 'Kat', value: 'kat' },
    ]),
  fill: (root) => (root.querySelector('input')!.checked = true),
  filled: (name) => [[name, 'hond']],
});
