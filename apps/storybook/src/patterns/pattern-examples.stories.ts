import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { page } from '../templates/page.js';
import { renderAddAnother } from '../../../../packages/components/src/add-another/add-another.template.js';
import { renderDateInput } from '../../../../packages/components/src/date-input/date-input.template.js';
import { renderTextField } from '../../../../packages/components/src/text-field/text-field.template.js';
import '../../../../packages/components/src/add-another/define.js';
import '../../../../packages/components/src/button/define.js';
import '../../../../packages/components/src/date-input/define.js';
import '../../../../packages/components/src/error-summary/define.js';
import '../../../../packages/components/src/heading/define.js';
import '../../../../packages/components/src/paragraph/define.js';
import '../../../../packages/components/src/task-list/define.js';
import '../../../../packages/components/src/text-field/define.js';

/**
 * The live examples of the pattern pages (Patterns/…) that are not a page template themselves: error handling,
 * add another and the task list. Each is a whole page of the example service "Verhuizing doorgeven".
 */
const meta: Meta = {
  title: 'Patterns/Examples',
  tags: ['polder-css', 'page-template'],
  parameters: { status: 'beta', docs: { source: { type: 'dynamic' } } },
};
export default meta;
type Story = StoryObj;

/** The name and date of birth question, with what the server found wrong (or nothing). */
const personForm = (errors: { name?: string; dob?: string } = {}) =>
  html`<form id="persoon" method="post" action="#adres">
    <polder-heading level="1">Uw gegevens</polder-heading>
    <polder-text-field
      id="naam"
      label="Volledige naam"
      hint="Zoals in uw paspoort of identiteitskaart"
      name="naam"
      autocomplete="name"
      spellcheck="false"
      required
      error=${errors.name ?? ''}
    ></polder-text-field>
    <polder-date-input
      id="geboortedatum"
      label="Geboortedatum"
      hint="Bijvoorbeeld 27 3 1985"
      name="geboortedatum"
      autocomplete="bday"
      required
      value=${errors.dob ? '2031-03-27' : '1985-03-27'}
      error=${errors.dob ?? ''}
    ></polder-date-input>
    <polder-button>Doorgaan</polder-button>
  </form>`;

export const ErrorsFromTheServer: Story = {
  name: 'Error handling: errors from the server',
  render: () =>
    page({
      back: '#start',
      body: html`<polder-error-summary for="persoon">
          <a href="#naam">Vul uw volledige naam in</a>
          <a href="#geboortedatum">Geboortedatum moet in het verleden liggen</a>
        </polder-error-summary>
        ${personForm({
          name: 'Vul uw volledige naam in',
          dob: 'Geboortedatum moet in het verleden liggen',
        })}`,
    }),
};

export const ErrorsInTheBrowser: Story = {
  name: 'Error handling: errors in the browser (after Doorgaan)',
  render: () =>
    page({
      back: '#start',
      body: html`<polder-error-summary for="persoon"></polder-error-summary>${personForm()}`,
    }),
  // The reader pressed "Doorgaan" with an empty name: Polder's own messages, the summary, focus on the summary.
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<HTMLFormElement>('#persoon')!;
    const summary = canvasElement.querySelector('polder-error-summary')!;
    await customElements.whenDefined('polder-error-summary');
    form.requestSubmit();
    await (summary as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  },
};

export const AddAnother: Story = {
  name: 'Add another',
  render: () =>
    page({
      back: '#verhuisdatum',
      body: html`<form method="post" action="#inwonen">
        <polder-heading level="1">Wie verhuizen er met u mee?</polder-heading>
        <polder-paragraph
          >Vul iedereen in die met u meeverhuist. Verhuist u alleen, laat dit dan leeg.</polder-paragraph
        >
        ${renderAddAnother({
          label: 'Persoon',
          max: 10,
          lang: 'nl',
          items: [
            { name: 'Bram de Vries', day: '2', month: '11', year: '2015' },
            { name: '', day: '', month: '', year: '' },
          ].map(
            (p, i) =>
              html`${renderTextField({
                type: 'text',
                id: `personen-${i}-naam`,
                name: `personen[${i}][naam]`,
                label: 'Volledige naam',
                value: p.name,
                autocomplete: 'off',
              })}${renderDateInput({
                id: `personen-${i}-geboortedatum`,
                name: `personen[${i}][geboortedatum]`,
                label: 'Geboortedatum',
                labels: { day: 'Dag', month: 'Maand', year: 'Jaar' },
                day: p.day,
                month: p.month,
                year: p.year,
              })}`,
          ),
        })}
        <polder-button>Doorgaan</polder-button>
      </form>`,
    }),
};

export const TaskList: Story = {
  name: 'Task list',
  render: () =>
    page({
      back: '#start',
      body: html`<polder-heading level="1">Verhuizing doorgeven</polder-heading>
        <polder-paragraph>U kunt de onderdelen in elke volgorde invullen en tussendoor stoppen.</polder-paragraph>
        <polder-task-list summary>
          <polder-task-list-item href="#persoon" status="completed">Uw gegevens</polder-task-list-item>
          <polder-task-list-item href="#adres" status="completed">Nieuw adres</polder-task-list-item>
          <polder-task-list-item href="#meeverhuizers" status="in-progress" hint="Partner, kinderen en huisgenoten"
            >Wie verhuizen er mee?</polder-task-list-item
          >
          <polder-task-list-item href="#document" status="not-started">Bewijs van bewoning</polder-task-list-item>
          <polder-task-list-item status="cannot-start" hint="Kan pas als alle onderdelen zijn afgerond"
            >Controleren en versturen</polder-task-list-item
          >
        </polder-task-list>`,
    }),
};
