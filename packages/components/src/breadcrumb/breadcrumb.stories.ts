import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withPageStyles } from '../test-helpers/stories.js';
import styles from './breadcrumb.styles.js';
import './define.js';

const meta: Meta = {
  title: 'Page/Breadcrumb',
  component: 'polder-breadcrumb',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  render: () =>
    html`<polder-breadcrumb
      ><a href="#home">Home</a><a href="#toeslagen">Toeslagen</a
      ><a href="#huurtoeslag" aria-current="page">Huurtoeslag</a></polder-breadcrumb
    >`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const AncestorsOnly: Story = {
  name: 'Without the current page',
  render: () => html`<polder-breadcrumb><a href="#home">Home</a><a href="#toeslagen">Toeslagen</a></polder-breadcrumb>`,
};

export const CurrentFromAttribute: Story = {
  name: 'Current page from the current attribute',
  render: () =>
    html`<polder-breadcrumb current="#zaak"
      ><a href="#home">Home</a><a href="#zaken">Mijn zaken</a><a href="#zaak">Zaak 2026-0042</a></polder-breadcrumb
    >`,
};

export const LongText: Story = {
  render: () =>
    html`<polder-breadcrumb
      ><a href="#home">Home</a><a href="#ondernemen">Ondernemen, vergunningen en belastingen voor bedrijven</a
      ><a href="#vergunningen">Vergunningen voor evenementen in de openbare ruimte</a
      ><a href="#aanvragen" aria-current="page"
        >Een evenementenvergunning aanvragen voor een evenement met meer dan 1000 bezoekers</a
      ></polder-breadcrumb
    >`,
};

export const Narrow: Story = {
  name: 'Narrow screen (only the parent, as a back link)',
  globals: { viewport: { value: 'reflow' } },
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-breadcrumb
        ><a href="#home">Home</a><a href="#benefits">Benefits</a
        ><a href="#rent" aria-current="page">Rent benefit</a></polder-breadcrumb
      >
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  // The page links the class CSS (here: adopted into the document), as a server-rendered page would.
  decorators: [withPageStyles(styles)],
  render: () =>
    html`<nav class="polder-breadcrumb" aria-label="Kruimelpad">
      <ol class="polder-breadcrumb__list">
        <li class="polder-breadcrumb__item"><a class="polder-breadcrumb__link" href="#home">Home</a></li>
        <li class="polder-breadcrumb__item polder-breadcrumb__item--parent">
          <a class="polder-breadcrumb__link" href="#toeslagen">Toeslagen</a>
        </li>
        <li class="polder-breadcrumb__item polder-breadcrumb__item--current">
          <a class="polder-breadcrumb__link" href="#huurtoeslag" aria-current="page">Huurtoeslag</a>
        </li>
      </ol>
    </nav>`,
};
