import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { page } from './page.js';
import '../../../../packages/components/src/button/define.js';
import '../../../../packages/components/src/error-summary/define.js';
import '../../../../packages/components/src/heading/define.js';
import '../../../../packages/components/src/panel/define.js';
import '../../../../packages/components/src/paragraph/define.js';
import '../../../../packages/components/src/radio-group/define.js';
import '../../../../packages/components/src/summary-list/define.js';

/**
 * Whole pages to copy: the page frame (skip link, header, main, footer) with the content of the four pages almost
 * every transaction has. Each is a page of the example service "Verhuizing doorgeven"; the pattern pages explain
 * them. The page layer (`.polder-page`, `.polder-width-container`, `.polder-grid`) comes from @polder/css.
 */
const meta: Meta = {
  title: 'Templates',
  tags: ['polder-css', 'page-template'],
  parameters: { status: 'beta', docs: { source: { type: 'dynamic' } } },
};
export default meta;
type Story = StoryObj;

const arrow = html`<svg slot="icon-end" aria-hidden="true" viewBox="0 0 24 24" fill="currentColor">
  <path d="M12 4l-1.4 1.4 5.6 5.6H4v2h12.2l-5.6 5.6L12 20l8-8z" />
</svg>`;

export const StartPage: Story = {
  name: 'Start page',
  render: () =>
    page({
      body: html`<polder-heading level="1">Verhuizing doorgeven</polder-heading>
        <polder-paragraph lead
          >Geef uw verhuizing door aan de gemeente. Dat kan vanaf 4 weken voor tot 5 dagen na de
          verhuizing.</polder-paragraph
        >
        <div class="polder-prose">
          <p>U heeft nodig:</p>
          <ul>
            <li>uw DigiD</li>
            <li>uw nieuwe adres en de verhuisdatum</li>
            <li>de namen en geboortedata van wie met u meeverhuizen</li>
          </ul>
          <p>Het duurt ongeveer 5 minuten. U kunt tussendoor stoppen en later verdergaan.</p>
        </div>
        <polder-button href="#persoon">Start nu ${arrow}</polder-button>`,
    }),
};

export const QuestionPage: Story = {
  name: 'Question page',
  render: () =>
    page({
      back: '#verhuisdatum',
      body: html`<polder-error-summary for="vraag"></polder-error-summary>
        <form id="vraag" method="post" action="#controleren">
          <polder-radio-group
            label="Gaat u met iemand samenwonen op het nieuwe adres?"
            hint="Bijvoorbeeld een partner, een kind of een huisgenoot."
            name="samenwonen"
            required
            legend-as-heading
          >
            <polder-radio value="ja" label="Ja"></polder-radio>
            <polder-radio value="nee" label="Nee"></polder-radio>
          </polder-radio-group>
          <polder-button>Doorgaan</polder-button>
        </form>`,
    }),
};

export const CheckAnswers: Story = {
  name: 'Check answers',
  render: () =>
    page({
      back: '#document',
      body: html`<polder-heading level="1">Controleer uw antwoorden</polder-heading>
        <polder-heading level="2" appearance="3">Uw gegevens</polder-heading>
        <polder-summary-list>
          <dl>
            <div>
              <dt>Naam</dt>
              <dd>Anne de Vries</dd>
              <dd><a href="#persoon">Wijzigen</a></dd>
            </div>
            <div>
              <dt>Geboortedatum</dt>
              <dd>5 januari 1978</dd>
              <dd><a href="#persoon">Wijzigen</a></dd>
            </div>
          </dl>
        </polder-summary-list>
        <polder-heading level="2" appearance="3">Uw verhuizing</polder-heading>
        <polder-summary-list>
          <dl>
            <div>
              <dt>Nieuw adres</dt>
              <dd>Stationsplein 1<br />1012 AB Amsterdam</dd>
              <dd><a href="#adres">Wijzigen</a></dd>
            </div>
            <div>
              <dt>Verhuisdatum</dt>
              <dd>1 maart 2027</dd>
              <dd><a href="#verhuisdatum">Wijzigen</a></dd>
            </div>
            <div>
              <dt>Samenwonen</dt>
              <dd>Nee</dd>
              <dd><a href="#samenwonen">Wijzigen</a></dd>
            </div>
          </dl>
        </polder-summary-list>
        <polder-heading level="2" appearance="3">Versturen</polder-heading>
        <polder-paragraph
          >Door te versturen verklaart u dat u deze gegevens naar waarheid heeft ingevuld.</polder-paragraph
        >
        <form method="post" action="#bevestiging">
          <polder-button>Verhuizing versturen</polder-button>
        </form>`,
    }),
};

export const Confirmation: Story = {
  name: 'Confirmation',
  render: () =>
    page({
      body: html`<polder-panel heading="Verhuizing doorgegeven" heading-level="1" reference="HDJ2123F"
          >We hebben u een bevestiging gestuurd per e-mail.</polder-panel
        >
        <polder-heading level="2">Wat gebeurt er nu</polder-heading>
        <div class="polder-prose">
          <p>
            We verwerken uw verhuizing binnen 5 werkdagen in de Basisregistratie Personen. Instanties zoals de
            Belastingdienst krijgen uw nieuwe adres van ons: u hoeft het hun niet zelf door te geven.
          </p>
          <p>We nemen contact met u op als we nog iets nodig hebben.</p>
          <p><a href="#feedback">Wat vond u van deze dienst?</a> (duurt 30 seconden)</p>
        </div>`,
    }),
};
