// The enhanced file upload: a Polder button and status text in the page's language stand in for the browser's
// "Choose File / No file chosen"; the native input stays for the form. Without scripts the native control stays.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../error-summary/define.js';
import { entries, serverRender, settled, trySubmit } from '../test-helpers/index.js';
import { submitWithoutScript } from '../test-helpers/no-script.js';
import type { PolderFileUpload } from './define.js';
import './define.js';

const templates = new URL('./file-upload.template.ts', import.meta.url);
const css = [
  '/packages/components/src/form-control/form-control.css',
  '/packages/components/src/file-upload/file-upload.css',
];
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();
const pdf = new File(['%PDF-1.4 test'], 'uittreksel-gemeentelijke-basisadministratie.pdf', { type: 'application/pdf' });
const jpg = new File([new Uint8Array(2048)], 'pasfoto.jpg', { type: 'image/jpeg' });

function choose(input: HTMLInputElement, ...files: File[]) {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const form = (attrs: { lang?: string; multiple?: boolean; required?: boolean } = {}) =>
  fixture<HTMLFormElement>(
    html`<form id="aanvraag" enctype="multipart/form-data" lang=${attrs.lang ?? 'nl'}>
      <polder-error-summary for="aanvraag"></polder-error-summary>
      <polder-file-upload
        name="bijlage"
        label="Bijlage"
        hint="Een PDF, hoogstens 5 MB"
        ?multiple=${attrs.multiple}
        ?required=${attrs.required}
      ></polder-file-upload>
      <button>Verstuur</button>
    </form>`,
  );

async function parts(f: HTMLFormElement) {
  await settled(f);
  const el = f.querySelector<PolderFileUpload>('polder-file-upload')!;
  return {
    el,
    button: el.button!,
    input: el.control!,
    status: () => text(el.querySelector('.polder-file-upload__status-text')),
  };
}

describe('polder-file-upload: the Polder button instead of the browser control', () => {
  it('says "Kies bestand" and "Geen bestand gekozen", then the file name, then "2 bestanden gekozen"', async () => {
    const f = await form({ multiple: true });
    const { el, button, input, status } = await parts(f);
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(text(el.querySelector('.polder-file-upload__choose'))).to.equal('Kies bestanden');
    expect(text(el.querySelector('.polder-file-upload__instruction'))).to.equal('of sleep de bestanden hierheen');
    expect(status()).to.equal('Geen bestand gekozen');
    // The button has the input's id: the label points at it, and the native input keeps the files.
    expect(el.querySelector('label')!.htmlFor).to.equal(button.id);
    expect(input.id).to.equal(`${button.id}-input`);
    expect(input.tabIndex).to.equal(-1);
    expect(input.getAttribute('aria-hidden')).to.equal('true');
    expect(button.getAttribute('aria-labelledby')).to.equal(`${el.querySelector('label')!.id} ${button.id}`);
    choose(input, pdf);
    await settled(f);
    expect(status()).to.equal('uittreksel-gemeentelijke-basisadministratie.pdf');
    choose(input, pdf, jpg);
    await settled(f);
    expect(status()).to.equal('2 bestanden gekozen');
    expect(entries(f).map(([k, v]) => [k, (v as File).name])).to.deep.equal([
      ['bijlage', 'uittreksel-gemeentelijke-basisadministratie.pdf'],
      ['bijlage', 'pasfoto.jpg'],
    ]);
    await expect(f).to.be.accessible();
  });

  it('speaks English under lang="en": "Choose file", "No file chosen", "2 files chosen"', async () => {
    const f = await form({ lang: 'en' });
    const { el, input, status } = await parts(f);
    expect(text(el.querySelector('.polder-file-upload__choose'))).to.equal('Choose file');
    expect(text(el.querySelector('.polder-file-upload__instruction'))).to.equal('or drop file');
    expect(status()).to.equal('No file chosen');
    el.multiple = true;
    await settled(f);
    choose(input, pdf, jpg);
    await settled(f);
    expect(status()).to.equal('2 files chosen');
    expect(text(el.querySelector('.polder-file-upload__choose'))).to.equal('Choose files');
    await expect(f).to.be.accessible();
  });

  it('the button, by mouse, Enter or Space, opens the native picker of the input', async () => {
    const f = await form();
    const { button, input } = await parts(f);
    let opened = 0;
    // The browser opens its picker on the input's click: count it, and keep the picker closed in the test.
    input.addEventListener('click', (event) => {
      opened++;
      event.preventDefault();
    });
    button.click();
    expect(opened).to.equal(1);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(opened).to.equal(3);
    // The label opens it too, as a native file input's label does.
    f.querySelector('label')!.click();
    expect(opened).to.equal(4);
  });

  it('a dropped file lands in the native input: FormData has it, the status names it', async () => {
    const f = await form();
    const { el, status } = await parts(f);
    const transfer = new DataTransfer();
    transfer.items.add(pdf);
    const zone = el.querySelector('.polder-file-upload')!;
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await settled(f);
    expect(el.querySelector('.polder-file-upload')!.classList.contains('polder-file-upload--dragover')).to.equal(true);
    el.button!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await settled(f);
    expect(entries(f).map(([k, v]) => [k, (v as File).name])).to.deep.equal([
      ['bijlage', 'uittreksel-gemeentelijke-basisadministratie.pdf'],
    ]);
    expect(status()).to.equal('uittreksel-gemeentelijke-basisadministratie.pdf');
  });

  it('required: the message after a submit attempt, and the error summary link moves focus to the button', async () => {
    const f = await form({ required: true });
    const { el, button, input, status } = await parts(f);
    expect(await trySubmit(f)).to.equal(false);
    await settled(f);
    expect(text(el.querySelector('.polder-form-field__error'))).to.equal('Fout: Kies een bestand');
    expect(button.getAttribute('aria-describedby')).to.contain(`${button.id}-error`);
    const link = f.querySelector<HTMLAnchorElement>('polder-error-summary a')!;
    expect(link.getAttribute('href')).to.equal(`#${button.id}`);
    link.click();
    expect(document.activeElement).to.equal(button);
    await expect(f).to.be.accessible();
    choose(input, pdf);
    expect(await trySubmit(f)).to.equal(true);
    // Reset: no file, the status says so again.
    f.reset();
    await new Promise((resolve) => setTimeout(resolve));
    await settled(f);
    expect(input.files!.length).to.equal(0);
    expect(status()).to.equal('Geen bestand gekozen');
  });

  it('is disabled with its attribute and with a disabled fieldset', async () => {
    const f = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><polder-file-upload label="Bijlage" name="bijlage"></polder-file-upload></fieldset>
        <polder-file-upload label="Pasfoto" name="pasfoto" disabled></polder-file-upload>
      </form>`,
    );
    await settled(f);
    const [a, b] = [...f.querySelectorAll<PolderFileUpload>('polder-file-upload')];
    expect(a.button!.matches(':disabled')).to.equal(true);
    expect(b.button!.disabled).to.equal(true);
    expect(b.control!.disabled).to.equal(true);
    await expect(f).to.be.accessible();
  });

  it('fits 320 CSS px with a long Dutch file name, and is accessible in dark (Chromium only)', async () => {
    await setViewport({ width: 320, height: 640 });
    const f = await form();
    const { el, input } = await parts(f);
    choose(input, pdf);
    await settled(f);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const zone = el.querySelector('.polder-file-upload')!;
    expect(zone.scrollWidth).to.be.at.most(zone.clientWidth);
    await emulateMedia({ colorScheme: 'dark' });
    await expect(f).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('without scripts the native control stays, and submits the file', async () => {
    const markup = await serverRender(templates, 'renderFileUpload', {
      id: 'bijlage',
      name: 'bijlage',
      label: 'Bijlage',
    });
    expect(markup).to.not.contain('polder-file-upload__button');
    expect(markup).to.contain('type="file"');
    expect(markup).to.contain('id="bijlage"');
    const query = await submitWithoutScript(markup, css, (doc) => {
      const input = doc.querySelector<HTMLInputElement>('input[type="file"]')!;
      expect(doc.defaultView!.getComputedStyle(input).position).to.not.equal('absolute');
      expect(input.tabIndex).to.equal(0);
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'brief.txt'));
      input.files = transfer.files;
    });
    // A GET form sends the file's name.
    expect([...query.entries()]).to.deep.equal([['bijlage', 'brief.txt']]);
  });
});
