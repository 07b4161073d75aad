import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Content/Summary list',
  component: 'polder-summary-list',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  name: 'Check your answers (default)',
  render: () =>
    html`<polder-summary-list>
      <dl>
        <div>
          <dt>Naam</dt>
          <dd>Sarah Philips</dd>
          <dd><a href="#naam">Wijzigen</a></dd>
        </div>
        <div>
          <dt>Geboortedatum</dt>
          <dd>5 januari 1978</dd>
          <dd><a href="#geboortedatum">Wijzigen</a></dd>
        </div>
        <div>
          <dt>Adres</dt>
          <dd>Stationsplein 1<br />1012 AB Amsterdam</dd>
          <dd><a href="#adres">Wijzigen</a></dd>
        </div>
      </dl>
    </polder-summary-list>`,
};

export const SeveralActions: Story = {
  name: 'Several actions per row',
  render: () =>
    html`<polder-summary-list>
      <dl>
        <div>
          <dt>Kind 1</dt>
          <dd>Noor Philips, 4 jaar</dd>
          <dd>
            <ul>
              <li><a href="#kind-1">Wijzigen</a></li>
              <li><a href="#kind-1-weg">Verwijderen</a></li>
            </ul>
          </dd>
        </div>
        <div>
          <dt>Kind 2</dt>
          <dd>Daan Philips, 7 jaar</dd>
          <dd>
            <ul>
              <li><a href="#kind-2">Wijzigen</a></li>
              <li><a href="#kind-2-weg">Verwijderen</a></li>
            </ul>
          </dd>
        </div>
      </dl>
    </polder-summary-list>`,
};

export const WithoutActions: Story = {
  name: 'Without actions (read only)',
  render: () =>
    html`<polder-summary-list>
      <dl>
        <div>
          <dt>Referentienummer</dt>
          <dd>HDJ2123F</dd>
        </div>
        <div>
          <dt>Ontvangen op</dt>
          <dd>28 november 2026</dd>
        </div>
      </dl>
    </polder-summary-list>`,
};

export const MissingAnswer: Story = {
  name: 'Error: a missing answer',
  render: () =>
    html`<polder-summary-list>
      <dl>
        <div>
          <dt>Naam</dt>
          <dd>Sarah Philips</dd>
          <dd><a href="#naam">Wijzigen</a></dd>
        </div>
        <div>
          <dt>Telefoonnummer</dt>
          <dd><a href="#telefoon">Vul uw telefoonnummer in</a></dd>
        </div>
      </dl>
    </polder-summary-list>`,
};

export const LongText: Story = {
  render: () =>
    html`<polder-summary-list>
      <dl>
        <div>
          <dt>Waarom vraagt u een ontheffing aan voor het parkeren van een voertuig langer dan zes meter?</dt>
          <dd>
            Ik heb een camper die ik in het voorjaar en de zomer gebruik en die ik tussen de reizen door bij mijn huis
            wil kunnen laden en lossen; hetemailadresdatikdaarvoorgebruikisheelerglang@voorbeeld-gemeente.nl
          </dd>
          <dd><a href="#reden">Wijzigen</a></dd>
        </div>
      </dl>
    </polder-summary-list>`,
};

export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<polder-summary-list lang="en">
      <dl>
        <div>
          <dt>Name</dt>
          <dd>Sarah Philips</dd>
          <dd><a href="#name">Change</a></dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>5 January 1978</dd>
          <dd><a href="#dob">Change</a></dd>
        </div>
      </dl>
    </polder-summary-list>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<dl class="polder-summary-list">
      <div class="polder-summary-list__row">
        <dt class="polder-summary-list__key">Naam</dt>
        <dd class="polder-summary-list__value">Sarah Philips</dd>
        <dd class="polder-summary-list__actions">
          <a href="#naam">Wijzigen<span class="polder-visually-hidden polder-summary-list__action-key"> naam</span></a>
        </dd>
      </div>
    </dl>`,
};
