import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  text: string;
  lead: boolean;
}

const meta: Meta<Args> = {
  title: 'Content/Paragraph',
  component: 'polder-paragraph',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    text: 'Met een parkeervergunning parkeert u in uw eigen wijk. U betaalt per jaar en de vergunning geldt voor één kenteken.',
    lead: false,
  },
  render: ({ text, lead }) => html`<polder-paragraph ?lead=${lead}>${text}</polder-paragraph>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const Lead: Story = {
  args: { lead: true, text: 'Vraag een parkeervergunning aan als u in een wijk met betaald parkeren woont.' },
};

export const WithLink: Story = {
  render: () =>
    html`<polder-paragraph
      >Lees eerst de <a href="#voorwaarden">voorwaarden voor een vergunning</a>.</polder-paragraph
    >`,
};

export const LongText: Story = {
  args: {
    text: 'Kinderopvangtoeslagaanvraagformulieren worden binnen acht weken behandeld. '.repeat(6),
  },
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-paragraph lead>Apply for a parking permit if you live in a paid-parking area.</polder-paragraph>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<p class="polder-paragraph polder-paragraph--lead">Vraag een parkeervergunning aan.</p>
      <p class="polder-paragraph">U betaalt per jaar en de vergunning geldt voor één kenteken.</p>`,
};
