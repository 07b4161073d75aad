// Bad attribute values found in review: each is ignored with one development warning naming the element, and the
// component keeps working. The fuzz test (fuzz.test.ts) tries every attribute of every element; these tests pin
// the behaviour of each finding.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { trySubmit } from '../test-helpers/index.js';
import { watch } from '../test-helpers/watch.js';
import '../date-input/define.js';
import '../error-summary/define.js';
import '../footer/define.js';
import '../navigation/define.js';
import '../skip-link/define.js';

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

describe('bad attribute values never throw', () => {
  describe('date input with a min or max that is not an ISO date', () => {
    for (const attribute of ['min', 'max'] as const) {
      for (const bad of ['2024-13-45', '31-12-2024', 'morgen', '2024-02-30', '+002024-01-01']) {
        it(`${attribute}="${bad}": renders, checks the date, and warns once`, async () => {
          let form!: HTMLFormElement;
          const { errors, warnings } = await watch(async () => {
            form = await inForm('polder-date-input', { name: 'd', label: 'Datum', [attribute]: bad });
            const el = form.querySelector<Updating>('polder-date-input')!;
            await el.updateComplete;
            const inputs = el.querySelectorAll('input:not([type=hidden])');
            expect(inputs.length).to.equal(3);
            for (const [i, value] of ['1', '2', '2020'].entries()) {
              (inputs[i] as HTMLInputElement).focus();
              await sendKeys({ type: value });
            }
            expect(await trySubmit(form)).to.equal(true);
          });
          expect(errors).to.deep.equal([]);
          const ours = warnings.filter((w) => w.includes(`${attribute} "${bad}"`));
          expect(ours).to.have.length(1);
          expect(ours[0]).to.contain('<polder-date-input>');
          expect(new FormData(form).get('d')).to.equal('2020-02-01');
        });
      }
    }

    it('a valid max still applies, with its date written out', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <polder-date-input name="d" label="Datum" max="2019-12-31"></polder-date-input><button>Verstuur</button>
        </form>`,
      );
      const el = form.querySelector<Updating & { errorMessage: string }>('polder-date-input')!;
      await el.updateComplete;
      const inputs = el.querySelectorAll<HTMLInputElement>('input:not([type=hidden])');
      for (const [i, value] of ['1', '2', '2020'].entries()) {
        inputs[i].focus();
        await sendKeys({ type: value });
      }
      expect(await trySubmit(form)).to.equal(false);
      expect(el.errorMessage).to.contain('31 december 2019');
    });
  });

  describe('fragment links with a broken percent escape', () => {
    it('error summary: a link to "#100%" moves focus to the element with that id, without an error', async () => {
      let wrapper!: HTMLElement;
      const { errors, warnings } = await watch(async () => {
        wrapper = await fixture(
          html`<div>
            <polder-error-summary for="f"><a href="#100%">Vul een percentage in</a></polder-error-summary>
            <form id="f"><label for="100%">Percentage</label><input id="100%" /></form>
          </div>`,
        );
        await wrapper.querySelector<Updating>('polder-error-summary')!.updateComplete;
        wrapper.querySelector<HTMLAnchorElement>('a[href="#100%"]')!.click();
      });
      expect(errors).to.deep.equal([]);
      expect(document.activeElement).to.equal(wrapper.querySelector('input'));
      expect(warnings.filter((w) => w.includes('#100%'))).to.have.length(1);
      expect(warnings.find((w) => w.includes('#100%'))).to.contain('<polder-error-summary>');
    });

    it('error summary: a link with a broken escape and no target does nothing and throws nothing', async () => {
      const { errors } = await watch(async () => {
        const el = await fixture<Updating>(
          html`<polder-error-summary><a href="#%E0%A4%A">Fout</a></polder-error-summary>`,
        );
        await el.updateComplete;
        el.querySelector('a')!.addEventListener('click', (event) => event.preventDefault());
        el.querySelector('a')!.click();
      });
      expect(errors).to.deep.equal([]);
    });

    it('skip link: href="#100%" skips to the element with that id, without an error', async () => {
      let wrapper!: HTMLElement;
      const { errors, warnings } = await watch(async () => {
        wrapper = await fixture(
          html`<div>
            <polder-skip-link href="#100%"></polder-skip-link>
            <main id="100%">Inhoud</main>
          </div>`,
        );
        const link = wrapper.querySelector<Updating & { target: HTMLElement | null }>('polder-skip-link')!;
        await link.updateComplete;
        expect(link.target).to.equal(wrapper.querySelector('main'));
        link.shadowRoot!.querySelector('a')!.click();
      });
      expect(errors).to.deep.equal([]);
      expect(document.activeElement).to.equal(wrapper.querySelector('main'));
      expect(warnings.filter((w) => w.includes('<polder-skip-link>') && w.includes('#100%'))).to.have.length(1);
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  for (const tag of ['polder-navigation', 'polder-footer']) {
    it(`${tag}: current="http://[" is ignored with a warning; the markup's aria-current stays`, async () => {
      let el!: Updating;
      const { errors, warnings } = await watch(async () => {
        const wrapper = await fixture(
          html`<div>
            ${
              tag === 'polder-navigation'
                ? html`<polder-navigation current="http://["
                    ><a href="/a" aria-current="page">A</a><a href="/b">B</a></polder-navigation
                  >`
                : html`<polder-footer current="http://["
                    ><a href="/a" aria-current="page">A</a><a href="/b">B</a></polder-footer
                  >`
            }
          </div>`,
        );
        el = wrapper.firstElementChild as Updating;
        await el.updateComplete;
        el.setAttribute('current', '/b');
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(el.querySelector('a[href="/b"]')!.getAttribute('aria-current')).to.equal('page');
      expect(el.querySelector('a[href="/a"]')!.hasAttribute('aria-current')).to.equal(false);
      const ours = warnings.filter((w) => w.includes('http://['));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain(`<${tag}>`);
    });
  }
});
