import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  axNode,
  captureWarnings,
  entries,
  insertServerHtml,
  serverRender,
  systemColor,
  trySubmit,
} from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { summaryLinks } from '../test-helpers/summary.js';
import '../error-summary/define.js';
import { PolderRadioGroup } from './define.js';
import { runFormControlTests } from '../test-helpers/form-control-suite.js';

const templates = new URL('./radio-group.template.ts', import.meta.url);
const css = [
  '/packages/components/src/form-control/fieldset.css',
  '/packages/components/src/radio-group/radio-group.css',
  '/packages/components/src/form-control/choice.css',
];

const group = (attrs: { label?: string; hint?: string; error?: string; required?: boolean } = {}) =>
  fixture<HTMLFormElement>(
    html`<form>
      <polder-radio-group
        name="kleur"
        label=${attrs.label ?? 'Welke kleur heeft uw fiets?'}
        hint=${attrs.hint ?? ''}
        error=${attrs.error ?? ''}
        ?required=${attrs.required}
      >
        <polder-radio value="rood" label="Rood"></polder-radio>
        <polder-radio value="groen" label="Groen"></polder-radio>
        <polder-radio value="blauw" label="Blauw"></polder-radio>
      </polder-radio-group>
      <button>Verstuur</button>
    </form>`,
  );

async function ready(f: Element): Promise<PolderRadioGroup> {
  const el = f.querySelector<PolderRadioGroup>('polder-radio-group')!;
  await el.updateComplete;
  await Promise.all([...f.querySelectorAll('polder-radio')].map((r) => r.updateComplete));
  return el;
}

describe('polder-radio-group', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  describe('a native fieldset of native radios', () => {
    it('renders a fieldset named by its legend, described by its hint, with labelled radios', async () => {
      const f = await group({ hint: 'Kies de kleur van het frame.' });
      const el = await ready(f);
      const fieldset = el.fieldset!;
      expect(fieldset.localName).to.equal('fieldset');
      expect(el.querySelector('legend')!.textContent!.trim()).to.equal('Welke kleur heeft uw fiets?');
      expect(fieldset.getAttribute('aria-describedby')).to.equal(el.querySelector('.polder-fieldset__hint')!.id);
      expect(el.querySelector('.polder-fieldset__hint')!.textContent!.trim()).to.equal('Kies de kleur van het frame.');
      const radio = f.querySelector<HTMLInputElement>('polder-radio[value=groen] input')!;
      expect(radio.type).to.equal('radio');
      expect(radio.labels![0].textContent!.trim()).to.equal('Groen');
      await expect(f).to.be.accessible();
    });

    it('the accessibility tree has a group named by the legend, described by the hint, of named radios (Chromium only)', async () => {
      await ready(await group({ hint: 'Kies de kleur van het frame.' }));
      const ax = await axNode('polder-radio-group fieldset');
      expect(ax.role).to.equal('group');
      expect(ax.name).to.equal('Welke kleur heeft uw fiets?');
      expect(ax.description).to.equal('Kies de kleur van het frame.');
      const radio = await axNode('polder-radio[value=groen] input');
      expect(radio.role).to.equal('radio');
      expect(radio.name).to.equal('Groen');
    });

    it('passes name to every native radio and submits the checked value', async () => {
      const f = await group();
      const el = await ready(f);
      expect(el.controls.map((c) => c.name)).to.deep.equal(['kleur', 'kleur', 'kleur']);
      expect(entries(f)).to.deep.equal([]);
      el.controls[1].click();
      expect(entries(f)).to.deep.equal([['kleur', 'groen']]);
      expect(el.value).to.equal('groen');
      el.value = 'blauw';
      expect(entries(f)).to.deep.equal([['kleur', 'blauw']]);
      await expect(f).to.be.accessible();
    });

    it('reaches a form elsewhere through the form attribute', async () => {
      const wrapper = await fixture(
        html`<div>
          <form id="elders"></form>
          <polder-radio-group name="ja-nee" label="Akkoord?" form="elders">
            <polder-radio value="ja" label="Ja" checked></polder-radio>
            <polder-radio value="nee" label="Nee"></polder-radio>
          </polder-radio-group>
        </div>`,
      );
      const el = await ready(wrapper);
      expect(el.controls.every((c) => c.getAttribute('form') === 'elders')).to.equal(true);
      expect(entries(wrapper.querySelector('form')!)).to.deep.equal([['ja-nee', 'ja']]);
    });

    it('form.reset() restores the initial choice', async () => {
      const f = await fixture<HTMLFormElement>(
        html`<form>
          <polder-radio-group name="n" label="Keuze">
            <polder-radio value="a" label="A" checked></polder-radio>
            <polder-radio value="b" label="B"></polder-radio>
          </polder-radio-group>
        </form>`,
      );
      const el = await ready(f);
      el.controls[1].click();
      expect(el.value).to.equal('b');
      f.reset();
      expect(el.value).to.equal('a');
    });

    it('the properties of a radio and the group read and set their attributes, as a native radio’s do', async () => {
      const f = await group();
      const el = await ready(f);
      expect(el.orientation).to.equal('vertical');
      expect(el.hasAttribute('orientation')).to.equal(false);
      const [rood, groen] = f.querySelectorAll('polder-radio');
      expect([groen.label, groen.hint, groen.value, groen.defaultChecked, groen.disabled]).to.deep.equal([
        'Groen',
        '',
        'groen',
        false,
        false,
      ]);
      Object.assign(groen, { label: 'Lichtgroen', hint: 'Of mintgroen', defaultChecked: true });
      Object.assign(rood, { disabled: true });
      el.orientation = 'inline';
      expect(groen.getAttribute('label')).to.equal('Lichtgroen');
      expect(groen.hasAttribute('checked')).to.equal(true);
      expect(rood.hasAttribute('disabled')).to.equal(true);
      expect(el.getAttribute('orientation')).to.equal('inline');
      await ready(f);
      expect(groen.querySelector('label')!.textContent!.trim()).to.equal('Lichtgroen');
      expect(groen.control!.defaultChecked).to.equal(true);
      expect(rood.control!.disabled).to.equal(true);
      expect(el.fieldset!.classList.contains('polder-radio-group--inline')).to.equal(true);
      el.controls[2].click();
      f.reset();
      expect(el.value).to.equal('groen');
      await expect(f).to.be.accessible();
    });

    it('is disabled by its attribute and by a disabled fieldset around it', async () => {
      const f = await fixture<HTMLFormElement>(
        html`<form>
          <polder-radio-group name="a" label="Een" disabled
            ><polder-radio value="1" label="1"></polder-radio
          ></polder-radio-group>
          <fieldset disabled>
            <legend>Buiten</legend>
            <polder-radio-group name="b" label="Twee"
              ><polder-radio value="2" label="2"></polder-radio
            ></polder-radio-group>
          </fieldset>
        </form>`,
      );
      await ready(f);
      const [one, two] = f.querySelectorAll('input');
      expect(one.matches(':disabled')).to.equal(true);
      expect(two.matches(':disabled')).to.equal(true);
      one.click();
      expect(entries(f)).to.deep.equal([]);
      await expect(f).to.be.accessible();
    });
  });

  describe('keyboard (WAI-ARIA APG radio group, native)', () => {
    it('Tab enters at the first radio when none is checked; arrows move and check, wrapping around', async () => {
      const f = await group();
      const el = await ready(f);
      const [rood, groen, blauw] = el.controls;
      const before = document.createElement('button');
      before.textContent = 'voor';
      f.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(rood);
      expect(rood.checked).to.equal(false);
      await sendKeys({ press: 'Space' });
      expect(rood.checked).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      expect(document.activeElement).to.equal(groen);
      expect(groen.checked).to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      expect(blauw.checked).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      expect(document.activeElement).to.equal(rood);
      expect(rood.checked).to.equal(true);
      await sendKeys({ press: 'ArrowUp' });
      expect(blauw.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal([...f.querySelectorAll(':scope > button')].at(-1));
    });

    it('Tab enters at the checked radio', async () => {
      const f = await group();
      const el = await ready(f);
      el.controls[2].checked = true;
      const before = document.createElement('button');
      f.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.controls[2]);
    });
  });

  describe('validation', () => {
    it('after a submit attempt without an answer it shows its own message, not the browser bubble', async () => {
      const f = await group({ required: true });
      const el = await ready(f);
      expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
      expect(el.controls.every((c) => c.required)).to.equal(true);
      expect(await trySubmit(f)).to.equal(false);
      const error = el.querySelector('.polder-fieldset__error')!;
      expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fout: Kies een antwoord');
      expect(el.errorMessage).to.equal('Kies een antwoord');
      expect(el.fieldset!.getAttribute('aria-describedby')).to.contain(error.id);
      expect(el.fieldset!.classList.contains('polder-fieldset--invalid')).to.equal(true);
      expect(el.controls[0].getAttribute('aria-invalid')).to.equal('true');
      await expect(f).to.be.accessible();
      // Answering clears the message; the form submits.
      el.controls[0].click();
      await ready(f);
      expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
      expect(el.controls[0].hasAttribute('aria-invalid')).to.equal(false);
      expect(await trySubmit(f)).to.equal(true);
    });

    it('after a submit attempt the accessibility tree reads the message as the group’s description, and dark mode passes axe (Chromium only)', async () => {
      const f = await group({ required: true });
      await ready(f);
      await trySubmit(f);
      expect((await axNode('polder-radio-group fieldset')).description).to.equal('Fout: Kies een antwoord');
      await emulateMedia({ colorScheme: 'dark' });
      await expect(f).to.be.accessible();
    });

    it('speaks English under lang="en", and a per-instance string wins', async () => {
      const f = await group({ required: true });
      f.setAttribute('lang', 'en');
      const el = await ready(f);
      await trySubmit(f);
      expect(el.querySelector('.polder-fieldset__error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Error: Select an answer',
      );
      el.strings = { valueMissing: 'Select the colour of your bike' };
      await trySubmit(f);
      expect(el.errorMessage).to.equal('Select the colour of your bike');
      await expect(f).to.be.accessible();
    });

    it('form.reset() clears the message', async () => {
      const f = await group({ required: true });
      const el = await ready(f);
      await trySubmit(f);
      expect(el.errorMessage).to.not.equal('');
      f.reset();
      await new Promise((r) => setTimeout(r, 10));
      await ready(f);
      expect(el.querySelector('.polder-fieldset__error')).to.equal(null);
    });

    it('shows an error from the server (error attribute), and a rich error slot', async () => {
      const f = await group({ error: 'Kies de kleur van uw fiets' });
      const el = await ready(f);
      expect(el.querySelector('.polder-fieldset__error')!.textContent).to.contain('Kies de kleur van uw fiets');
      await expect(f).to.be.accessible();
    });
  });

  describe('keeps what the user chose', () => {
    it('through label, error, hint and lang changes', async () => {
      const f = await group();
      const el = await ready(f);
      const input = el.controls[1];
      input.click();
      el.label = 'Andere vraag';
      el.error = 'Een fout';
      el.hint = 'Een hint';
      f.setAttribute('lang', 'en');
      await ready(f);
      expect(el.controls[1]).to.equal(input);
      expect(input.checked).to.equal(true);
      expect(el.querySelector('legend')!.textContent!.trim()).to.equal('Andere vraag');
      expect(el.querySelector('.polder-fieldset__error')!.textContent).to.contain('Error:');
    });

    it('shows markup-like text as text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const f = await group({ label: evil, hint: evil, error: evil });
      const el = await ready(f);
      expect(el.querySelector('img')).to.equal(null);
      expect(el.querySelector('legend')!.textContent).to.contain(evil);
      expect(el.querySelector('.polder-fieldset__hint')!.textContent).to.contain(evil);
    });

    const slotted = () =>
      fixture<HTMLFormElement>(
        html`<form>
          <polder-radio-group name="s">
            <h1 slot="label">Waar woont u?</h1>
            <span slot="hint">Kies <strong>één</strong> land.</span>
            <polder-radio value="nl">Nederland</polder-radio>
            <polder-radio value="be"
              ><span slot="label">België</span><span slot="hint">Ook Vlaanderen</span></polder-radio
            >
          </polder-radio-group>
        </form>`,
      );

    it('takes rich content from slots and the option label from its content', async () => {
      const f = await slotted();
      const el = await ready(f);
      expect(el.querySelector('legend > h1')!.textContent).to.equal('Waar woont u?');
      expect(el.querySelector('.polder-fieldset__hint strong')).to.not.equal(null);
      const nl = f.querySelector<HTMLInputElement>('polder-radio[value=nl] input')!;
      expect(nl.labels![0].textContent!.trim()).to.equal('Nederland');
      const be = f.querySelector<HTMLInputElement>('polder-radio[value=be] input')!;
      expect(be.labels![0].textContent!.trim()).to.equal('België');
      const described = be.getAttribute('aria-describedby')!.split(' ');
      expect(described.map((id) => document.getElementById(id)!.textContent!.trim())).to.deep.equal(['Ook Vlaanderen']);
      await expect(f).to.be.accessible();
    });

    it('the accessibility tree names options from their content and slotted label, described by their hint (Chromium only)', async () => {
      await ready(await slotted());
      expect((await axNode('polder-radio[value=nl] input')).name).to.equal('Nederland');
      const be = await axNode('polder-radio[value=be] input');
      expect(be.name).to.equal('België');
      expect(be.description).to.equal('Ook Vlaanderen');
    });
  });

  describe('server rendering and no JavaScript', () => {
    const state = {
      id: 'kleur',
      label: 'Welke kleur?',
      hint: 'Eén kleur',
      name: 'kleur',
      required: true,
    };
    const radios = [
      { id: 'kleur-rood', label: 'Rood', value: 'rood' },
      { id: 'kleur-groen', label: 'Groen', value: 'groen', checked: true },
    ];

    it('adopts server-rendered markup, keeping the native radios and a choice restored before the upgrade', async () => {
      const markup = await serverRender(templates, 'renderRadioGroup', state, radios);
      expect(markup).to.contain('<fieldset');
      expect(markup).to.contain('name="kleur"');
      const wrapper = insertServerHtml(`<form>${markup.replaceAll('polder-radio', 'polder-radio-late')}</form>`);
      const inputs = [...wrapper.querySelectorAll('input')];
      // As the browser does when it restores form state on back navigation: a dirty checked state.
      inputs[0].checked = true;
      const { PolderRadio } = await import('./radio.js');
      customElements.define('polder-radio-late', class extends PolderRadio {});
      customElements.define('polder-radio-late-group', class extends PolderRadioGroup {});
      const el = wrapper.querySelector<PolderRadioGroup>('polder-radio-late-group')!;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect([...wrapper.querySelectorAll('input')]).to.deep.equal(inputs);
      expect(inputs[0].checked).to.equal(true);
      expect(wrapper.querySelectorAll('fieldset').length).to.equal(1);
      expect(wrapper.querySelectorAll('legend').length).to.equal(1);
      expect(entries(wrapper.querySelector('form')!)).to.deep.equal([['kleur', 'rood']]);
      wrapper.remove();
    });

    it('a server-rendered group submits its value in a page where scripts cannot run', async () => {
      const markup = await serverRender(templates, 'renderRadioGroup', state, radios);
      const query = await submitWithoutScript(markup, css, (doc) => {
        expect(doc.defaultView!.customElements.get('polder-radio-group')).to.equal(undefined);
        const input = doc.querySelector<HTMLInputElement>('#kleur-rood')!;
        expect(parseFloat(doc.defaultView!.getComputedStyle(input).width)).to.be.at.least(24);
        input.click();
      });
      expect(query.getAll('kleur')).to.deep.equal(['rood']);
    });
  });

  describe('looks', () => {
    const long =
      'Heeft u in de afgelopen vijf jaar in een ander land gewoond dan Nederland, bijvoorbeeld voor werk, studie of een andere reden?';
    const states = async () => {
      const f = await fixture<HTMLFormElement>(
        html`<form>
          <polder-radio-group name="a" label="Leeg"
            ><polder-radio value="1" label="Een"></polder-radio
          ></polder-radio-group>
          <polder-radio-group name="b" label="Gevuld" hint="Een hint">
            <polder-radio value="1" label="Een" checked hint="Met uitleg"></polder-radio>
          </polder-radio-group>
          <polder-radio-group name="c" label="Fout" error="Kies een antwoord"
            ><polder-radio value="1" label="Een"></polder-radio
          ></polder-radio-group>
          <polder-radio-group name="d" label="Uit" disabled
            ><polder-radio value="1" label="Een" checked></polder-radio
          ></polder-radio-group>
          <polder-radio-group name="e" label=${long} orientation="inline">
            <polder-radio value="ja" label="Ja"></polder-radio><polder-radio value="nee" label=${long}></polder-radio>
          </polder-radio-group>
          <div lang="en">
            <polder-radio-group name="f" label="English" error="Select an answer"
              ><polder-radio value="1" label="One"></polder-radio
            ></polder-radio-group>
          </div>
        </form>`,
      );
      await ready(f);
      await new Promise((r) => setTimeout(r));
      return f;
    };

    it('every state passes axe: empty, filled, hint, error, disabled, long label, en', async () => {
      const f = await states();
      expect(f.querySelector('[lang=en] .polder-fieldset__error')!.textContent).to.contain('Error:');
      await expect(f).to.be.accessible();
    });

    it('every state passes axe in dark mode (Chromium only)', async () => {
      const f = await states();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(f).to.be.accessible();
    });

    it('has 24px+ targets and a visible focus ring', async () => {
      const f = await group();
      const el = await ready(f);
      const { width, height } = el.controls[0].getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      const style = getComputedStyle(document.activeElement!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('uses system colours in forced-colors mode, and the checked dot stays visible (Chromium only)', async () => {
      const f = await group();
      const el = await ready(f);
      el.controls[0].checked = true;
      await emulateMedia({ forcedColors: 'active' });
      expect(getComputedStyle(el.controls[0]).borderTopColor).to.equal(systemColor('FieldText'));
      const dot = getComputedStyle(el.controls[0], '::before');
      expect(dot.visibility).to.equal('visible');
      expect(dot.backgroundColor).to.equal(systemColor('FieldText'));
    });

    it('a misspelled orientation falls back to vertical with one warning naming element and value', async () => {
      let el!: PolderRadioGroup;
      const warnings = await captureWarnings(async () => {
        el = await fixture<PolderRadioGroup>(
          html`<polder-radio-group label="x" name="x" orientation="horizontal"></polder-radio-group>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(el.fieldset!.classList.contains('polder-radio-group--inline')).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<polder-radio-group>').and.to.contain('"horizontal"');
    });
  });
  it('is listed once in polder-error-summary, and the link moves focus to its first option', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-error-summary for="samenvatting"></polder-error-summary>
        <form id="samenvatting">
          <polder-radio-group name="s" label="Vraag" required>
            <polder-radio value="a" label="A"></polder-radio>
            <polder-radio value="b" label="B"></polder-radio>
          </polder-radio-group>
          <button>Verstuur</button>
        </form>
      </div>`,
    );
    const el = wrapper.querySelector('polder-radio-group')!;
    await el.updateComplete;
    await Promise.all([...wrapper.querySelectorAll('polder-radio')].map((c) => c.updateComplete));
    const links = await summaryLinks(wrapper.querySelector('form')!);
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Kies een antwoord']);
    links[0].click();
    expect(document.activeElement).to.equal(el.controls[0]);
  });
  const addLater = async () => {
    const f = await group();
    const el = await ready(f);
    const extra = document.createElement('polder-radio');
    extra.setAttribute('value', 'later');
    extra.setAttribute('label', 'Later');
    el.append(extra);
    await new Promise((r) => setTimeout(r));
    await ready(f);
    return { el, extra };
  };

  it('moves options added later into the fieldset and gives them the name and a label', async () => {
    const { el, extra } = await addLater();
    expect(extra.parentElement!.classList.contains('polder-fieldset__items')).to.equal(true);
    expect(el.controls.at(-1)!.name).to.equal(el.controls[0].name);
    expect(el.controls.at(-1)!.labels![0].textContent!.trim()).to.equal('Later');
  });

  it('the accessibility tree names an option added later (Chromium only)', async () => {
    await addLater();
    expect((await axNode('polder-radio[value=later] input')).name).to.equal('Later');
  });
});

runFormControlTests({
  tag: 'polder-radio-group',
  render: ({ id, name }) =>
    serverRender(templates, 'renderRadioGroup', { id, label: 'Heeft u een partner?', name, required: true }, [
      { id: `${id}-ja`, label: 'Ja', value: 'ja' },
      { id: `${id}-nee`, label: 'Nee', value: 'nee' },
    ]),
  fill: (root) => (root.querySelector('input')!.checked = true),
  filled: (name) => [[name, 'ja']],
});
