import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withPageStyles } from '../test-helpers/stories.js';
import styles from './footer.styles.js';
import './define.js';

interface Args {
  organisation?: string;
  current?: string;
}

const meta: Meta<Args> = {
  title: 'Page/Footer',
  component: 'polder-footer',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { organisation: '© Gemeente Voorbeeld' },
  argTypes: { current: { control: 'select', options: [undefined, '/privacy', '/cookies', '/toegankelijkheid'] } },
  render: ({ organisation, current }) =>
    html`<polder-footer organisation=${ifDefined(organisation)} current=${ifDefined(current)}>
      <p slot="content">Vragen? Bel 14 020, maandag tot en met vrijdag van 8.00 tot 17.00 uur.</p>
      <a href="/privacy">Privacy</a>
      <a href="/cookies">Cookies</a>
      <a href="/toegankelijkheid">Toegankelijkheidsverklaring</a>
      <a href="/contact">Contact</a>
    </polder-footer>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const CurrentPage: Story = { name: 'On one of its pages (current)', args: { current: '/toegankelijkheid' } };
export const LinksOnly: Story = { name: 'Links only', args: { organisation: undefined } };

export const LongText: Story = {
  args: { organisation: '© Hoogheemraadschap van Schieland en de Krimpenerwaard, Rotterdam' },
};

export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-footer organisation="© Municipality of Voorbeeld">
        <a href="/privacy">Privacy</a><a href="/accessibility">Accessibility statement</a>
      </polder-footer>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  // The page links the class CSS (here: adopted into the document), as a server-rendered page would.
  decorators: [withPageStyles(styles)],
  render: () =>
    html`<footer class="polder-footer">
      <div class="polder-footer__inner">
        <div class="polder-footer__content"><p>Vragen? Bel 14 020.</p></div>
        <nav class="polder-footer__navigation" aria-label="Over deze website">
          <ul class="polder-footer__list">
            <li class="polder-footer__item"><a class="polder-footer__link" href="/privacy">Privacy</a></li>
            <li class="polder-footer__item">
              <a class="polder-footer__link" href="/toegankelijkheid">Toegankelijkheidsverklaring</a>
            </li>
          </ul>
        </nav>
        <p class="polder-footer__organisation">© Gemeente Voorbeeld</p>
      </div>
    </footer>`,
};
