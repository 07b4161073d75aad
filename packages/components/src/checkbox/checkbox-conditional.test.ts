// Conditional reveal on polder-checkbox: a follow-up question under a checked box, with and without scripts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../checkbox-group/define.js';
import type { PolderCheckboxGroup } from '../checkbox-group/define.js';
import '../text-field/define.js';
import { axNode, entries, insertServerHtml, serverRender, settled } from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import './define.js';
import type { PolderCheckbox } from './define.js';

const templates = new URL('./checkbox.template.ts', import.meta.url);
const css = [
  '/packages/components/src/checkbox/checkbox.css',
  '/packages/components/src/form-control/choice.css',
  '/packages/components/src/styles/visually-hidden.css',
];

const question = () =>
  fixture<HTMLFormElement>(
    html`<form>
      <polder-checkbox-group label="Hoe wilt u bericht krijgen?" name="contact">
        <polder-checkbox value="email" label="E-mail"
          ><polder-text-field slot="conditional" type="email" label="E-mailadres" name="email"></polder-text-field
        ></polder-checkbox>
        <polder-checkbox value="post" label="Per post"></polder-checkbox>
        <polder-checkbox value="sms" label="Sms"
          ><polder-text-field slot="conditional" type="tel" label="Mobiel nummer" name="mobiel"></polder-text-field
        ></polder-checkbox>
      </polder-checkbox-group>
      <button>Verder</button>
    </form>`,
  );

const parts = async (form: HTMLFormElement) => {
  await settled(form);
  const boxes = [...form.querySelectorAll<PolderCheckbox>('polder-checkbox')];
  return {
    boxes,
    inputs: boxes.map((b) => b.control!),
    followUps: [boxes[0], boxes[2]].map((b) => b.querySelector<HTMLElement>('.polder-checkbox__conditional')!),
  };
};
const shown = (el: HTMLElement) => getComputedStyle(el).display !== 'none';

describe('polder-checkbox with a follow-up question (conditional reveal)', () => {
  it('shows each follow-up under its box while it is checked, with aria-controls and aria-expanded', async () => {
    const form = await question();
    const { inputs, followUps } = await parts(form);
    expect(inputs[0].getAttribute('aria-controls')).to.equal(followUps[0].id);
    expect(inputs[0].getAttribute('aria-expanded')).to.equal('false');
    expect(inputs[1].hasAttribute('aria-controls')).to.equal(false);
    expect(inputs[1].hasAttribute('aria-expanded')).to.equal(false);
    expect(followUps.map(shown)).to.deep.equal([false, false]);
    await expect(form).to.be.accessible();
    inputs[0].click();
    inputs[2].click();
    await settled(form);
    // Checkboxes are independent: both follow-ups show.
    expect(followUps.map(shown)).to.deep.equal([true, true]);
    expect(inputs.map((i) => i.getAttribute('aria-expanded'))).to.deep.equal(['true', null, 'true']);
    const { bottom } = inputs[0].getBoundingClientRect();
    expect(followUps[0].getBoundingClientRect().top).to.be.at.least(bottom);
    expect(followUps[0].getBoundingClientRect().bottom).to.be.at.most(inputs[1].getBoundingClientRect().top);
    await expect(form).to.be.accessible();
    inputs[0].click();
    await settled(form);
    expect(followUps.map(shown)).to.deep.equal([false, true]);
    expect(inputs[0].getAttribute('aria-expanded')).to.equal('false');
  });

  it('exposes expanded and collapsed in the accessibility tree; dark is accessible (Chromium only)', async () => {
    const form = await question();
    const { inputs } = await parts(form);
    expect((await axNode('polder-checkbox input')).expanded).to.equal(false);
    inputs[0].click();
    await settled(form);
    expect((await axNode('polder-checkbox input')).expanded).to.equal(true);
    expect((await axNode('polder-checkbox polder-text-field input')).name).to.equal('E-mailadres');
    await emulateMedia({ colorScheme: 'dark' });
    await expect(form).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('keyboard: Space checks the box and Tab goes on into its follow-up', async () => {
    const form = await question();
    const { inputs, followUps } = await parts(form);
    inputs[0].focus();
    await sendKeys({ press: 'Space' });
    await settled(form);
    expect(shown(followUps[0])).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(followUps[0].querySelector('input'));
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Space' });
    await settled(form);
    expect(shown(followUps[0])).to.equal(false);
  });

  it('hidden follow-ups stay in the form; reset hides them again; the group counts only its own boxes', async () => {
    const form = await question();
    const { inputs, followUps, boxes } = await parts(form);
    inputs[0].click();
    await settled(form);
    followUps[0].querySelector('input')!.value = 'anne@voorbeeld.nl';
    expect(entries(form)).to.deep.equal([
      ['contact', 'email'],
      ['email', 'anne@voorbeeld.nl'],
      ['mobiel', ''],
    ]);
    const group = form.querySelector<PolderCheckboxGroup>('polder-checkbox-group')!;
    expect(group.controls).to.deep.equal(inputs);
    const reset = oneEvent(form, 'reset');
    form.reset();
    await reset;
    await new Promise((resolve) => setTimeout(resolve));
    await settled(form);
    expect(followUps.map(shown)).to.deep.equal([false, false]);
    expect(inputs[0].getAttribute('aria-expanded')).to.equal('false');
    boxes[2].checked = true;
    await settled(form);
    expect(followUps.map(shown)).to.deep.equal([false, true]);
  });

  it('from the server: without scripts the follow-up is shown and submits; upgraded, it follows the box', async () => {
    const markup = await serverRender(templates, 'renderCheckbox', {
      id: 'post',
      name: 'post',
      value: 'ja',
      label: 'Stuur mij ook een brief',
      conditional: 'VERVOLGVRAAG',
    });
    // What a server renders for the follow-up question's own field.
    const withField = markup.replace('VERVOLGVRAAG', '<label for="adres">Adres</label><input id="adres" name="adres">');
    expect(withField).to.contain('class="polder-checkbox__conditional"');
    expect(withField).to.not.contain('aria-expanded');
    const query = await submitWithoutScript(withField, css, (doc) => {
      const box = doc.querySelector<HTMLElement>('.polder-checkbox__conditional')!;
      expect(doc.defaultView!.getComputedStyle(box).display).to.equal('block');
      expect(doc.defaultView!.getComputedStyle(box).borderInlineStartStyle).to.equal('solid');
      doc.querySelector<HTMLInputElement>('#adres')!.value = 'Dorpsstraat 1';
    });
    expect([...query.entries()]).to.deep.equal([['adres', 'Dorpsstraat 1']]);
    const wrapper = insertServerHtml(`<form>${withField}</form>`);
    await settled(wrapper);
    const box = wrapper.querySelector<HTMLElement>('.polder-checkbox__conditional')!;
    expect(wrapper.querySelectorAll('.polder-checkbox__conditional, #adres').length).to.equal(2);
    expect(shown(box)).to.equal(false);
    const input = wrapper.querySelector<HTMLInputElement>('#post')!;
    expect(input.getAttribute('aria-controls')).to.equal(box.id);
    input.click();
    await settled(wrapper);
    expect(shown(box)).to.equal(true);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    wrapper.remove();
  });
});
