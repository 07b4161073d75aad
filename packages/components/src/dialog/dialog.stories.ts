import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../button/define.js';
import './define.js';
import type { PolderDialog } from './dialog.js';

interface Args {
  heading: string;
  text: string;
}

/** Opens the dialog next to the button that was clicked. */
const open = (event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as PolderDialog).showModal();

const meta: Meta<Args> = {
  title: 'Content/Dialog',
  component: 'polder-dialog',
  tags: ['autodocs'],
  parameters: { status: 'alpha' },
  args: {
    heading: 'Weet u zeker dat u deze aanvraag wilt verwijderen?',
    text: 'Als u de aanvraag verwijdert, kunt u dit niet ongedaan maken.',
  },
  render: ({ heading, text }) =>
    html`<polder-button type="button" variant="secondary" @click=${open}>Aanvraag verwijderen</polder-button>
      <polder-dialog heading=${heading}>
        <p>${text}</p>
        <form method="dialog" slot="footer">
          <polder-button value="verwijderen" variant="warning">Ja, verwijderen</polder-button>
          <polder-button value="annuleren" variant="secondary">Annuleren</polder-button>
        </form>
      </polder-dialog>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const OpenOnLoad: Story = {
  name: 'Open (open attribute)',
  render: ({ heading, text }) => html`<polder-dialog open heading=${heading}><p>${text}</p></polder-dialog>`,
};

export const WithAutofocus: Story = {
  name: 'With a field (autofocus)',
  render: () =>
    html`<polder-button type="button" @click=${open}>Reden opgeven</polder-button>
      <polder-dialog heading="Waarom trekt u de aanvraag in?">
        <label for="reden">Reden</label>
        <input id="reden" name="reden" autofocus />
        <form method="dialog" slot="footer"><polder-button value="ok">Versturen</polder-button></form>
      </polder-dialog>`,
};

export const LongText: Story = {
  args: {
    heading: 'Wat gebeurt er met uw gegevens als u de aanvraag voor een tegemoetkoming in de kosten intrekt?',
    text: 'Wij bewaren uw gegevens nog zeven jaar, omdat de wet dat verplicht. '.repeat(12),
  },
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-button type="button" @click=${open}>Delete application</polder-button>
      <polder-dialog heading="Delete this application?">
        <p>You cannot undo this.</p>
        <form method="dialog" slot="footer">
          <polder-button value="delete" variant="warning">Yes, delete</polder-button>
          <polder-button value="cancel" variant="secondary">Cancel</polder-button>
        </form>
      </polder-dialog>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (invoker commands, no script)',
  render: () =>
    html`<button
        class="polder-button polder-button--secondary"
        type="button"
        commandfor="plain-dialog"
        command="show-modal"
      >
        Open
      </button>
      <dialog class="polder-dialog" id="plain-dialog" aria-labelledby="plain-dialog-heading">
        <div class="polder-dialog__header">
          <h2 class="polder-dialog__heading" id="plain-dialog-heading">Let op</h2>
        </div>
        <div class="polder-dialog__body"><p>Deze dialoog opent zonder script, met invoker commands.</p></div>
        <form class="polder-dialog__footer" method="dialog">
          <button class="polder-button polder-button--primary">Sluiten</button>
        </form>
      </dialog>`,
};
