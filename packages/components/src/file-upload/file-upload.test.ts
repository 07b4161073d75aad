import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { axNode, entries, insertServerHtml, serverRender, systemColor, trySubmit } from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import { PolderFileUpload } from './define.js';

const templates = new URL('./file-upload.template.ts', import.meta.url);
const css = [
  '/packages/components/src/form-control/form-control.css',
  '/packages/components/src/file-upload/file-upload.css',
];
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();

const pdf = new File(['%PDF-1.4 test'], 'uittreksel.pdf', { type: 'application/pdf' });
const jpg = new File([new Uint8Array(2048)], 'pasfoto.jpg', { type: 'image/jpeg' });
const exe = new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' });

function choose(input: HTMLInputElement, ...files: File[]) {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const inForm = (content: unknown) =>
  fixture<HTMLFormElement>(html`<form enctype="multipart/form-data">${content}<button>Verstuur</button></form>`);

const upload = (attrs: { required?: boolean; multiple?: boolean; accept?: string } = {}) =>
  inForm(
    html`<polder-file-upload
      name="bijlage"
      label="Bijlage"
      hint="Een PDF of JPG, hoogstens 10 MB"
      accept=${attrs.accept ?? ''}
      ?multiple=${attrs.multiple}
      ?required=${attrs.required}
    ></polder-file-upload>`,
  );

async function ready(f: Element): Promise<PolderFileUpload> {
  const el = f.querySelector<PolderFileUpload>('polder-file-upload')!;
  await el.updateComplete;
  return el;
}

describe('polder-file-upload', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  it('is a native file input with a label and hint (Chromium only)', async () => {
    const f = await upload({ accept: '.pdf,.jpg', multiple: true });
    const el = await ready(f);
    expect(el.control!.type).to.equal('file');
    expect(el.control!.accept).to.equal('.pdf,.jpg');
    expect(el.control!.multiple).to.equal(true);
    // The native input holds the files; the Polder button that stands in for it carries the name and hint.
    expect((await axNode('polder-file-upload input')).ignored).to.equal(true);
    const ax = await axNode('polder-file-upload button');
    expect(ax.name).to.equal('Bijlage Kies bestanden Geen bestand gekozen');
    expect(ax.description).to.equal('Een PDF of JPG, hoogstens 10 MB');
    await expect(f).to.be.accessible();
  });

  it('submits chosen files as File entries and lists them in a live region', async () => {
    const f = await upload({ multiple: true });
    const el = await ready(f);
    const status = el.querySelector('.polder-file-upload__status')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    choose(el.control!, pdf, jpg);
    await el.updateComplete;
    const submitted = entries(f);
    expect(submitted.map(([k, v]) => [k, (v as File).name])).to.deep.equal([
      ['bijlage', 'uittreksel.pdf'],
      ['bijlage', 'pasfoto.jpg'],
    ]);
    expect(submitted.every(([, v]) => v instanceof File)).to.equal(true);
    expect(el.querySelector('.polder-file-upload__status')).to.equal(status);
    expect(text(status.querySelector('p'))).to.equal('2 bestanden gekozen:');
    expect([...status.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
      'uittreksel.pdf (0,1 kB)',
      'pasfoto.jpg (2 kB)',
    ]);
    expect(el.files!.length).to.equal(2);
    await expect(f).to.be.accessible();
  });

  it('form.reset() clears the files and the list', async () => {
    const f = await upload();
    const el = await ready(f);
    choose(el.control!, pdf);
    await el.updateComplete;
    expect(el.querySelectorAll('.polder-file-upload__file').length).to.equal(1);
    f.reset();
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    expect(el.files!.length).to.equal(0);
    expect(el.querySelectorAll('.polder-file-upload__file').length).to.equal(0);
  });

  describe('validation', () => {
    it('required: "Kies een bestand" after a submit attempt, no browser bubble (Chromium only)', async () => {
      const f = await upload({ required: true });
      const el = await ready(f);
      expect(el.querySelector('.polder-form-field__error')).to.equal(null);
      expect(await trySubmit(f)).to.equal(false);
      expect(text(el.querySelector('.polder-form-field__error'))).to.equal('Fout: Kies een bestand');
      expect(el.control!.getAttribute('aria-invalid')).to.equal('true');
      expect((await axNode('polder-file-upload button')).description).to.contain('Kies een bestand');
      await expect(f).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(f).to.be.accessible();
      choose(el.control!, pdf);
      await el.updateComplete;
      expect(el.querySelector('.polder-form-field__error')).to.equal(null);
      expect(await trySubmit(f)).to.equal(true);
    });

    it('accept: a file of another type (dropped or scripted) is invalid with a message naming the types', async () => {
      const f = await upload({ accept: '.pdf,.jpg' });
      const el = await ready(f);
      choose(el.control!, exe);
      expect(el.control!.validity.customError).to.equal(true);
      expect(await trySubmit(f)).to.equal(false);
      expect(text(el.querySelector('.polder-form-field__error'))).to.equal(
        'Fout: Het bestand moet een PDF of JPG zijn',
      );
      choose(el.control!, jpg);
      await el.updateComplete;
      expect(el.control!.validity.valid).to.equal(true);
      expect(await trySubmit(f)).to.equal(true);
    });

    it('English under lang="en", and per-instance strings', async () => {
      const f = await upload({ required: true, accept: 'application/pdf,image/*' });
      f.lang = 'en';
      const el = await ready(f);
      await trySubmit(f);
      expect(text(el.querySelector('.polder-form-field__error'))).to.equal('Error: Select a file');
      choose(el.control!, exe);
      await el.updateComplete;
      expect(text(el.querySelector('.polder-form-field__error'))).to.equal(
        'Error: The selected file must be a application/pdf or image/*',
      );
      el.strings = { typeMismatch: 'The file must be a PDF or an image' };
      await el.updateComplete;
      expect(el.errorMessage).to.equal('The file must be a PDF or an image');
      expect(text(el.querySelector('.polder-file-upload__status'))).to.contain('1 file chosen:');
      await expect(f).to.be.accessible();
    });
  });

  it('accepts files dropped on the drop zone, and shows the zone while dragging', async () => {
    const f = await upload({ accept: '.pdf' });
    const el = await ready(f);
    const zone = el.querySelector('.polder-file-upload')!;
    const transfer = new DataTransfer();
    transfer.items.add(pdf);
    zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await el.updateComplete;
    expect(el.querySelector('.polder-file-upload')!.classList.contains('polder-file-upload--dragover')).to.equal(true);
    let changed = false;
    el.addEventListener('change', () => (changed = true));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await el.updateComplete;
    expect(changed).to.equal(true);
    expect(el.files![0].name).to.equal('uittreksel.pdf');
    expect(el.querySelector('.polder-file-upload')!.classList.contains('polder-file-upload--dragover')).to.equal(false);
    expect(text(el.querySelector('.polder-file-upload__status'))).to.contain('uittreksel.pdf');
  });

  it('its button is reached with Tab (the hidden native input is not) and has a focus ring and a 24px+ target', async () => {
    const f = await upload();
    const el = await ready(f);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.button);
    const style = getComputedStyle(el.button!);
    expect(style.outlineStyle).to.equal('solid');
    expect(el.button!.getBoundingClientRect().height).to.be.at.least(24);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(f.querySelector(':scope > button'));
  });

  it('keeps chosen files through label, hint, error, accept and lang changes; markup-like text stays text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const f = await upload({ multiple: true });
    const el = await ready(f);
    const input = el.control!;
    choose(input, pdf, jpg);
    el.label = evil;
    el.hint = evil;
    el.error = evil;
    el.accept = '.pdf,.jpg';
    f.lang = 'en';
    await el.updateComplete;
    expect(el.control).to.equal(input);
    expect(el.files!.length).to.equal(2);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('label')!.textContent).to.equal(evil);
    const named = new File(['x'], evil, { type: 'application/pdf' });
    choose(input, named);
    await el.updateComplete;
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('.polder-file-upload__file')!.textContent).to.contain(evil);
  });

  it('is disabled by its attribute and by a disabled fieldset; the form attribute reaches the input', async () => {
    const wrapper = await fixture(
      html`<div>
        <form id="elders"></form>
        <polder-file-upload name="a" label="A" form="elders"></polder-file-upload>
        <polder-file-upload name="b" label="B" disabled></polder-file-upload>
        <fieldset disabled>
          <legend>Uit</legend>
          <polder-file-upload name="c" label="C"></polder-file-upload>
        </fieldset>
      </div>`,
    );
    const [a, b, c] = wrapper.querySelectorAll('polder-file-upload');
    await Promise.all([a, b, c].map((e) => e.updateComplete));
    choose(a.control!, pdf);
    expect(entries(wrapper.querySelector('form')!).map(([k, v]) => [k, (v as File).name])).to.deep.equal([
      ['a', 'uittreksel.pdf'],
    ]);
    expect(b.control!.disabled).to.equal(true);
    expect(c.control!.matches(':disabled')).to.equal(true);
    await expect(wrapper).to.be.accessible();
  });

  describe('server rendering and no JavaScript', () => {
    const state = { id: 'bijlage', label: 'Bijlage', hint: 'Een PDF', name: 'bijlage', accept: '.pdf' };

    it('adopts server-rendered markup, keeping the native input', async () => {
      const markup = await serverRender(templates, 'renderFileUpload', state);
      expect(markup).to.contain('type="file"');
      const wrapper = insertServerHtml(
        `<form>${markup.replaceAll('polder-file-upload>', 'polder-file-upload-late>').replace('<polder-file-upload', '<polder-file-upload-late')}</form>`,
      );
      const input = wrapper.querySelector('input')!;
      choose(input, pdf);
      customElements.define('polder-file-upload-late', class extends PolderFileUpload {});
      const el = wrapper.querySelector<PolderFileUpload>('polder-file-upload-late')!;
      await el.updateComplete;
      expect(el.control).to.equal(input);
      expect(el.files![0].name).to.equal('uittreksel.pdf');
      expect(wrapper.querySelectorAll('label').length).to.equal(1);
      expect(input.getAttribute('aria-describedby')).to.equal('bijlage-hint');
      wrapper.remove();
    });

    it('a server-rendered upload submits the chosen file in a page where scripts cannot run', async () => {
      const markup = await serverRender(templates, 'renderFileUpload', state);
      const query = await submitWithoutScript(markup, css, (doc) => {
        expect(doc.defaultView!.customElements.get('polder-file-upload')).to.equal(undefined);
        choose(doc.querySelector('input')!, pdf);
      });
      // A GET form sends the file name; a multipart POST sends the file itself.
      expect(query.getAll('bijlage')).to.deep.equal(['uittreksel.pdf']);
    });
  });

  it('every state passes axe in light and dark: empty, filled, hint, error, disabled, long label, en (Chromium only)', async () => {
    const long =
      'Upload een kopie van uw identiteitsbewijs, uw laatste loonstrook en een recent uittreksel uit de Basisregistratie Personen';
    const f = await inForm(
      html`<polder-file-upload name="a" label="Leeg"></polder-file-upload>
        <polder-file-upload name="b" label="Gevuld" hint="Een PDF" multiple></polder-file-upload>
        <polder-file-upload name="c" label="Fout" error="Kies een bestand"></polder-file-upload>
        <polder-file-upload name="d" label="Uit" disabled></polder-file-upload>
        <polder-file-upload name="e" label=${long}></polder-file-upload>
        <div lang="en">
          <polder-file-upload name="f" label="Attachment" error="Select a file"></polder-file-upload>
        </div>`,
    );
    const els = [...f.querySelectorAll('polder-file-upload')];
    await Promise.all(els.map((e) => e.updateComplete));
    choose(els[1].control!, pdf, jpg);
    await els[1].updateComplete;
    await expect(f).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(f).to.be.accessible();
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const f = await upload();
    const el = await ready(f);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(el.querySelector('.polder-file-upload')!).borderTopColor).to.equal(
      systemColor('ButtonText'),
    );
  });
});
