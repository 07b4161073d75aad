import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withPageStyles } from '../test-helpers/stories.js';
import styles from './language-switcher.styles.js';
import './define.js';

interface Args {
  current?: string;
}

const meta: Meta<Args> = {
  title: 'Page/Language switcher',
  component: 'polder-language-switcher',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { current: 'nl' },
  argTypes: { current: { control: 'inline-radio', options: ['nl', 'en', 'fy'] } },
  render: ({ current }) =>
    html`<polder-language-switcher current=${ifDefined(current)}>
      <a href="/nl/" hreflang="nl" lang="nl">Nederlands</a>
      <a href="/en/" hreflang="en" lang="en">English</a>
      <a href="/fy/" hreflang="fy" lang="fy">Frysk</a>
    </polder-language-switcher>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const EnglishCurrent: Story = { name: 'English is current', args: { current: 'en' } };

export const ManyLanguages: Story = {
  name: 'Many languages (long text)',
  render: () =>
    html`<polder-language-switcher current="nl">
      <a href="/nl/" hreflang="nl">Nederlands</a><a href="/en/" hreflang="en">English</a>
      <a href="/de/" hreflang="de">Deutsch</a><a href="/pl/" hreflang="pl">Polski</a>
      <a href="/tr/" hreflang="tr">Türkçe</a><a href="/uk/" hreflang="uk">Українська</a>
      <a href="/ar/" hreflang="ar" dir="rtl">العربية</a>
    </polder-language-switcher>`,
};

export const English: Story = {
  name: 'On an English page (lang="en")',
  render: () =>
    html`<div lang="en">
      <polder-language-switcher>
        <a href="/nl/" hreflang="nl">Nederlands</a><a href="/en/" hreflang="en">English</a>
      </polder-language-switcher>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  // The page links the class CSS (here: adopted into the document), as a server-rendered page would.
  decorators: [withPageStyles(styles)],
  render: () =>
    html`<nav class="polder-language-switcher" aria-label="Taalkeuze">
      <ul class="polder-language-switcher__list">
        <li class="polder-language-switcher__item">
          <a class="polder-language-switcher__link" href="/nl/" hreflang="nl" lang="nl" aria-current="true"
            >Nederlands</a
          >
        </li>
        <li class="polder-language-switcher__item">
          <a class="polder-language-switcher__link" href="/en/" hreflang="en" lang="en">English</a>
        </li>
      </ul>
    </nav>`,
};
