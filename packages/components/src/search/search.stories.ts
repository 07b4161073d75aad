import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './search.styles.js';
import './define.js';

const topics = [
  'Huurtoeslag',
  'Huurtoeslag aanvragen',
  'Zorgtoeslag',
  'Kinderopvangtoeslag',
  'Paspoort aanvragen',
  'Rijbewijs verlengen',
  'Verhuizing doorgeven',
  'Parkeervergunning',
  'Afvalkalender',
  'Omgevingsvergunning',
];

/** The story answers `/api/suggesties?q=…` in the browser, as a server would. */
function answerSuggestions(): void {
  const w = window as Window & { polderSuggestions?: boolean };
  if (w.polderSuggestions) return;
  w.polderSuggestions = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(String(input), location.href);
    if (url.pathname !== '/api/suggesties') return original(input, init);
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const found = topics.filter((t) => t.toLowerCase().includes(q)).map((t) => ({ value: t, label: t }));
    return Promise.resolve(new Response(JSON.stringify(found), { headers: { 'content-type': 'application/json' } }));
  };
}

interface Args {
  label?: string;
  button?: string;
  hideLabel: boolean;
}

const meta: Meta<Args> = {
  title: 'Page/Search',
  component: 'polder-search',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { hideLabel: false },
  render: (a) =>
    html`<polder-search
      action="#"
      label=${ifDefined(a.label)}
      button=${ifDefined(a.button)}
      ?hide-label=${a.hideLabel}
    ></polder-search>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const HiddenLabel: Story = { name: 'Label for screen readers only', args: { hideLabel: true } };
export const OwnTexts: Story = {
  name: 'Own label and button',
  args: { label: 'Zoek in alle regelingen en voorzieningen van de gemeente', button: 'Zoek' },
};
export const Suggestions: Story = {
  name: 'Suggestions (src)',
  render: () => {
    answerSuggestions();
    return html`<polder-search action="#" src="/api/suggesties?q={query}"></polder-search>`;
  },
};
export const Narrow: Story = {
  name: '320px',
  globals: { viewport: { value: 'reflow' } },
  args: { label: 'Zoeken in alle informatie over huurtoeslagaanvraagformulieren' },
};
export const Dark: Story = { globals: { scheme: 'dark' } };
export const English: Story = {
  name: 'English (lang="en")',
  render: () => html`<div lang="en"><polder-search action="#"></polder-search></div>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    for (const s of [visuallyHidden, styles]) adoptStyles(document, s);
    return html`<form class="polder-search" role="search" action="#" method="get" aria-labelledby="plain-zoek-label">
      <label class="polder-search__label" for="plain-zoek" id="plain-zoek-label">Zoeken</label>
      <div class="polder-search__row">
        <div class="polder-search__field">
          <input class="polder-search__input" id="plain-zoek" type="search" name="q" />
        </div>
        <button class="polder-search__button" type="submit">Zoeken</button>
      </div>
    </form>`;
  },
};
