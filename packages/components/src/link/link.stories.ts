import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withPageStyles } from '../test-helpers/stories.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './link.styles.js';
import './define.js';

interface Args {
  text: string;
  href: string;
  external: boolean;
  target?: string;
  current: boolean;
}

const meta: Meta<Args> = {
  title: 'Content/Link',
  component: 'polder-link',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { text: 'Huurtoeslag aanvragen', href: '#huurtoeslag', external: false, current: false },
  argTypes: { target: { control: 'inline-radio', options: [undefined, '_blank'] } },
  render: ({ text, href, external, target, current }) =>
    html`<p>
      Lees meer over
      <polder-link href=${href} ?external=${external} target=${ifDefined(target)} ?current=${current}
        >${text}</polder-link
      >.
    </p>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const External: Story = { args: { text: 'de website van de Belastingdienst', external: true } };
export const NewWindow: Story = { name: 'Opens in a new window', args: { text: 'de voorwaarden', target: '_blank' } };
export const ExternalNewWindow: Story = {
  name: 'External, in a new window',
  args: { text: 'Rijksoverheid.nl', href: 'https://www.rijksoverheid.nl', external: true, target: '_blank' },
};
export const Current: Story = { name: 'Current page', args: { text: 'deze pagina', current: true } };

export const LongText: Story = {
  args: {
    text: 'https://www.example.org/een/heel/lang/adres/zonder/spaties/dat/op/een/smal/scherm/moet/afbreken',
    external: true,
  },
};

export const English: Story = {
  render: () =>
    html`<p lang="en">
      Read the
      <polder-link href="https://www.gov.uk" external target="_blank">GOV.UK guidance</polder-link>.
    </p>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  // The page links the class CSS (here: adopted into the document), as a server-rendered page would.
  decorators: [withPageStyles(visuallyHidden, styles)],
  render: () =>
    html`<p>
      <a class="polder-link" href="#plain">Een gewone link</a>,
      <a class="polder-link" href="https://www.rijksoverheid.nl" target="_blank"
        >Rijksoverheid.nl<span class="polder-link__note"
          ><svg class="polder-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="M14 3v2h3.6l-9.8 9.8 1.4 1.4L19 6.4V10h2V3h-7ZM19 19H5V5h7V3H5a2 2 0 0 0-2 2v14c0 1.1.9 2 2 2h14a2 2 0 0 0 2-2v-7h-2v7Z"
            ></path></svg
          ><span class="polder-visually-hidden"> (externe link, opent in een nieuw venster)</span></span
        ></a
      >
      en <a class="polder-link" href="#hier" aria-current="page">de huidige pagina</a>.
    </p>`,
};
