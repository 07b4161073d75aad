import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import buttonStyles from '../button/button.styles.js';
import fieldsetStyles from '../form-control/fieldset.styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import { renderPeople, type Person } from '../test-helpers/add-another-people.js';
import styles from './add-another.styles.js';
import { actionsTemplate, itemTemplate } from './add-another.template.js';
import type { PolderAddAnother } from './add-another.js';
import '../text-field/define.js';
import '../date-input/define.js';
import './define.js';

interface Args {
  people: Person[];
  max?: number;
}

const meta: Meta<Args> = {
  title: 'Forms/Add another',
  component: 'polder-add-another',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { people: [{}], max: 6 },
  // The people are example data, not an attribute: no JSON editor for them in the controls table.
  argTypes: { people: { control: false } },
  render: ({ people, max }) => html`<form action="#verder">${renderPeople(people, { max })}</form>`,
};
export default meta;
type Story = StoryObj<Args>;

const add =
  (times: number): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PolderAddAnother>('polder-add-another')!;
    await el.updateComplete;
    for (let i = 0; i < times; i++) await el.addItem();
  };

export const Default: Story = { name: 'Default (one person)' };
export const Several: Story = {
  name: 'Several people (from the server)',
  args: {
    people: [
      { naam: 'Ada de Vries', dag: '12', maand: '3', jaar: '1984' },
      { naam: 'Bram de Vries', dag: '2', maand: '11', jaar: '2015' },
      { naam: 'Cor de Vries' },
    ],
  },
};
export const Added: Story = { name: 'After "Nog een toevoegen" (with JavaScript)', play: add(1) };
export const AtMax: Story = { name: 'At max (no add button, a message)', args: { max: 3 }, play: add(2) };
export const ServerError: Story = {
  name: 'Error from the server',
  args: { people: [{ naam: 'Ada de Vries' }, { naam: '12345', error: 'Vul een naam in zonder cijfers' }] },
};
export const Dark: Story = { args: { people: [{ naam: 'Ada de Vries' }, {}] }, globals: { scheme: 'dark' } };
export const LongDutchWords: Story = {
  name: 'Long Dutch words (320 px)',
  globals: { viewport: { value: 'reflow' } },
  render: () =>
    html`<form action="#verder">
      <polder-add-another label="Gezinsherenigingsaanvraagbegunstigde" max="3">
        <fieldset>
          <legend>Gezinsherenigingsaanvraagbegunstigde 1</legend>
          <label for="lang-0">Geboorteplaatsomschrijving</label>
          <input id="lang-0" name="begunstigden[0][plaats]" value="Hoogheemraadschapsvergaderzaal" />
        </fieldset>
      </polder-add-another>
    </form>`,
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () => html`<form action="#next" lang="en">${renderPeople([{}, {}], { lang: 'en' })}</form>`,
};
export const PlainFieldsets: Story = {
  name: 'Plain fieldsets with native fields',
  render: () =>
    html`<form action="#verder">
      <polder-add-another label="Kind" max="10">
        <fieldset>
          <legend>Kind 1</legend>
          <label for="kinderen-0-naam">Voornaam</label>
          <input id="kinderen-0-naam" name="kinderen[0][voornaam]" autocomplete="off" />
          <label for="kinderen-0-school">School</label>
          <select id="kinderen-0-school" name="kinderen[0][school]">
            <option value="">Kies een school</option>
            <option value="basis">Basisschool</option>
            <option value="voortgezet">Voortgezet onderwijs</option>
          </select>
        </fieldset>
      </polder-add-another>
    </form>`,
};
export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // Without the element the page needs the CSS only; the buttons submit add=add and remove=1.
    for (const sheet of [visuallyHidden, buttonStyles, fieldsetStyles, styles]) adoptStyles(document, sheet);
    const s = {
      label: 'Persoon',
      max: 6,
      count: 2,
      add: 'Nog een toevoegen',
      remove: 'Verwijderen',
      maxMessage: 'U kunt er niet meer dan 6 toevoegen.',
    };
    const field = (i: number) =>
      html`<label for="plain-${i}">Volledige naam</label><input id="plain-${i}" name="personen[${i}][naam]" />`;
    return html`<form action="#verder">
      <div class="polder-add-another">${[0, 1].map((i) => itemTemplate(s, i, field(i)))}${actionsTemplate(s)}</div>
    </form>`;
  },
};
