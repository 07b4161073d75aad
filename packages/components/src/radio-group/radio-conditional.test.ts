// Conditional reveal on polder-radio: a follow-up question under the chosen option, with and without scripts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../text-field/define.js';
import { axNode, entries, insertServerHtml, serverRender, settled } from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { PolderRadio, PolderRadioGroup } from './define.js';

const templates = new URL('./radio-group.template.ts', import.meta.url);
const css = [
  '/packages/components/src/form-control/fieldset.css',
  '/packages/components/src/radio-group/radio-group.css',
  '/packages/components/src/form-control/choice.css',
  '/packages/components/src/form-control/form-control.css',
  '/packages/components/src/text-field/text-field.css',
  '/packages/components/src/styles/visually-hidden.css',
];

const question = () =>
  fixture<HTMLFormElement>(
    html`<form>
      <polder-radio-group label="Gaat u inwonen bij iemand?" name="inwonen">
        <polder-radio value="ja" label="Ja"
          ><polder-text-field slot="conditional" label="Naam van de hoofdbewoner" name="hoofdbewoner">
          </polder-text-field
        ></polder-radio>
        <polder-radio value="nee" label="Nee"></polder-radio>
        <polder-radio value="weet-niet" label="Weet ik nog niet"
          ><polder-text-field slot="conditional" label="Wanneer weet u het?" name="wanneer"></polder-text-field
        ></polder-radio>
      </polder-radio-group>
      <button>Verder</button>
    </form>`,
  );

const parts = async (form: HTMLFormElement) => {
  await settled(form);
  const radios = [...form.querySelectorAll<PolderRadio>('polder-radio')];
  return {
    group: form.querySelector<PolderRadioGroup>('polder-radio-group')!,
    radios,
    inputs: radios.map((r) => r.control!),
    boxes: [radios[0], radios[2]]
      .filter(Boolean)
      .map((r) => r.querySelector<HTMLElement>(':scope > .polder-radio > .polder-radio__conditional')!),
  };
};
const shown = (box: HTMLElement) => getComputedStyle(box).display !== 'none';

describe('polder-radio with a follow-up question (conditional reveal)', () => {
  it('puts the follow-up under its option, hidden until that option is chosen, with aria-controls', async () => {
    const form = await question();
    const { inputs, boxes } = await parts(form);
    expect(boxes[0].querySelector('polder-text-field')).to.not.equal(null);
    expect(inputs[0].getAttribute('aria-controls')).to.equal(boxes[0].id);
    expect(inputs[2].getAttribute('aria-controls')).to.equal(boxes[1].id);
    expect(inputs[1].hasAttribute('aria-controls')).to.equal(false);
    // No aria-expanded: ARIA 1.2 does not allow it on a radio (axe's aria-allowed-attr).
    expect(inputs.some((i) => i.hasAttribute('aria-expanded'))).to.equal(false);
    expect(boxes.map(shown)).to.deep.equal([false, false]);
    await expect(form).to.be.accessible();

    inputs[0].click();
    await settled(form);
    expect(boxes.map(shown)).to.deep.equal([true, false]);
    // Directly under its option, before the next one.
    const { bottom } = inputs[0].getBoundingClientRect();
    expect(boxes[0].getBoundingClientRect().top).to.be.at.least(bottom);
    expect(boxes[0].getBoundingClientRect().bottom).to.be.at.most(inputs[1].getBoundingClientRect().top);
    await expect(form).to.be.accessible();

    // Only the chosen option's follow-up shows: choosing another hides the first (its radio had no event).
    inputs[2].click();
    await settled(form);
    expect(boxes.map(shown)).to.deep.equal([false, true]);
    inputs[1].click();
    await settled(form);
    expect(boxes.map(shown)).to.deep.equal([false, false]);
  });

  it('a hidden follow-up is out of the accessibility tree; shown, its field is named by its own label (Chromium only)', async () => {
    const form = await question();
    const { inputs } = await parts(form);
    expect((await axNode('polder-radio polder-text-field input')).ignored).to.equal(true);
    expect((await axNode('polder-radio input')).name).to.equal('Ja');
    inputs[0].click();
    await settled(form);
    const node = await axNode('polder-radio polder-text-field input');
    expect(node.ignored).to.not.equal(true);
    expect(node.name).to.equal('Naam van de hoofdbewoner');
  });

  it('keyboard: arrow keys choose options and the follow-ups follow; Tab goes from the option into its follow-up', async () => {
    const form = await question();
    const { inputs, boxes } = await parts(form);
    inputs[0].focus();
    await sendKeys({ press: 'Space' });
    await settled(form);
    expect(boxes.map(shown)).to.deep.equal([true, false]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(boxes[0].querySelector('input'));
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await settled(form);
    expect(inputs[1].checked).to.equal(true);
    expect(boxes.map(shown)).to.deep.equal([false, false]);
    await sendKeys({ press: 'ArrowDown' });
    await settled(form);
    expect(boxes.map(shown)).to.deep.equal([false, true]);
  });

  it('a hidden follow-up stays in the form: FormData has it; reset hides it again', async () => {
    const form = await question();
    const { inputs, boxes, radios } = await parts(form);
    inputs[0].click();
    await settled(form);
    boxes[0].querySelector('input')!.value = 'Anne de Vries';
    expect(entries(form)).to.deep.equal([
      ['inwonen', 'ja'],
      ['hoofdbewoner', 'Anne de Vries'],
      ['wanneer', ''],
    ]);
    inputs[1].click();
    await settled(form);
    expect(entries(form)).to.deep.equal([
      ['hoofdbewoner', 'Anne de Vries'],
      ['inwonen', 'nee'],
      ['wanneer', ''],
    ]);
    // Reset: back to no choice, the follow-ups hidden, the typed name gone.
    inputs[2].click();
    await settled(form);
    expect(shown(boxes[1])).to.equal(true);
    const reset = oneEvent(form, 'reset');
    form.reset();
    await reset;
    await new Promise((resolve) => setTimeout(resolve));
    await settled(form);
    expect(boxes.map(shown)).to.deep.equal([false, false]);
    expect(boxes[0].querySelector('input')!.value).to.equal('');
    // Set from a script: the property and the group's value.
    radios[0].checked = true;
    await settled(form);
    expect(boxes.map(shown)).to.deep.equal([true, false]);
    const group = form.querySelector<PolderRadioGroup>('polder-radio-group')!;
    group.value = 'weet-niet';
    await settled(form);
    expect(boxes.map(shown)).to.deep.equal([false, true]);
    // The group's own inputs do not include those of a follow-up.
    expect(group.controls).to.deep.equal(inputs);
  });

  const checkedFromTheStart = () =>
    fixture<HTMLFormElement>(
      html`<form>
        <polder-radio-group label="Gaat u inwonen bij iemand?" name="inwonen">
          <polder-radio value="ja" label="Ja" checked
            ><polder-text-field slot="conditional" label="Naam van de hoofdbewoner" name="hoofdbewoner">
            </polder-text-field
          ></polder-radio>
          <polder-radio value="nee" label="Nee"></polder-radio>
        </polder-radio-group>
      </form>`,
    );

  it('an option checked from the start shows its follow-up at once', async () => {
    const form = await checkedFromTheStart();
    const { inputs } = await parts(form);
    expect(inputs[0].getAttribute('aria-controls')).to.equal(`${inputs[0].id}-conditional`);
    expect(shown(form.querySelector('.polder-radio__conditional')!)).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('an option checked from the start, with its follow-up shown, is accessible in dark mode (Chromium only)', async () => {
    const form = await checkedFromTheStart();
    await parts(form);
    await emulateMedia({ colorScheme: 'dark' });
    await expect(form).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('from the server: without scripts the follow-up is always shown and submits; upgraded, it is hidden until chosen', async () => {
    const markup = await serverRender(
      templates,
      'renderRadioGroup',
      { id: 'inwonen', label: 'Gaat u inwonen bij iemand?', name: 'inwonen' },
      [
        {
          id: 'inwonen-ja',
          value: 'ja',
          label: 'Ja',
          conditional: 'VERVOLGVRAAG',
        },
        { id: 'inwonen-nee', value: 'nee', label: 'Nee' },
      ],
    );
    // What a server renders for the follow-up question's own field.
    const html = markup.replace(
      'VERVOLGVRAAG',
      '<label for="hoofd">Naam van de hoofdbewoner</label><input id="hoofd" name="hoofdbewoner">',
    );
    expect(html).to.contain('class="polder-radio__conditional"');
    expect(html).to.not.contain('aria-expanded');
    const query = await submitWithoutScript(html, css, (doc) => {
      const box = doc.querySelector<HTMLElement>('.polder-radio__conditional')!;
      expect(doc.defaultView!.getComputedStyle(box).display).to.equal('block');
      doc.querySelector<HTMLInputElement>('#inwonen-ja')!.checked = true;
      doc.querySelector<HTMLInputElement>('#hoofd')!.value = 'Anne';
    });
    expect([...query.entries()]).to.deep.equal([
      ['inwonen', 'ja'],
      ['hoofdbewoner', 'Anne'],
    ]);
    const wrapper = insertServerHtml(`<form>${html}</form>`);
    await settled(wrapper);
    const box = wrapper.querySelector<HTMLElement>('.polder-radio__conditional')!;
    expect(wrapper.querySelectorAll('.polder-radio__conditional').length).to.equal(1);
    expect(shown(box)).to.equal(false);
    const ja = wrapper.querySelector<HTMLInputElement>('#inwonen-ja')!;
    expect(ja.getAttribute('aria-controls')).to.equal(box.id);
    ja.click();
    await settled(wrapper);
    expect(shown(box)).to.equal(true);
    wrapper.remove();
  });

  it('hand-written without scripts (plain HTML classes): the follow-up is shown', async () => {
    const query = await submitWithoutScript(
      `<div class="polder-radio"><input class="polder-radio__input" type="radio" id="b" name="b" value="ja">
        <label class="polder-radio__label" for="b">Ja</label>
        <div class="polder-radio__conditional" id="b-conditional"><input name="c" value="x"></div></div>`,
      css,
      (doc) => {
        const box = doc.querySelector<HTMLElement>('.polder-radio__conditional')!;
        expect(doc.defaultView!.getComputedStyle(box).display).to.equal('block');
        expect(doc.defaultView!.getComputedStyle(box).borderInlineStartStyle).to.equal('solid');
      },
    );
    expect([...query.entries()]).to.deep.equal([['c', 'x']]);
  });
});
