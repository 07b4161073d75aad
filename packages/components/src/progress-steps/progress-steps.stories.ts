import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  current: number;
  orientation: string;
}

const meta: Meta<Args> = {
  title: 'Page/Progress steps',
  component: 'polder-progress-steps',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { current: 3, orientation: 'vertical' },
  argTypes: {
    current: { control: { type: 'number', min: 1, max: 5 } },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
  },
  render: ({ current, orientation }) =>
    html`<polder-progress-steps current=${current} orientation=${orientation}>
      <ol>
        <li><a href="#gegevens">Uw gegevens</a></li>
        <li><a href="#aanvraag">Uw aanvraag</a></li>
        <li>Controleren</li>
        <li>Versturen</li>
      </ol>
    </polder-progress-steps>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: 'Default (step 3 of 4)' };
export const FirstStep: Story = { args: { current: 1 } };
export const AllComplete: Story = { name: 'All steps complete', args: { current: 5 } };
export const Horizontal: Story = { args: { orientation: 'horizontal', current: 2 } };
export const BadOrientation: Story = {
  name: 'Error: unknown orientation (falls back, with a warning)',
  args: { orientation: 'sideways' },
};
export const LongText: Story = {
  render: () =>
    html`<polder-progress-steps current="2" orientation="horizontal">
      <ol>
        <li><a href="#1">Gegevens van de aanvrager en van de eventuele gemachtigde</a></li>
        <li>Gegevens over het voertuig waarvoor u een ontheffing aanvraagt</li>
        <li>Controleren en versturen</li>
      </ol>
    </polder-progress-steps>`,
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-progress-steps current="2">
        <ol>
          <li><a href="#details">Your details</a></li>
          <li>Your application</li>
          <li>Check your answers</li>
        </ol>
      </polder-progress-steps>
    </div>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<ol class="polder-progress-steps" aria-label="Voortgang">
      <li class="polder-progress-steps__step polder-progress-steps__step--complete">
        <a href="#gegevens">Uw gegevens</a><span class="polder-progress-steps__status">Voltooid</span>
      </li>
      <li class="polder-progress-steps__step polder-progress-steps__step--current" aria-current="step">Uw aanvraag</li>
      <li class="polder-progress-steps__step">Versturen</li>
    </ol>`,
};
