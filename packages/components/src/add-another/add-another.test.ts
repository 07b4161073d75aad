import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { axNode, captureWarnings, entries, insertServerHtml, serverRender, settled } from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import '../text-field/define.js';
import '../date-input/define.js';
import '../fieldset/define.js';
import { PolderAddAnother } from './define.js';

const people = new URL('../test-helpers/add-another-people.ts', import.meta.url);
const css = [
  '/packages/components/src/form-control/fieldset.css',
  '/packages/components/src/button/button.css',
  '/packages/components/src/add-another/add-another.css',
];

/** A person with plain native fields (the markup a server writes without Polder's field elements). */
const plainItem = (i: number, naam = '', remove = i > 0) =>
  html`<fieldset class="polder-fieldset polder-add-another__item">
    <legend class="polder-fieldset__legend polder-add-another__legend" tabindex="-1">Persoon ${i + 1}</legend>
    <label for="personen-${i}-naam">Volledige naam</label>
    <input
      id="personen-${i}-naam"
      name="personen[${i}][naam]"
      value=${naam}
      aria-describedby="personen-${i}-naam-hint"
    />
    <p id="personen-${i}-naam-hint">Zoals in het paspoort</p>
    <label for="personen-${i}-relatie">Relatie</label>
    <select id="personen-${i}-relatie" name="personen[${i}][relatie]">
      <option value="partner">Partner</option>
      <option value="kind">Kind</option>
    </select>
    <input type="checkbox" id="personen-${i}-kind" name="personen[${i}][minderjarig]" value="ja" />
    <label for="personen-${i}-kind">Jonger dan 18</label>
    ${
      remove
        ? html`<button
            type="submit"
            class="polder-button polder-button--secondary polder-add-another__remove"
            name="remove"
            value=${i}
          >
            Verwijderen
          </button>`
        : ''
    }
  </fieldset>`;

async function plainForm(names: string[], max?: number) {
  const form = await fixture<HTMLFormElement>(
    html`<form action="/nowhere">
      <polder-add-another label="Persoon" max=${ifDefined(max)}
        >${names.map((n, i) => plainItem(i, n))}</polder-add-another
      >
      <button>Doorgaan</button>
    </form>`,
  );
  const el = form.querySelector('polder-add-another')!;
  await el.updateComplete;
  return { form, el };
}

const addButton = (el: PolderAddAnother) => el.querySelector<HTMLButtonElement>('.polder-add-another__add')!;
const removeButtons = (el: PolderAddAnother) => [
  ...el.querySelectorAll<HTMLButtonElement>('.polder-add-another__remove'),
];
const legends = (el: PolderAddAnother) => el.items.map((item) => item.querySelector('legend')!.textContent!.trim());
/** A button's text, visually hidden words included, with the whitespace collapsed. */
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const status = (el: PolderAddAnother) => el.querySelector('.polder-add-another__status')!.textContent!.trim();

/** Every id in the document is unique, and every id reference inside `root` names an element. */
function expectIdsResolve(root: Element) {
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  expect(new Set(ids).size, 'unique ids').to.equal(ids.length);
  for (const el of root.querySelectorAll('[for],[aria-describedby],[aria-labelledby],[aria-controls]'))
    for (const attribute of ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls'])
      for (const ref of el.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [])
        expect(document.getElementById(ref), `${attribute}="${ref}"`).to.not.equal(null);
}

describe('polder-add-another', () => {
  // A form submitted by a failing test must not navigate away from the test page.
  const stay = (event: Event) => event.preventDefault();
  before(() => document.addEventListener('submit', stay));
  after(() => document.removeEventListener('submit', stay));
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the items in light DOM, numbers the legends and puts the buttons in place', async () => {
    const { form, el } = await plainForm(['Ada', 'Bram']);
    expect(el.shadowRoot).to.equal(null);
    expect(el.items.length).to.equal(2);
    expect(legends(el)).to.deep.equal(['Persoon 1', 'Persoon 2']);
    expect(removeButtons(el).map((b) => b.value)).to.deep.equal(['1']);
    expect(el.items[0].querySelector('.polder-add-another__remove')).to.equal(null);
    expect(text(removeButtons(el)[0])).to.equal('Verwijderen Persoon 2');
    expect(text(addButton(el))).to.equal('Nog een toevoegen');
    expect(el.querySelector('.polder-add-another__status')!.getAttribute('role')).to.equal('status');
    expect(entries(form)).to.deep.equal([
      ['personen[0][naam]', 'Ada'],
      ['personen[0][relatie]', 'partner'],
      ['personen[1][naam]', 'Bram'],
      ['personen[1][relatie]', 'partner'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('the buttons and the items are named for screen readers (Chromium only)', async () => {
    await plainForm(['Ada', 'Bram']);
    expect((await axNode('.polder-add-another__remove')).name).to.equal('Verwijderen Persoon 2');
    expect((await axNode('.polder-add-another__add')).name).to.equal('Nog een toevoegen');
    expect((await axNode('polder-add-another fieldset')).name).to.equal('Persoon 1');
  });

  it('adds an empty, renumbered copy of the last item and moves focus to its first field', async () => {
    const { form, el } = await plainForm(['Ada', 'Bram']);
    const last = el.items[1];
    last.querySelector('input')!.value = 'Bram de Vries';
    last.querySelector('select')!.value = 'kind';
    last.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked = true;
    last.querySelector('input')!.setAttribute('aria-invalid', 'true');
    const added = oneEvent(el, 'polder-add');
    addButton(el).click();
    const { detail } = await added;
    const item = el.items[2];
    expect(detail).to.deep.equal({ item, index: 2 });
    expect(document.activeElement).to.equal(item.querySelector('input'));
    expect(item.querySelector('input')!.id).to.equal('personen-2-naam');
    expect(item.querySelector('input')!.hasAttribute('aria-invalid')).to.equal(false);
    expect(item.querySelector('label')!.htmlFor).to.equal('personen-2-naam');
    expect(item.querySelector('input')!.getAttribute('aria-describedby')).to.equal('personen-2-naam-hint');
    expect(legends(el)).to.deep.equal(['Persoon 1', 'Persoon 2', 'Persoon 3']);
    expect(removeButtons(el).map((b) => b.value)).to.deep.equal(['1', '2']);
    expect(status(el)).to.equal('Persoon 3 toegevoegd.');
    expectIdsResolve(el);
    expect(entries(form)).to.deep.equal([
      ['personen[0][naam]', 'Ada'],
      ['personen[0][relatie]', 'partner'],
      ['personen[1][naam]', 'Bram de Vries'],
      ['personen[1][relatie]', 'kind'],
      ['personen[1][minderjarig]', 'ja'],
      ['personen[2][naam]', ''],
      ['personen[2][relatie]', 'partner'],
    ]);
    expect(item.querySelector('label')!.textContent!.trim()).to.equal('Volledige naam');
    await expect(el).to.be.accessible();
  });

  it('the first field of an added copy is named by its label (Chromium only)', async () => {
    const { el } = await plainForm(['Ada', 'Bram']);
    const added = oneEvent(el, 'polder-add');
    addButton(el).click();
    await added;
    expect((await axNode('polder-add-another fieldset:nth-of-type(3) input')).name).to.equal('Volledige naam');
  });

  it('removes an item, renumbers the ones after it without gaps and moves focus to the previous legend', async () => {
    const { form, el } = await plainForm(['Ada', 'Bram', 'Cor', 'Dirk']);
    el.items[3].querySelector('select')!.value = 'kind';
    const removed = oneEvent(el, 'polder-remove');
    removeButtons(el)[1].click(); // Persoon 3
    expect((await removed).detail).to.deep.equal({ index: 2 });
    expect(document.activeElement).to.equal(el.items[1].querySelector('legend'));
    expect(legends(el)).to.deep.equal(['Persoon 1', 'Persoon 2', 'Persoon 3']);
    expect(removeButtons(el).map((b) => b.value)).to.deep.equal(['1', '2']);
    expect(status(el)).to.equal('Persoon 3 verwijderd.');
    expect(entries(form)).to.deep.equal([
      ['personen[0][naam]', 'Ada'],
      ['personen[0][relatie]', 'partner'],
      ['personen[1][naam]', 'Bram'],
      ['personen[1][relatie]', 'partner'],
      ['personen[2][naam]', 'Dirk'],
      ['personen[2][relatie]', 'kind'],
    ]);
    expect(el.items[2].querySelector('input')!.id).to.equal('personen-2-naam');
    expectIdsResolve(el);
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone: Enter on add, type, Enter on remove', async () => {
    const { form, el } = await plainForm(['Ada']);
    addButton(el).focus();
    let added = oneEvent(el, 'polder-add');
    await sendKeys({ press: 'Enter' });
    await added;
    await sendKeys({ type: 'Bram' });
    added = oneEvent(el, 'polder-add');
    el.items[1].querySelector('input')!.blur();
    addButton(el).focus();
    await sendKeys({ press: 'Space' });
    await added;
    await sendKeys({ type: 'Cor' });
    // From the new name field, Tab goes through the item's fields to its remove button.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(removeButtons(el)[1]);
    const removed = oneEvent(el, 'polder-remove');
    await sendKeys({ press: 'Enter' });
    await removed;
    expect(document.activeElement).to.equal(el.items[1].querySelector('legend'));
    expect(entries(form).filter(([k]) => k.endsWith('[naam]'))).to.deep.equal([
      ['personen[0][naam]', 'Ada'],
      ['personen[1][naam]', 'Bram'],
    ]);
  });

  it('Enter in a text field submits the form with its own button, not add or remove', async () => {
    const { form, el } = await plainForm(['Ada', 'Bram']);
    el.items[1].querySelector('input')!.focus();
    const submitted = new Promise<HTMLElement | null>((resolve) =>
      form.addEventListener(
        'submit',
        (e) => {
          e.preventDefault();
          resolve(e.submitter);
        },
        { once: true },
      ),
    );
    await sendKeys({ press: 'Enter' });
    expect((await submitted)?.textContent).to.equal('Doorgaan');
    expect(el.items.length).to.equal(2);
  });

  it('at max the add button goes, with a message; removing brings it back', async () => {
    const { el } = await plainForm(['Ada', 'Bram'], 3);
    const max = el.querySelector<HTMLElement>('.polder-add-another__max')!;
    expect(max.hidden).to.equal(true);
    const added = oneEvent(el, 'polder-add');
    addButton(el).click();
    await added;
    expect(addButton(el).hidden).to.equal(true);
    expect(getComputedStyle(addButton(el)).display).to.equal('none');
    expect(max.isConnected ? max.hidden : el.querySelector<HTMLElement>('.polder-add-another__max')!.hidden).to.equal(
      false,
    );
    expect(el.querySelector('.polder-add-another__max')!.textContent!.trim()).to.equal(
      'U kunt er niet meer dan 3 toevoegen.',
    );
    expect(status(el)).to.equal('Persoon 3 toegevoegd. U kunt er niet meer dan 3 toevoegen.');
    expect(await el.addItem()).to.equal(undefined);
    expect(el.items.length).to.equal(3);
    await expect(el).to.be.accessible();
    const removed = oneEvent(el, 'polder-remove');
    removeButtons(el)[1].click();
    await removed;
    expect(addButton(el).hidden).to.equal(false);
    expect(el.querySelector<HTMLElement>('.polder-add-another__max')!.hidden).to.equal(true);
  });

  it('a bad max or a missing label gives a development warning naming the element, and no maximum', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PolderAddAnother>(
        html`<polder-add-another max="veel">${plainItem(0)}</polder-add-another>`,
      );
      await el.addItem();
      expect(el.items.length).to.equal(2);
      expect(legends(el)).to.deep.equal(['Onderdeel 1', 'Onderdeel 2']);
    });
    expect(warnings.some((w) => w.startsWith('<polder-add-another>: max "veel"'))).to.equal(true);
    expect(warnings.some((w) => w.startsWith('<polder-add-another>: needs a label'))).to.equal(true);
  });

  it('reset puts the values back and keeps the numbering', async () => {
    const { form, el } = await plainForm(['Ada']);
    await el.addItem();
    el.items[0].querySelector('input')!.value = 'Anders';
    el.items[1].querySelector('input')!.value = 'Bram';
    form.reset();
    expect(entries(form)).to.deep.equal([
      ['personen[0][naam]', 'Ada'],
      ['personen[0][relatie]', 'partner'],
      ['personen[1][naam]', ''],
      ['personen[1][relatie]', 'partner'],
    ]);
  });

  it('inside <fieldset disabled> the buttons are disabled with the fields', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <polder-add-another label="Persoon">${plainItem(0)}${plainItem(1)}</polder-add-another>
        </fieldset>
      </form>`,
    );
    const el = form.querySelector('polder-add-another')!;
    await el.updateComplete;
    expect(addButton(el).matches(':disabled')).to.equal(true);
    expect(removeButtons(el)[0].matches(':disabled')).to.equal(true);
    expect(entries(form)).to.deep.equal([]);
  });

  const children = html`<form action="/nowhere">
    <polder-add-another label="Kind">
      <polder-fieldset legend="Kind 1" hint="Zoals op de geboorteakte">
        <polder-text-field label="Voornaam" name="kinderen[0][voornaam]" value="Sam"></polder-text-field>
        <label for="kinderen-0-school">School</label>
        <input id="kinderen-0-school" name="kinderen[0][school]" value="De Regenboog" />
      </polder-fieldset>
    </polder-add-another>
  </form>`;

  it('polder-fieldset items: legend attribute, remove button among the fields, copies that work', async () => {
    const form = await fixture<HTMLFormElement>(children);
    const el = form.querySelector('polder-add-another')!;
    await settled(form);
    const added = oneEvent(el, 'polder-add');
    addButton(el).click();
    await added;
    const [first, second] = el.items;
    expect(second.localName).to.equal('polder-fieldset');
    expect(second.getAttribute('legend')).to.equal('Kind 2');
    expect(document.activeElement).to.equal(second.querySelector('polder-text-field input'));
    await settled(form);
    expect(second.querySelector('.polder-fieldset__items .polder-add-another__remove')).to.not.equal(null);
    expect(first.querySelector('.polder-add-another__remove')).to.equal(null);
    expect(second.querySelector('legend')!.textContent!.trim()).to.equal('Kind 2');
    expect(entries(form)).to.deep.equal([
      ['kinderen[0][voornaam]', 'Sam'],
      ['kinderen[0][school]', 'De Regenboog'],
      ['kinderen[1][voornaam]', ''],
      ['kinderen[1][school]', ''],
    ]);
    expectIdsResolve(el);
    await expect(el).to.be.accessible();
    const removed = oneEvent(el, 'polder-remove');
    second.querySelector<HTMLButtonElement>('.polder-add-another__remove')!.click();
    await removed;
    expect(document.activeElement).to.equal(first.querySelector('legend'));
    expect(el.items.length).to.equal(1);
  });

  it('a copied polder-fieldset is a group named by its new legend (Chromium only)', async () => {
    const form = await fixture<HTMLFormElement>(children);
    const el = form.querySelector('polder-add-another')!;
    await settled(form);
    const added = oneEvent(el, 'polder-add');
    addButton(el).click();
    await added;
    await settled(form);
    expect((await axNode('polder-fieldset[legend="Kind 2"] fieldset')).name).to.equal('Kind 2');
  });

  describe('with Polder fields inside, from the server template', () => {
    async function serverForm(
      list: Parameters<typeof import('../test-helpers/add-another-people.js').renderPeople>[0],
      options = {},
    ) {
      const markup = await serverRender(people, 'renderPeople', list, options);
      const wrapper = insertServerHtml(`<form action="/nowhere">${markup}<button>Doorgaan</button></form>`);
      const form = wrapper.querySelector('form')!;
      const el = form.querySelector('polder-add-another')!;
      await el.updateComplete;
      await settled(form);
      return { wrapper, form, el };
    }

    it('adopts the server markup on upgrade: same buttons, same fields, nothing added twice', async () => {
      const { wrapper, form, el } = await serverForm([
        { naam: 'Ada', dag: '1', maand: '2', jaar: '1990' },
        { naam: 'Bram' },
      ]);
      expect(el.querySelectorAll('.polder-add-another__add').length).to.equal(1);
      expect(el.querySelectorAll('.polder-add-another__status').length).to.equal(1);
      expect(removeButtons(el).map((b) => b.value)).to.deep.equal(['1']);
      expect(legends(el)).to.deep.equal(['Persoon 1', 'Persoon 2']);
      expect(el.items.every((i) => i.querySelectorAll(':scope > legend').length === 1)).to.equal(true);
      expect(new FormData(form).get('personen[0][geboortedatum]')).to.equal('1990-02-01');
      expect(new FormData(form).get('personen[1][naam]')).to.equal('Bram');
      expectIdsResolve(el);
      wrapper.remove();
    });

    it('a copy of upgraded Polder fields works: empty, no error, renumbered, labelled, submitting', async () => {
      const { wrapper, form, el } = await serverForm([
        { naam: 'Ada', dag: '1', maand: '2', jaar: '1990', error: 'Vul een naam in zonder cijfers' },
      ]);
      expect(el.items[0].querySelector('.polder-form-field__error')).to.not.equal(null);
      const added = oneEvent(el, 'polder-add');
      addButton(el).click();
      await added;
      const item = el.items[1];
      const name = item.querySelector('polder-text-field')!;
      expect(document.activeElement).to.equal(name.querySelector('input'));
      expect(name.hasAttribute('error')).to.equal(false);
      expect(item.querySelector('.polder-form-field__error, .polder-fieldset__error')).to.equal(null);
      expect(item.querySelector('[aria-invalid]')).to.equal(null);
      expectIdsResolve(el);
      const input = name.querySelector('input')!;
      expect(item.querySelector(`label[for="${input.id}"]`)!.textContent!.trim()).to.equal('Volledige naam');
      await sendKeys({ type: 'Bram' });
      const parts = item.querySelectorAll<HTMLInputElement>('polder-date-input input:not([type=hidden])');
      expect(parts.length).to.equal(3);
      for (const [i, value] of ['3', '4', '2015'].entries()) parts[i].value = value;
      parts[2].dispatchEvent(new Event('input', { bubbles: true }));
      await settled(form);
      const data = new FormData(form);
      expect(data.get('personen[1][naam]')).to.equal('Bram');
      expect(data.get('personen[1][geboortedatum]-day')).to.equal('3');
      expect(data.get('personen[1][geboortedatum]')).to.equal('2015-04-03');
      expect(data.get('personen[0][geboortedatum]')).to.equal('1990-02-01');
      await expect(el).to.be.accessible();
      const removed = oneEvent(el, 'polder-remove');
      removeButtons(el)[0].click();
      await removed;
      expect([...new FormData(form).keys()].some((k) => k.startsWith('personen[1]'))).to.equal(false);
      wrapper.remove();
    });

    it('the name field of a copy of upgraded Polder fields is named by its label (Chromium only)', async () => {
      const { wrapper, el } = await serverForm([{ naam: 'Ada', dag: '1', maand: '2', jaar: '1990' }]);
      const added = oneEvent(el, 'polder-add');
      addButton(el).click();
      await added;
      expect((await axNode('polder-add-another fieldset.polder-add-another__item:nth-of-type(2) input')).name).to.equal(
        'Volledige naam',
      );
      wrapper.remove();
    });

    it('without JavaScript the buttons submit add=add and remove=<index>', async () => {
      const markup = await serverRender(people, 'renderPeople', [{ naam: 'Ada' }, { naam: 'Bram' }], {});
      const add = await submitWithoutScript(markup, css, () => {}, '.polder-add-another__add');
      expect(add.get('add')).to.equal('add');
      expect(add.get('personen[1][naam]')).to.equal('Bram');
      expect(add.has('remove')).to.equal(false);
      const remove = await submitWithoutScript(markup, css, () => {}, '.polder-add-another__remove');
      expect(remove.get('remove')).to.equal('1');
      expect(remove.has('add')).to.equal(false);
    });

    it('the server renders the max: no add button at max, the message instead', async () => {
      const markup = await serverRender(people, 'renderPeople', [{}, {}], { max: 2 });
      expect(markup).to.contain('U kunt er niet meer dan 2 toevoegen.');
      const { wrapper, el } = await serverForm([{}, {}], { max: 2 });
      expect(addButton(el).hidden).to.equal(true);
      wrapper.remove();
    });

    /** The English form with two people, the most it takes. */
    async function englishAtMax() {
      const { wrapper, el } = await serverForm([{ naam: 'Ada' }], { lang: 'en', max: 2 });
      wrapper.lang = 'en';
      el.requestUpdate();
      await el.updateComplete;
      expect(addButton(el).textContent!.trim()).to.equal('Add another');
      const added = oneEvent(el, 'polder-add');
      addButton(el).click();
      await added;
      return { wrapper, el };
    }

    it('English, and every state passes axe, in every theme', async () => {
      const { wrapper, el } = await englishAtMax();
      expect(legends(el)).to.deep.equal(['Person 1', 'Person 2']);
      expect(text(removeButtons(el)[0])).to.equal('Remove Person 2');
      expect(status(el)).to.equal('Person 2 added. You cannot add more than 2.');
      await inEveryTheme(async () => {
        await expect(el).to.be.accessible();
      });
      wrapper.remove();
    });

    it('English: the remove button is named "Remove Person 2"; every state passes axe in light and dark, in every theme (Chromium only)', async () => {
      const { wrapper, el } = await englishAtMax();
      expect((await axNode('.polder-add-another__remove')).name).to.equal('Remove Person 2');
      await inEveryTheme(async () => {
        await emulateMedia({ colorScheme: 'light' });
        await expect(el).to.be.accessible();
        await emulateMedia({ colorScheme: 'dark' });
        await expect(el).to.be.accessible();
      });
      wrapper.remove();
    });

    it('fits 320 px with long Dutch words', async () => {
      await setViewport({ width: 320, height: 640 });
      const { wrapper, el } = await serverForm([{ naam: 'Hoogheemraadschapsbestuursvergaderingsnotulen' }, {}]);
      el.label = 'Gezinsherenigingsaanvraagbegunstigde';
      await el.updateComplete;
      for (const node of el.querySelectorAll('*'))
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(321);
      await expect(el).to.be.accessible();
      wrapper.remove();
    });
  });
});
