import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';
import buttonStyles from '../button/button.styles.js';
import styles from './cookie-banner.styles.js';
import type { PolderCookieBanner } from './cookie-banner.js';
import './define.js';

interface Args {
  heading: string;
  action: string;
  name: string;
}

const meta: Meta<Args> = {
  title: 'Page/Cookie banner',
  component: 'polder-cookie-banner',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { heading: 'Cookies op Verhuizing doorgeven', action: '#cookies', name: 'cookies' },
  render: ({ heading, action, name }) =>
    html`<polder-cookie-banner heading=${heading} action=${action} name=${name}>
      <p>Wij gebruiken functionele cookies om deze dienst te laten werken.</p>
      <p>
        Wij willen ook graag statistiekcookies gebruiken om te zien hoe u de dienst gebruikt, zodat wij hem kunnen
        verbeteren. <a href="#cookies">Lees meer over cookies</a>.
      </p>
    </polder-cookie-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: 'Default (the question)' };

/** The state after a choice, as it shows with JavaScript. */
const chosen =
  (value: 'accept' | 'reject'): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector<PolderCookieBanner>('polder-cookie-banner')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>(`button[value="${value}"]`)!.click();
    await el.updateComplete;
  };

export const Accepted: Story = { name: 'Accepted (confirmation)', play: chosen('accept') };
export const Rejected: Story = { name: 'Rejected (confirmation)', play: chosen('reject') };
export const LongText: Story = {
  name: 'Long Dutch words',
  args: { heading: 'Cookies op Kinderopvangtoeslagaanvraagformulier-invullen' },
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-cookie-banner heading="Cookies on Report a move" action="#cookies">
        <p>We use some essential cookies to make this service work.</p>
        <p>We would also like to use analytics cookies to understand how you use the service.</p>
      </polder-cookie-banner>
    </div>`,
};
export const HiddenFields: Story = {
  name: 'With hidden fields (an anti-forgery token in the form)',
  render: ({ heading, action }) =>
    html`<polder-cookie-banner heading=${heading} action=${action} .fields=${{ csrf: 'voorbeeld-token' }}>
      <p>Wij willen graag statistiekcookies gebruiken.</p>
      <input type="hidden" name="pagina" value="/adres" />
    </polder-cookie-banner>`,
};
export const BadAction: Story = {
  name: 'Error: script URL as action (dropped, with a warning)',
  args: { action: 'javascript:alert(1)' },
};
export const PlainHtml: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    // The page only needs the CSS: the banner's and the button's.
    adoptStyles(document, buttonStyles);
    adoptStyles(document, styles);
    return html`<div class="polder-cookie-banner" role="region" aria-labelledby="plain-cookies">
      <form class="polder-cookie-banner__form" method="post" action="#cookies">
        <h2 class="polder-cookie-banner__heading" id="plain-cookies">Cookies op Verhuizing doorgeven</h2>
        <div class="polder-cookie-banner__body"><p>Wij willen graag statistiekcookies gebruiken.</p></div>
        <div class="polder-cookie-banner__actions">
          <button class="polder-button polder-button--primary" name="cookies" value="accept">
            Aanvullende cookies accepteren
          </button>
          <button class="polder-button polder-button--primary" name="cookies" value="reject">
            Aanvullende cookies weigeren
          </button>
        </div>
      </form>
    </div>`;
  },
};
