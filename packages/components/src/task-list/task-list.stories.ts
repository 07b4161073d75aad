import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import tagStyles from '../tag/tag.styles.js';
import styles from './task-list.styles.js';
import './define.js';

interface Args {
  summary: boolean;
}

const meta: Meta<Args> = {
  title: 'Page/Task list',
  component: 'polder-task-list',
  subcomponents: { 'polder-task-list-item': 'polder-task-list-item' },
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { summary: true },
  render: ({ summary }) =>
    html`<polder-task-list ?summary=${summary}>
      <polder-task-list-item href="#persoon" status="completed">Persoonsgegevens</polder-task-list-item>
      <polder-task-list-item href="#adres" status="completed">Nieuw adres</polder-task-list-item>
      <polder-task-list-item href="#mee" status="in-progress" hint="Partner, kinderen en andere huisgenoten"
        >Wie verhuizen er mee?</polder-task-list-item
      >
      <polder-task-list-item href="#datum" status="not-started">Verhuisdatum</polder-task-list-item>
      <polder-task-list-item href="#versturen" status="cannot-start" hint="Kan pas als alle onderdelen zijn afgerond"
        >Controleren en versturen</polder-task-list-item
      >
    </polder-task-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: 'Default (with summary)' };
export const WithoutSummary: Story = { args: { summary: false } };
export const AllCompleted: Story = {
  render: () =>
    html`<polder-task-list summary>
      <polder-task-list-item href="#persoon" status="completed">Persoonsgegevens</polder-task-list-item>
      <polder-task-list-item href="#adres" status="completed">Nieuw adres</polder-task-list-item>
    </polder-task-list>`,
};
export const LongText: Story = {
  name: 'Long Dutch words',
  render: () =>
    html`<polder-task-list summary>
      <polder-task-list-item
        href="#a"
        status="in-progress"
        hint="Gegevens van de arbeidsongeschiktheidsverzekeringsmaatschappij"
        >Kinderopvangtoeslagaanvraagformulier</polder-task-list-item
      >
      <polder-task-list-item status="cannot-start">Aansprakelijkheidsverzekeringspolis uploaden</polder-task-list-item>
    </polder-task-list>`,
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-task-list summary>
        <polder-task-list-item href="#a" status="completed">Your details</polder-task-list-item>
        <polder-task-list-item href="#b" status="in-progress">Your new address</polder-task-list-item>
        <polder-task-list-item href="#c" status="not-started">Who is moving with you?</polder-task-list-item>
        <polder-task-list-item status="cannot-start">Check and send</polder-task-list-item>
      </polder-task-list>
    </div>`,
};
export const BadStatus: Story = {
  name: 'Error: unknown status (falls back to not started, with a warning)',
  render: () =>
    html`<polder-task-list>
      <polder-task-list-item href="#a" status="done">Persoonsgegevens</polder-task-list-item>
    </polder-task-list>`,
};
export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // The page only needs the CSS: the task list's and the tag's.
    adoptStyles(document, tagStyles);
    adoptStyles(document, styles);
    return html`<p class="polder-task-list__summary">1 van 2 onderdelen afgerond</p>
      <ul class="polder-task-list">
        <li class="polder-task-list__item">
          <a class="polder-task-list__name polder-task-list__link" href="#p" aria-describedby="plain-1"
            >Persoonsgegevens</a
          ><strong class="polder-tag polder-tag--success polder-task-list__status" id="plain-1">Afgerond</strong>
        </li>
        <li class="polder-task-list__item polder-task-list__item--cannot-start">
          <span class="polder-task-list__name">Controleren en versturen</span
          ><strong class="polder-tag polder-tag--neutral polder-task-list__status">Kan nog niet</strong>
        </li>
      </ul>`;
  },
};
