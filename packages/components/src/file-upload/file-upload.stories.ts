import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  label: string;
  hint: string;
  error: string;
  name: string;
  accept: string;
  multiple: boolean;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/File upload',
  component: 'polder-file-upload',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    label: 'Bijlage',
    hint: '',
    error: '',
    name: 'bijlage',
    accept: '',
    multiple: false,
    required: false,
    disabled: false,
  },
  render: (a) =>
    html`<polder-file-upload
      label=${a.label}
      hint=${a.hint}
      error=${a.error}
      name=${a.name}
      accept=${a.accept}
      ?multiple=${a.multiple}
      ?required=${a.required}
      ?disabled=${a.disabled}
    ></polder-file-upload>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHintAndTypes: Story = {
  name: 'Hint and accepted types',
  args: { hint: 'Een PDF of JPG, hoogstens 10 MB', accept: '.pdf,.jpg' },
};
export const Multiple: Story = {
  args: {
    label: 'Bewijsstukken',
    hint: 'U kunt meerdere bestanden tegelijk kiezen of hierheen slepen.',
    multiple: true,
  },
};
export const Error: Story = { args: { error: 'Kies een bestand' } };
export const Disabled: Story = { args: { disabled: true } };
export const LongText: Story = {
  args: {
    label:
      'Upload een kopie van uw identiteitsbewijs, uw laatste loonstrook en een recent uittreksel uit de Basisregistratie Personen',
    hint: 'Maak de foto van uw identiteitsbewijs zonder flits, zodat alle gegevens goed leesbaar zijn. Het burgerservicenummer mag u afschermen.',
    multiple: true,
  },
};
export const ValidationInAForm: Story = {
  name: 'Validation (required and accept)',
  render: () =>
    html`<form enctype="multipart/form-data" method="post">
      <polder-file-upload
        name="uittreksel"
        label="Uittreksel"
        hint="Een PDF"
        accept=".pdf"
        required
      ></polder-file-upload>
      <button class="polder-button polder-button--primary">Versturen</button>
    </form>`,
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<form lang="en" enctype="multipart/form-data" method="post">
      <polder-file-upload name="evidence" label="Evidence" hint="A PDF or JPG" accept=".pdf,.jpg" multiple required>
      </polder-file-upload>
      <button class="polder-button polder-button--primary">Continue</button>
    </form>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () =>
    html`<div class="polder-form-field">
      <label class="polder-form-field__label" for="plain-bijlage">Bijlage</label>
      <div class="polder-form-field__hint" id="plain-bijlage-hint">Een PDF, hoogstens 10 MB</div>
      <div class="polder-file-upload">
        <input
          class="polder-file-upload__input"
          type="file"
          id="plain-bijlage"
          name="plain-bijlage"
          accept=".pdf"
          aria-describedby="plain-bijlage-hint"
        />
      </div>
    </div>`,
};

/** Chooses files the way a drop does: through a DataTransfer into the native input, with its change event. */
const chooseFiles =
  (...names: string[]) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('polder-file-upload') as
      (HTMLElement & { control?: HTMLInputElement; updateComplete: Promise<unknown> }) | null;
    if (!el) return;
    await el.updateComplete;
    const transfer = new DataTransfer();
    for (const name of names) transfer.items.add(new File([new Uint8Array(4096)], name, { type: 'application/pdf' }));
    el.control!.files = transfer.files;
    el.control!.dispatchEvent(new Event('change', { bubbles: true }));
  };

export const OneFileChosen: Story = {
  name: 'One file chosen (long Dutch file name)',
  args: { label: 'Uittreksel uit de Basisregistratie Personen', hint: 'Een PDF, hoogstens 5 MB', accept: '.pdf' },
  play: chooseFiles('uittreksel-parkeervergunningaanvraagformulier-omgevingsvergunningsprocedure.pdf'),
};
export const SeveralFilesChosen: Story = {
  name: 'Several files chosen',
  args: { multiple: true },
  play: chooseFiles('huurcontract.pdf', 'loonstrook-januari.pdf'),
};
export const ChosenEnglishDark: Story = {
  name: 'Files chosen, English, dark',
  globals: { scheme: 'dark' },
  render: () =>
    html`<div lang="en">
      <polder-file-upload name="evidence" label="Evidence" hint="A PDF or JPG" accept=".pdf,.jpg" multiple>
      </polder-file-upload>
    </div>`,
  play: chooseFiles('rental-agreement.pdf', 'payslip.pdf'),
};
