import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';

interface Args {
  text: string;
  level: string;
  appearance?: string;
}

const meta: Meta<Args> = {
  title: 'Content/Heading',
  component: 'polder-heading',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { text: 'Parkeervergunning aanvragen', level: '1' },
  argTypes: {
    level: { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '6'] },
    appearance: { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '6'] },
  },
  render: ({ text, level, appearance }) =>
    html`<polder-heading level=${level} appearance=${ifDefined(appearance)}>${text}</polder-heading>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const AllLevels: Story = {
  name: 'Levels 1–6',
  render: () =>
    html`${['1', '2', '3', '4', '5', '6'].map(
      (level) => html`<polder-heading level=${level}>Kop van niveau ${level}</polder-heading>`,
    )}`,
};

export const AppearanceIndependentOfLevel: Story = {
  name: 'Appearance independent of level',
  args: { level: '2', appearance: '4', text: 'Een h2 met het uiterlijk van niveau 4' },
};

export const LongText: Story = {
  args: {
    text: 'Aanvraag voor een tegemoetkoming in de kosten van kinderopvang en buitenschoolse opvang voor ouders met een laag inkomen',
  },
};

export const English: Story = {
  render: () => html`<div lang="en"><polder-heading level="1">Apply for a parking permit</polder-heading></div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<h1 class="polder-heading polder-heading--1">Parkeervergunning aanvragen</h1>
      <h2 class="polder-heading polder-heading--3">Wat heeft u nodig?</h2>`,
};
