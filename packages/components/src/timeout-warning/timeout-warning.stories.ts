import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PolderTimeoutWarning } from './timeout-warning.js';
import './define.js';

interface Args {
  timeout: number;
  warning: number;
  heading: string;
}

/** Stories never leave the docs site: time running out is shown, not followed. */
const stay = (event: Event) => event.preventDefault();

const meta: Meta<Args> = {
  title: 'Page/Timeout warning',
  component: 'polder-timeout-warning',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { timeout: 125, warning: 120, heading: '' },
  render: ({ timeout, warning, heading }) =>
    html`<p>The warning opens ${timeout - warning} seconds after the story loads.</p>
      <polder-timeout-warning
        timeout=${timeout}
        warning=${warning}
        heading=${heading}
        timeout-href="#sessie-verlopen"
        @polder-timeout=${stay}
      >
        <p>Wij bewaren uw antwoorden niet als uw sessie verloopt.</p>
      </polder-timeout-warning>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: 'Default (opens after 5 seconds)' };
export const Open: Story = { name: 'Open (two minutes left)', args: { timeout: 120 } };
export const LastSeconds: Story = { name: 'Open (under a minute left)', args: { timeout: 45 } };
export const LongText: Story = {
  name: 'Long Dutch words',
  args: { timeout: 120, heading: 'Uw kinderopvangtoeslagaanvraagsessie verloopt binnenkort' },
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-timeout-warning timeout="90" timeout-href="#signed-out" @polder-timeout=${stay}>
        <p>We will not save your answers if your session ends.</p>
      </polder-timeout-warning>
    </div>`,
};
export const Extended: Story = {
  name: 'After "Doorgaan" (closed, clock restarted)',
  args: { timeout: 120 },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PolderTimeoutWarning>('polder-timeout-warning')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.polder-timeout-warning__actions button')!.click();
  },
};
