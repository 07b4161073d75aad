// Bad numbers found in review: an invalid number is ignored as the native attribute ignores it, or clamped,
// with one development warning naming the element; no text ever shows "-5", "NaN" or "Infinity".
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, trySubmit } from '../test-helpers/index.js';
import { watch } from '../test-helpers/watch.js';
import '../file-upload/define.js';
import '../pagination/define.js';
import '../textarea/define.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** A `<form>` in the page with `<tag>` (its attributes set before it upgrades) and a submit button. */
async function inForm(tag: string, attributes: Record<string, string>): Promise<HTMLFormElement> {
  const form = await fixture<HTMLFormElement>(html`<form><button>Verstuur</button></form>`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  form.prepend(el);
  await (el as Updating).updateComplete;
  return form;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('bad numbers are ignored or clamped', () => {
  for (const attribute of ['maxlength', 'max-words']) {
    for (const bad of ['-5', 'NaN', 'veel', '99999999999', '']) {
      it(`textarea ${attribute}="${bad}": no limit, no count, no garbage in any text`, async () => {
        let form!: HTMLFormElement;
        const { errors, warnings } = await watch(async () => {
          form = await inForm('polder-textarea', { label: 'Bericht', name: 'b', [attribute]: bad });
          const el = form.querySelector<Updating>('polder-textarea')!;
          await el.updateComplete;
          el.querySelector('textarea')!.focus();
          await sendKeys({ type: 'Een bericht van zeven woorden en meer tekens' });
          await el.updateComplete;
          expect(await trySubmit(form)).to.equal(true);
        });
        expect(errors).to.deep.equal([]);
        const el = form.querySelector('polder-textarea')!;
        expect(text(el)).not.to.match(/-\d|NaN|Infinity|maximaal|nog|te veel/);
        expect(el.querySelector('textarea')!.hasAttribute('maxlength')).to.equal(false);
        const ours = warnings.filter((w) => w.includes(attribute));
        expect(ours).to.have.length(bad === '' ? 0 : 1);
        if (bad) expect(ours[0]).to.contain('<polder-textarea>');
      });
    }
  }

  it('textarea maxlength="1e400" reads 1, as the native attribute does', async () => {
    const el = await fixture<Updating>(html`<polder-textarea label="Bericht" maxlength="1e400"></polder-textarea>`);
    expect(text(el)).to.contain('U kunt maximaal 1 teken invoeren');
    expect(text(el)).not.to.match(/Infinity|e400/);
  });

  for (const accept of ['*/*', 'image/*;', '*/*, .pdf', 'image/*;, .pdf']) {
    it(`file upload accept="${accept}" does not reject every file`, async () => {
      const pdf = new File(['%PDF-1.4'], 'uittreksel.pdf', { type: 'application/pdf' });
      const { errors, warnings } = await watch(async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form>
            <polder-file-upload label="Bijlage" name="f" accept=${accept}></polder-file-upload><button>Verstuur</button>
          </form>`,
        );
        const el = form.querySelector<Updating>('polder-file-upload')!;
        await el.updateComplete;
        const input = el.querySelector('input[type=file]') as HTMLInputElement;
        const transfer = new DataTransfer();
        transfer.items.add(pdf);
        input.files = transfer.files;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
        expect(input.validity.valid, input.validationMessage).to.equal(true);
        expect(await trySubmit(form)).to.equal(true);
      });
      expect(errors).to.deep.equal([]);
      expect(warnings.filter((w) => w.includes('accept')).length).to.equal(accept.includes(';') ? 1 : 0);
    });
  }

  it('file upload accept="image/*;, .pdf" still refuses a file of another type', async () => {
    const exe = new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' });
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polder-file-upload label="Bijlage" name="f" accept="image/*;, .pdf"></polder-file-upload
        ><button>Verstuur</button>
      </form>`,
    );
    const el = form.querySelector<Updating>('polder-file-upload')!;
    await el.updateComplete;
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(exe);
    input.files = transfer.files;
    await captureWarnings(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    });
    expect(input.validity.valid).to.equal(false);
    expect(input.validationMessage).to.contain('PDF').and.not.to.contain(';');
  });

  for (const [total, current] of [
    ['1e400', '1'],
    ['1e400', '1e400'],
    ['12', 'NaN'],
    ['12', '-1'],
    ['NaN', '3'],
    ['-1e400', '2'],
    ['12', 'volgende'],
  ]) {
    it(`pagination total="${total}" current="${current}" never shows Infinity or NaN`, async () => {
      let el!: Updating;
      const { errors } = await watch(async () => {
        el = document.createElement('polder-pagination') as Updating;
        el.setAttribute('total', total);
        el.setAttribute('current', current);
        (await fixture<HTMLElement>(html`<div></div>`)).append(el);
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      const shown = text(el.shadowRoot!.querySelector('nav'));
      expect(shown).not.to.match(/Infinity|NaN|-\d/);
      for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^\?pagina=\d+$/);
      const currentLink = el.shadowRoot!.querySelector('[aria-current=page]');
      if (Number(total) > 1) expect(text(currentLink)).to.match(/^Pagina \d+$/);
    });
  }

  it('pagination clamps a huge total to 1000000 pages, with one warning naming the element', async () => {
    let el!: Updating;
    const { warnings } = await watch(async () => {
      el = await fixture<Updating>(html`<polder-pagination total="1e400" current="1e400"></polder-pagination>`);
    });
    expect(text(el.shadowRoot!.querySelector('[aria-current=page]'))).to.equal('Pagina 1000000');
    const ours = warnings.filter((w) => w.includes('total'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('<polder-pagination>');
  });
});
