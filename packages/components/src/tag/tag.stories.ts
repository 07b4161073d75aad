import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  type: string;
  text: string;
}

const meta: Meta<Args> = {
  title: 'Content/Tag',
  component: 'polder-tag',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { type: 'neutral', text: 'Concept' },
  argTypes: { type: { control: 'inline-radio', options: ['neutral', 'info', 'success', 'warning', 'error'] } },
  render: ({ type, text }) => html`<polder-tag type=${type}>${text}</polder-tag>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Neutral: Story = {};
export const Info: Story = { args: { type: 'info', text: 'Ontvangen' } };
export const Success: Story = { args: { type: 'success', text: 'Goedgekeurd' } };
export const Warning: Story = { args: { type: 'warning', text: 'Actie nodig' } };
export const ErrorType: Story = { name: 'Error', args: { type: 'error', text: 'Afgewezen' } };

export const InContext: Story = {
  name: 'In a sentence',
  render: () => html`<p>Status van uw aanvraag: <polder-tag type="info">In behandeling</polder-tag></p>`,
};

export const LongText: Story = {
  args: { type: 'warning', text: 'Wacht op aanvullende informatie van de aanvrager' },
};

export const English: Story = {
  render: () => html`<p lang="en">Status: <polder-tag type="success">Approved</polder-tag></p>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<strong class="polder-tag polder-tag--neutral">Concept</strong>
      <strong class="polder-tag polder-tag--success">Goedgekeurd</strong>
      <strong class="polder-tag polder-tag--error">Afgewezen</strong>`,
};
