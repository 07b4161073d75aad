import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  activation: string;
  label: string;
}

const meta: Meta<Args> = {
  title: 'Content/Tabs',
  component: 'polder-tabs',
  subcomponents: { PolderTab: 'polder-tab', PolderTabPanel: 'polder-tab-panel' },
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { activation: 'automatic', label: 'Mijn gegevens' },
  argTypes: { activation: { control: 'inline-radio', options: ['automatic', 'manual'] } },
  render: ({ activation, label }) =>
    html`<polder-tabs activation=${activation} label=${label}>
      <polder-tab>Persoonlijke gegevens</polder-tab>
      <polder-tab-panel
        ><p>Naam, adres en geboortedatum zoals bekend in de Basisregistratie Personen.</p></polder-tab-panel
      >
      <polder-tab>Vergunningen</polder-tab>
      <polder-tab-panel><p>U heeft één parkeervergunning, geldig tot 1 januari.</p></polder-tab-panel>
      <polder-tab>Betalingen</polder-tab>
      <polder-tab-panel><p>U heeft geen openstaande betalingen.</p></polder-tab-panel>
    </polder-tabs>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const ManualActivation: Story = { args: { activation: 'manual' } };

export const SecondSelected: Story = {
  name: 'Another tab selected',
  render: () =>
    html`<polder-tabs label="Overzicht">
      <polder-tab>Lopend</polder-tab>
      <polder-tab-panel><p>Twee aanvragen in behandeling.</p></polder-tab-panel>
      <polder-tab selected>Afgerond</polder-tab>
      <polder-tab-panel><p>Vijf aanvragen afgerond.</p></polder-tab-panel>
    </polder-tabs>`,
};

export const LongText: Story = {
  render: () =>
    html`<polder-tabs label="Toeslagen">
      <polder-tab>Kinderopvangtoeslag en tegemoetkomingen voor ouders</polder-tab>
      <polder-tab-panel
        ><p>Kinderopvangtoeslagaanvraagformulieren worden binnen acht weken behandeld.</p></polder-tab-panel
      >
      <polder-tab>Huurtoeslag</polder-tab>
      <polder-tab-panel><p>U krijgt huurtoeslag als uw inkomen niet te hoog is.</p></polder-tab-panel>
      <polder-tab>Zorgtoeslag</polder-tab>
      <polder-tab-panel><p>Zorgtoeslag is een bijdrage in de kosten van de zorgverzekering.</p></polder-tab-panel>
    </polder-tabs>`,
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-tabs label="My details">
        <polder-tab>Personal</polder-tab>
        <polder-tab-panel><p>Name and address.</p></polder-tab-panel>
        <polder-tab>Permits</polder-tab>
        <polder-tab-panel><p>One parking permit.</p></polder-tab-panel>
      </polder-tabs>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<div class="polder-tabs">
      <h2 class="polder-tabs__heading">Persoonlijke gegevens</h2>
      <div class="polder-tabs__panel"><p>Naam, adres en geboortedatum.</p></div>
      <h2 class="polder-tabs__heading">Vergunningen</h2>
      <div class="polder-tabs__panel"><p>Eén parkeervergunning.</p></div>
    </div>`,
};
