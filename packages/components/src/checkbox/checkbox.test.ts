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
import { PolderCheckbox } from './define.js';
import { runFormControlTests } from '../test-helpers/form-control-suite.js';

const templates = new URL('./checkbox.template.ts', import.meta.url);
const css = ['/packages/components/src/checkbox/checkbox.css', '/packages/components/src/form-control/choice.css'];
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();

const inForm = (content: unknown) => fixture<HTMLFormElement>(html`<form>${content}<button>Verstuur</button></form>`);

async function ready(f: Element): Promise<PolderCheckbox> {
  const boxes = [...f.querySelectorAll('polder-checkbox')];
  await Promise.all(boxes.map((b) => b.updateComplete));
  return (f.localName === 'polder-checkbox' ? f : boxes[0]) as PolderCheckbox;
}

describe('polder-checkbox', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  describe('a native checkbox in light DOM', () => {
    const labelled = () =>
      inForm(
        html`<polder-checkbox
          name="akkoord"
          value="ja"
          label="Ik ga akkoord"
          hint="Lees eerst de voorwaarden"
        ></polder-checkbox>`,
      );

    it('is labelled, described by its hint, and accessible', async () => {
      const f = await labelled();
      const el = await ready(f);
      expect(el.shadowRoot).to.equal(null);
      expect(el.control!.type).to.equal('checkbox');
      expect(el.control!.classList.contains('polder-checkbox__input')).to.equal(true);
      expect([...el.control!.labels!].map(text)).to.deep.equal(['Ik ga akkoord']);
      expect(describedByText(el.control!)).to.equal('Lees eerst de voorwaarden');
      await expect(f).to.be.accessible();
    });

    it('is a checkbox named by its label and described by its hint in the accessibility tree (Chromium only)', async () => {
      const f = await labelled();
      await ready(f);
      const ax = await axNode('polder-checkbox input');
      expect(ax.role).to.equal('checkbox');
      expect(ax.name).to.equal('Ik ga akkoord');
      expect(ax.description).to.equal('Lees eerst de voorwaarden');
    });

    it('submits name=value when checked, and follows form.reset()', async () => {
      const f = await inForm(
        html`<polder-checkbox name="nieuwsbrief" value="ja" label="Nieuwsbrief"></polder-checkbox>
          <polder-checkbox name="post" label="Per post" checked></polder-checkbox>`,
      );
      const el = await ready(f);
      expect(entries(f)).to.deep.equal([['post', 'on']]);
      el.click();
      expect(el.checked).to.equal(true);
      expect(entries(f)).to.deep.equal([
        ['nieuwsbrief', 'ja'],
        ['post', 'on'],
      ]);
      f.reset();
      expect(el.checked).to.equal(false);
      expect(entries(f)).to.deep.equal([['post', 'on']]);
      el.checked = true;
      expect(el.control!.checked).to.equal(true);
    });

    it('Space toggles it (APG checkbox)', async () => {
      const f = await inForm(html`<polder-checkbox name="a" label="A"></polder-checkbox>`);
      const el = await ready(f);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.control);
      await sendKeys({ press: 'Space' });
      expect(el.checked).to.equal(true);
      await sendKeys({ press: 'Space' });
      expect(el.checked).to.equal(false);
    });

    it('native attributes and the form attribute reach the input; a disabled fieldset disables it', async () => {
      const wrapper = await fixture(
        html`<div>
          <form id="elders"></form>
          <polder-checkbox name="x" value="1" form="elders" label="X" checked></polder-checkbox>
          <polder-checkbox name="y" label="Y" disabled></polder-checkbox>
          <fieldset disabled>
            <legend>Uit</legend>
            <polder-checkbox name="z" label="Z"></polder-checkbox>
          </fieldset>
        </div>`,
      );
      await ready(wrapper);
      const [x, y, z] = wrapper.querySelectorAll('input');
      expect(x.getAttribute('form')).to.equal('elders');
      expect(entries(wrapper.querySelector('form')!)).to.deep.equal([['x', '1']]);
      expect(y.disabled).to.equal(true);
      expect(z.matches(':disabled')).to.equal(true);
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('validation', () => {
    it('required: after a submit attempt it shows its own message, not the browser bubble', async () => {
      const f = await inForm(html`<polder-checkbox name="a" label="Ik ga akkoord" required></polder-checkbox>`);
      const el = await ready(f);
      expect(el.querySelector('.polder-checkbox__error')).to.equal(null);
      expect(await trySubmit(f)).to.equal(false);
      const error = el.querySelector('.polder-checkbox__error')!;
      expect(text(error)).to.equal('Fout: Vink dit aan om verder te gaan');
      expect(el.control!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.control!.getAttribute('aria-describedby')).to.equal(error.id);
      await expect(f).to.be.accessible();
      el.click();
      await el.updateComplete;
      expect(el.querySelector('.polder-checkbox__error')).to.equal(null);
      expect(await trySubmit(f)).to.equal(true);
    });

    it('required: after a submit attempt it is described by its message, and accessible in dark (Chromium only)', async () => {
      const f = await inForm(html`<polder-checkbox name="a" label="Ik ga akkoord" required></polder-checkbox>`);
      await ready(f);
      expect(await trySubmit(f)).to.equal(false);
      expect((await axNode('polder-checkbox input')).description).to.equal('Fout: Vink dit aan om verder te gaan');
      await emulateMedia({ colorScheme: 'dark' });
      await expect(f).to.be.accessible();
    });

    it('English under lang="en", and a per-instance string wins', async () => {
      const f = await inForm(html`<polder-checkbox name="a" label="I agree" required></polder-checkbox>`);
      f.lang = 'en';
      const el = await ready(f);
      await trySubmit(f);
      expect(text(el.querySelector('.polder-checkbox__error'))).to.equal('Error: Select this to continue');
      el.strings = { valueMissing: 'Agree to the terms to continue' };
      await el.updateComplete;
      expect(text(el.querySelector('.polder-checkbox__error'))).to.equal('Error: Agree to the terms to continue');
      await expect(f).to.be.accessible();
    });

    it('form.reset() clears the message', async () => {
      const f = await inForm(html`<polder-checkbox name="a" label="A" required></polder-checkbox>`);
      const el = await ready(f);
      await trySubmit(f);
      expect(el.querySelector('.polder-checkbox__error')).to.not.equal(null);
      f.reset();
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
      expect(el.querySelector('.polder-checkbox__error')).to.equal(null);
    });
  });

  describe('keeps what the user did', () => {
    it('through label, hint, error and lang changes', async () => {
      const f = await inForm(html`<polder-checkbox name="a" label="A"></polder-checkbox>`);
      const el = await ready(f);
      const input = el.control!;
      el.click();
      el.label = 'B';
      el.hint = 'Hint';
      el.error = 'Fout bij B';
      f.lang = 'en';
      await el.updateComplete;
      expect(el.control).to.equal(input);
      expect(input.checked).to.equal(true);
      expect(text(el.querySelector('label'))).to.equal('B');
      expect(text(el.querySelector('.polder-checkbox__error'))).to.equal('Error: Fout bij B');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.have.length(2);
    });

    it('shows markup-like text as text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await fixture<PolderCheckbox>(
        html`<polder-checkbox label=${evil} hint=${evil} error=${evil}></polder-checkbox>`,
      );
      expect(el.querySelector('img')).to.equal(null);
      expect(el.querySelector('label')!.textContent).to.equal(evil);
    });

    const richLabels = () =>
      fixture(
        html`<div>
          <polder-checkbox name="a">Ik heb een <strong>parkeervergunning</strong></polder-checkbox>
          <polder-checkbox name="b"
            ><span slot="label">Ik ga akkoord met de <a href="#voorwaarden">voorwaarden</a></span
            ><span slot="hint">Verplicht</span></polder-checkbox
          >
        </div>`,
      );

    it('takes its label from its content or rich slots', async () => {
      const wrapper = await richLabels();
      await ready(wrapper);
      const [a, b] = wrapper.querySelectorAll('input');
      expect([...a.labels!].map(text)).to.deep.equal(['Ik heb een parkeervergunning']);
      expect(a.labels![0].querySelector('strong')!.textContent).to.equal('parkeervergunning');
      expect([...b.labels!].map(text)).to.deep.equal(['Ik ga akkoord met de voorwaarden']);
      expect(b.labels![0].querySelector('a')!.getAttribute('href')).to.equal('#voorwaarden');
      expect(describedByText(b)).to.equal('Verplicht');
      await expect(wrapper).to.be.accessible();
    });

    it('is named by its content or rich label slot in the accessibility tree (Chromium only)', async () => {
      const wrapper = await richLabels();
      await ready(wrapper);
      expect((await axNode('polder-checkbox[name=a] input')).name).to.equal('Ik heb een parkeervergunning');
      const b = await axNode('polder-checkbox[name=b] input');
      expect(b.name).to.equal('Ik ga akkoord met de voorwaarden');
      expect(b.description).to.equal('Verplicht');
    });
  });

  describe('server rendering and no JavaScript', () => {
    const state = { id: 'akkoord', label: 'Ik ga akkoord', hint: 'Lees de voorwaarden', name: 'akkoord', value: 'ja' };

    it('adopts server-rendered markup and keeps a state restored before the upgrade', async () => {
      const markup = await serverRender(templates, 'renderCheckbox', state);
      expect(markup).to.contain('class="polder-checkbox__input"');
      const wrapper = insertServerHtml(
        `<form>${markup.replaceAll('polder-checkbox>', 'polder-checkbox-late>').replace('<polder-checkbox', '<polder-checkbox-late')}</form>`,
      );
      const input = wrapper.querySelector('input')!;
      input.checked = true; // what back navigation restores
      customElements.define('polder-checkbox-late', class extends PolderCheckbox {});
      const el = wrapper.querySelector<PolderCheckbox>('polder-checkbox-late')!;
      await el.updateComplete;
      expect(el.control).to.equal(input);
      expect(input.checked).to.equal(true);
      expect(wrapper.querySelectorAll('input, label').length).to.equal(2);
      expect(input.getAttribute('aria-describedby')).to.equal('akkoord-hint');
      expect(entries(wrapper.querySelector('form')!)).to.deep.equal([['akkoord', 'ja']]);
      wrapper.remove();
    });

    it('a server-rendered checkbox submits in a page where scripts cannot run', async () => {
      const markup = await serverRender(templates, 'renderCheckbox', state);
      const query = await submitWithoutScript(markup, css, (doc) => {
        const input = doc.querySelector('input')!;
        const style = doc.defaultView!.getComputedStyle(input);
        expect(style.appearance).to.equal('none');
        expect(parseFloat(style.width)).to.be.at.least(24);
        doc.querySelector('label')!.click();
      });
      expect(query.getAll('akkoord')).to.deep.equal(['ja']);
    });
  });

  describe('looks', () => {
    const everyState = () => {
      const long =
        'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld en dat ik weet dat een onjuiste opgave gevolgen kan hebben voor mijn aanvraag';
      return inForm(
        html`<polder-checkbox name="a" label="Leeg"></polder-checkbox>
          <polder-checkbox name="b" label="Aan" checked hint="Met hint"></polder-checkbox>
          <polder-checkbox name="c" label="Fout" error="Vink dit aan"></polder-checkbox>
          <polder-checkbox name="d" label="Uit" disabled checked></polder-checkbox>
          <polder-checkbox name="e" label=${long}></polder-checkbox>
          <div lang="en"><polder-checkbox name="f" label="English" error="Select this"></polder-checkbox></div>`,
      );
    };

    it('every state passes axe', async () => {
      const f = await everyState();
      await ready(f);
      expect(text(f.querySelector('[lang=en] .polder-checkbox__error'))).to.equal('Error: Select this');
      await expect(f).to.be.accessible();
    });

    it('every state passes axe in dark (Chromium only)', async () => {
      const f = await everyState();
      await ready(f);
      await emulateMedia({ colorScheme: 'dark' });
      await expect(f).to.be.accessible();
    });

    it('has a 24px+ box, a check mark when checked, and a focus ring', async () => {
      const f = await inForm(html`<polder-checkbox name="a" label="A"></polder-checkbox>`);
      const el = await ready(f);
      const { width, height } = el.control!.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
      expect(getComputedStyle(el.control!, '::before').visibility).to.equal('hidden');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(getComputedStyle(el.control!, '::before').visibility).to.equal('visible');
      const style = getComputedStyle(el.control!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('uses system colours in forced-colors mode (Chromium only)', async () => {
      const el = await fixture<PolderCheckbox>(html`<polder-checkbox label="A" checked></polder-checkbox>`);
      await emulateMedia({ forcedColors: 'active' });
      expect(getComputedStyle(el.control!).borderTopColor).to.equal(systemColor('FieldText'));
      expect(getComputedStyle(el.control!, '::before').backgroundColor).to.equal(systemColor('FieldText'));
    });
  });
});

runFormControlTests({
  tag: 'polder-checkbox',
  render: ({ id, name }) =>
    serverRender(templates, 'renderCheckbox', { id, label: 'Ik ga akkoord', name, value: 'ja', required: true }),
  fill: (root) => (root.querySelector('input')!.checked = true),
  filled: (name) => [[name, 'ja']],
});
