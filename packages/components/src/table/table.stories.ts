import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober'];

const meta: Meta = {
  title: 'Content/Table',
  component: 'polder-table',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () =>
    html`<polder-table>
      <table>
        <caption>
          Openingstijden stadskantoor
        </caption>
        <thead>
          <tr>
            <th scope="col">Dag</th>
            <th scope="col">Tijd</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Maandag</th>
            <td>9.00 – 17.00 uur</td>
          </tr>
          <tr>
            <th scope="row">Donderdag</th>
            <td>9.00 – 20.00 uur</td>
          </tr>
        </tbody>
      </table>
    </polder-table>`,
};

export const Numeric: Story = {
  name: 'Numbers (aligned to the end)',
  render: () =>
    html`<polder-table>
      <table>
        <caption>
          Leges 2026
        </caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col" class="polder-table__cell--numeric">Volwassene</th>
            <th scope="col" class="polder-table__cell--numeric">Kind</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Paspoort</th>
            <td class="polder-table__cell--numeric">€ 82,25</td>
            <td class="polder-table__cell--numeric">€ 64,50</td>
          </tr>
          <tr>
            <th scope="row">Identiteitskaart</th>
            <td class="polder-table__cell--numeric">€ 73,00</td>
            <td class="polder-table__cell--numeric">€ 41,20</td>
          </tr>
        </tbody>
      </table>
    </polder-table>`,
};

export const Wide: Story = {
  name: 'Wide (a keyboard-scrollable region)',
  render: () =>
    html`<polder-table>
      <table>
        <caption>
          Afvalkalender 2026: ophaaldagen per maand
        </caption>
        <thead>
          <tr>
            <th scope="col">Afval</th>
            ${months.map((m) => html`<th scope="col">${m}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${['Restafval', 'GFT', 'Papier', 'Plastic en drankkartons'].map(
            (kind, k) =>
              html`<tr>
                <th scope="row">${kind}</th>
                ${months.map((_, i) => html`<td class="polder-table__cell--numeric">${((i * 7 + k * 3) % 27) + 1}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </polder-table>`,
};

export const NoCaption: Story = {
  name: 'Error: no caption (named by label, with a warning)',
  render: () =>
    html`<polder-table label="Tarieven">
      <table>
        <tr>
          <th scope="row">Parkeren per uur</th>
          <td>€ 3,10</td>
        </tr>
      </table>
    </polder-table>`,
};

export const LongText: Story = {
  render: () =>
    html`<polder-table>
      <table>
        <caption>
          Voorwaarden voor een ontheffing voor het parkeren van een camper of aanhanger op de openbare weg
        </caption>
        <thead>
          <tr>
            <th scope="col">Voorwaarde</th>
            <th scope="col">Toelichting</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Lengte</th>
            <td>
              Het voertuig is niet langer dan zes meter, gemeten van de voorkant tot en met de achterkant, inclusief
              fietsendrager en trekhaak.
            </td>
          </tr>
        </tbody>
      </table>
    </polder-table>`,
};

export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<polder-table lang="en">
      <table>
        <caption>
          Opening hours
        </caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Hours</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Monday</th>
            <td>9 am – 5 pm</td>
          </tr>
        </tbody>
      </table>
    </polder-table>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<div class="polder-table__scroll" role="region" tabindex="0" aria-labelledby="afval-caption">
      <table class="polder-table">
        <caption id="afval-caption">
          Afvalkalender 2026
        </caption>
        <thead>
          <tr>
            <th scope="col">Afval</th>
            ${months.map((m) => html`<th scope="col">${m}</th>`)}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Restafval</th>
            ${months.map((_, i) => html`<td class="polder-table__cell--numeric">${i + 3}</td>`)}
          </tr>
        </tbody>
      </table>
    </div>`,
};
