import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withPageStyles } from '../test-helpers/stories.js';
import styles from './navigation.styles.js';
import './define.js';

interface Args {
  current?: string;
  label?: string;
}

const meta: Meta<Args> = {
  title: 'Page/Navigation',
  component: 'polder-navigation',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { current: '/aanvragen' },
  argTypes: {
    current: { control: 'select', options: [undefined, '/', '/aanvragen', '/mijn-vergunningen', '/contact'] },
  },
  render: ({ current, label }) =>
    html`<polder-navigation current=${ifDefined(current)} label=${ifDefined(label)}>
      <a href="/">Home</a>
      <a href="/aanvragen">Aanvragen</a>
      <a href="/mijn-vergunningen">Mijn vergunningen</a>
      <a href="/contact">Contact</a>
    </polder-navigation>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const NoCurrentPage: Story = { name: 'No current page', args: { current: undefined } };
export const SecondNavigation: Story = {
  name: 'A second navigation (own label)',
  args: { label: 'Onderwerpen', current: undefined },
};

export const AsAList: Story = {
  name: 'Links in a list (list semantics)',
  render: () =>
    html`<polder-navigation current="/aanvragen">
      <ul class="polder-navigation__list">
        <li class="polder-navigation__item"><a class="polder-navigation__link" href="/">Home</a></li>
        <li class="polder-navigation__item"><a class="polder-navigation__link" href="/aanvragen">Aanvragen</a></li>
        <li class="polder-navigation__item"><a class="polder-navigation__link" href="/contact">Contact</a></li>
      </ul>
    </polder-navigation>`,
};

export const LongText: Story = {
  render: () =>
    html`<polder-navigation current="/b">
      <a href="/a">Aanvragen en wijzigen van een parkeervergunning voor bewoners</a>
      <a href="/b">Bezwaar maken tegen een beslissing over uw vergunning</a>
      <a href="/c">Verblijfsvergunningaanvraagformulieren</a>
    </polder-navigation>`,
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-navigation current="/apply">
        <a href="/">Home</a><a href="/apply">Apply</a><a href="/contact">Contact</a>
      </polder-navigation>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  // The page links the class CSS (here: adopted into the document), as a server-rendered page would.
  decorators: [withPageStyles(styles)],
  render: () =>
    html`<nav class="polder-navigation" aria-label="Hoofdmenu">
      <ul class="polder-navigation__list">
        <li class="polder-navigation__item"><a class="polder-navigation__link" href="/">Home</a></li>
        <li class="polder-navigation__item">
          <a class="polder-navigation__link" href="/aanvragen" aria-current="page">Aanvragen</a>
        </li>
        <li class="polder-navigation__item"><a class="polder-navigation__link" href="/contact">Contact</a></li>
      </ul>
    </nav>`,
};
