import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, emulateMedia, sendMouse, resetMouse } from '@web/test-runner-commands';
import {
  axNode,
  captureWarnings,
  entries,
  insertServerHtml,
  nextSubmit,
  serverRender,
  systemColor,
  frameLoaded,
} from '../test-helpers/index.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { PolderButton } from './define.js';

const templates = new URL('./button.template.ts', import.meta.url);

const form = (content: unknown) => fixture<HTMLFormElement>(html`<form action="/nowhere">${content}</form>`);

describe('polder-button', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference', colorScheme: 'light' }));

  describe('renders a native button into its light DOM', () => {
    it('with the public classes, type submit by default, and the label inside', async () => {
      const el = await fixture<PolderButton>(html`<polder-button>Verzenden</polder-button>`);
      const button = el.querySelector('button')!;
      expect(el.shadowRoot).to.equal(null);
      expect(el.control).to.equal(button);
      expect(button.className).to.equal('polder-button polder-button--primary');
      expect(button.type).to.equal('submit');
      expect(button.textContent!.trim()).to.equal('Verzenden');
    });

    it('named by its label in the accessibility tree (Chromium only)', async () => {
      await fixture<PolderButton>(html`<polder-button>Verzenden</polder-button>`);
      expect((await axNode('polder-button button')).name).to.equal('Verzenden');
    });

    for (const variant of ['primary', 'secondary', 'subtle', 'warning']) {
      it(`variant ${variant} is styled and accessible`, async () => {
        const el = await fixture<PolderButton>(html`<polder-button variant=${variant}>Doorgaan</polder-button>`);
        expect(el.control!.classList.contains(`polder-button--${variant}`)).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    for (const variant of ['primary', 'secondary', 'subtle', 'warning']) {
      it(`variant ${variant} takes its border colour from its active token while pressed`, async () => {
        const el = await fixture<PolderButton>(html`<polder-button variant=${variant}>Doorgaan</polder-button>`);
        el.style.setProperty(`--polder-button-${variant}-active-border-color`, 'rgb(1, 2, 3)');
        const button = el.control!;
        const box = button.getBoundingClientRect();
        const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
        await sendMouse({ type: 'move', position });
        expect(getComputedStyle(button).borderTopColor).not.to.equal('rgb(1, 2, 3)');
        await sendMouse({ type: 'down' });
        try {
          expect(button.matches(':active')).to.equal(true);
          expect(getComputedStyle(button).borderTopColor).to.equal('rgb(1, 2, 3)');
        } finally {
          await sendMouse({ type: 'up' });
          // Firefox's resetMouse (WebDriver BiDi) releases the buttons but leaves the pointer where it is, so the
          // next test's button, in the same place, would be hovered: move the pointer off it first.
          await sendMouse({ type: 'move', position: [0, 0] });
          await resetMouse();
        }
      });
    }

    /** Checks in every theme that a warning button is red from the negative colours, with readable text. */
    async function expectWarningRedInEveryTheme(scheme: 'light' | 'dark') {
      const el = await fixture<PolderButton>(html`<polder-button variant="warning">Ja, verwijderen</polder-button>`);
      const button = el.control!;
      expect(button.className).to.equal('polder-button polder-button--warning');
      await emulateMedia({ colorScheme: scheme });
      await inEveryTheme(async () => {
        const style = getComputedStyle(button);
        const negative = getComputedStyle(document.body).getPropertyValue('--polder-color-negative-bg-default');
        expect(negative.trim()).not.to.equal('');
        const probe = document.createElement('span');
        probe.style.setProperty('color', negative);
        document.body.append(probe);
        try {
          expect(style.backgroundColor).to.equal(getComputedStyle(probe).color);
        } finally {
          probe.remove();
        }
        await expect(el).to.be.accessible();
      });
    }

    it('variant warning is red, from the negative colours, with readable text in every theme', async () => {
      await expectWarningRedInEveryTheme('light');
    });

    it('variant warning is red, from the negative colours, with readable text in every theme in dark mode (Chromium only)', async () => {
      await expectWarningRedInEveryTheme('dark');
    });

    it('keeps the label and icons, icon-start before the label and icon-end after it', async () => {
      const el = await fixture<PolderButton>(
        html`<polder-button
          ><svg slot="icon-end" aria-hidden="true" viewBox="0 0 1 1"></svg>Volgende<svg
            slot="icon-start"
            aria-hidden="true"
            viewBox="0 0 1 1"
          ></svg
        ></polder-button>`,
      );
      const button = el.control!;
      const start = button.querySelector('[slot=icon-start]')!.getBoundingClientRect();
      const end = button.querySelector('[slot=icon-end]')!.getBoundingClientRect();
      expect(start.right).to.be.at.most(end.left);
      expect(start.width).to.be.greaterThan(0);
      expect(button.textContent!.trim()).to.equal('Volgende');
    });

    it('with icons, is named by its label alone in the accessibility tree (Chromium only)', async () => {
      await fixture<PolderButton>(
        html`<polder-button
          ><svg slot="icon-end" aria-hidden="true" viewBox="0 0 1 1"></svg>Volgende<svg
            slot="icon-start"
            aria-hidden="true"
            viewBox="0 0 1 1"
          ></svg
        ></polder-button>`,
      );
      expect((await axNode('polder-button button')).name).to.equal('Volgende');
    });
  });

  describe('works with the surrounding form like a native button', () => {
    it('submits with its name and value on click', async () => {
      const f = await form(
        html`<input name="q" value="fiets" /><polder-button name="actie" value="zoek">Zoek</polder-button>`,
      );
      const submitted = nextSubmit(f);
      f.querySelector('polder-button')!.control!.click();
      const submitter = await submitted;
      expect(entries(f, submitter)).to.deep.equal([
        ['q', 'fiets'],
        ['actie', 'zoek'],
      ]);
    });

    for (const key of ['Enter', ' ']) {
      it(`submits with the keyboard (${key === ' ' ? 'Space' : key})`, async () => {
        const f = await form(html`<polder-button>Verstuur</polder-button>`);
        f.querySelector<PolderButton>('polder-button')!.focus();
        const submitted = nextSubmit(f);
        await sendKeys({ press: key === ' ' ? 'Space' : key });
        expect(await submitted).to.equal(f.querySelector('button'));
      });
    }

    it('type="reset" resets the form', async () => {
      const f = await form(html`<input name="q" value="a" /><polder-button type="reset">Wissen</polder-button>`);
      const input = f.querySelector('input')!;
      input.value = 'changed';
      f.querySelector<PolderButton>('polder-button')!.click();
      expect(input.value).to.equal('a');
    });

    it('type="button" does not submit', async () => {
      const f = await form(html`<polder-button type="button">Niets</polder-button>`);
      let submitted = false;
      f.addEventListener('submit', (e) => {
        submitted = true;
        e.preventDefault();
      });
      f.querySelector<PolderButton>('polder-button')!.click();
      expect(submitted).to.equal(false);
    });

    it('submits a form elsewhere through the form attribute', async () => {
      const wrapper = await fixture(
        html`<div>
          <form id="elders"><input name="x" value="1" /></form>
          <polder-button form="elders">Verstuur</polder-button>
        </div>`,
      );
      const f = wrapper.querySelector('form')!;
      const button = wrapper.querySelector<PolderButton>('polder-button')!;
      expect(button.control!.getAttribute('form')).to.equal('elders');
      const submitted = nextSubmit(f);
      button.click();
      expect(await submitted).to.equal(button.control);
    });

    it('is disabled by its own attribute and by a disabled fieldset', async () => {
      const f = await form(
        html`<polder-button disabled>Een</polder-button>
          <fieldset disabled><polder-button>Twee</polder-button></fieldset>`,
      );
      const [one, two] = f.querySelectorAll('button');
      expect(one.disabled).to.equal(true);
      expect(two.matches(':disabled')).to.equal(true);
      await expect(f).to.be.accessible();
    });

    it('follows attribute changes without losing its label', async () => {
      const el = await fixture<PolderButton>(html`<polder-button>Label</polder-button>`);
      const button = el.control;
      el.setAttribute('variant', 'secondary');
      el.setAttribute('type', 'reset');
      el.toggleAttribute('disabled', true);
      await el.updateComplete;
      expect(el.control).to.equal(button);
      expect(button!.className).to.equal('polder-button polder-button--secondary');
      expect(button!.getAttribute('type')).to.equal('reset');
      expect(button!.hasAttribute('disabled')).to.equal(true);
      el.removeAttribute('disabled');
      await el.updateComplete;
      expect(button!.hasAttribute('disabled')).to.equal(false);
      expect(button!.textContent!.trim()).to.equal('Label');
    });

    it('name, value, form and the form overrides: properties reflect their attribute, as a native button’s do; formnovalidate is a boolean', async () => {
      const el = await fixture<PolderButton>(html`<polder-button>Opslaan</polder-button>`);
      expect([el.name, el.value, el.formaction, el.formnovalidate]).to.deep.equal([
        undefined,
        undefined,
        undefined,
        false,
      ]);
      el.name = 'actie';
      el.value = 'opslaan';
      el.formmethod = 'post';
      el.formnovalidate = true;
      expect(el.getAttribute('name')).to.equal('actie');
      await el.updateComplete;
      const control = el.control!;
      expect(['name', 'value', 'formmethod'].map((n) => control.getAttribute(n))).to.deep.equal([
        'actie',
        'opslaan',
        'post',
      ]);
      expect(control.hasAttribute('formnovalidate')).to.equal(true);
      el.setAttribute('value', 'bewaren');
      el.name = undefined;
      el.formnovalidate = false;
      await el.updateComplete;
      expect(control.getAttribute('value')).to.equal('bewaren');
      expect(el.value).to.equal('bewaren');
      expect(control.hasAttribute('name')).to.equal(false);
      expect(control.hasAttribute('formnovalidate')).to.equal(false);
    });

    it('a property set before the element is defined reaches the native button', async () => {
      const f = await form(html`<polder-button-early-props>Zoek</polder-button-early-props>`);
      const el = f.querySelector('polder-button-early-props') as PolderButton;
      el.name = 'actie';
      el.value = 'zoek';
      el.variant = 'secondary';
      el.strings = { busy: 'Even zoeken' };
      customElements.define('polder-button-early-props', class extends PolderButton {});
      await el.updateComplete;
      expect(el.getAttribute('name')).to.equal('actie');
      expect(el.control!.className).to.equal('polder-button polder-button--secondary');
      const submitted = nextSubmit(f);
      el.click();
      expect(entries(f, await submitted)).to.deep.equal([['actie', 'zoek']]);
      el.busy = true;
      await el.updateComplete;
      expect(el.querySelector('[role=status]')!.textContent).to.equal('Even zoeken');
    });
  });

  describe('busy', () => {
    it('is announced, stays focusable and ignores clicks', async () => {
      const f = await form(html`<polder-button busy>Betalen</polder-button>`);
      const el = f.querySelector<PolderButton>('polder-button')!;
      const button = el.control as HTMLButtonElement;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.disabled).to.equal(false);
      expect(el.querySelector('[role=status]')!.textContent).to.equal('Bezig met verwerken, even geduld');
      let submitted = false;
      let clicked = false;
      f.addEventListener('submit', (e) => {
        submitted = true;
        e.preventDefault();
      });
      el.addEventListener('click', () => (clicked = true));
      el.focus();
      expect(document.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      button.click();
      expect(submitted).to.equal(false);
      expect(clicked).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('speaks English under lang="en" and accepts a per-instance string', async () => {
      const wrapper = await fixture(html`<div lang="en"><polder-button busy>Pay</polder-button></div>`);
      const el = wrapper.querySelector<PolderButton>('polder-button')!;
      expect(el.querySelector('[role=status]')!.textContent).to.equal('Processing, please wait');
      el.strings = { busy: 'Sending your payment' };
      await el.updateComplete;
      expect(el.querySelector('[role=status]')!.textContent).to.equal('Sending your payment');
      wrapper.setAttribute('lang', 'nl');
      el.strings = {};
      await el.updateComplete;
      expect(el.querySelector('[role=status]')!.textContent).to.equal('Bezig met verwerken, even geduld');
    });
  });

  describe('with href', () => {
    it('is a real link', async () => {
      const el = await fixture<PolderButton>(
        html`<polder-button href="/start" variant="secondary">Start nu</polder-button>`,
      );
      const link = el.control as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal('/start');
      await expect(el).to.be.accessible();
    });

    it('is a link in the accessibility tree (Chromium only)', async () => {
      await fixture<PolderButton>(html`<polder-button href="/start" variant="secondary">Start nu</polder-button>`);
      expect((await axNode('polder-button a')).role).to.equal('link');
    });

    it('disabled drops the href and cannot be followed', async () => {
      const el = await fixture<PolderButton>(html`<polder-button href="/start" disabled>Start</polder-button>`);
      const link = el.control as HTMLAnchorElement;
      expect(link.hasAttribute('href')).to.equal(false);
      expect(link.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });

  describe('adopts markup that is already there', () => {
    it('keeps a hand-written native button (same node, same content)', async () => {
      const wrapper = await fixture(
        html`<form>
          <polder-button-late variant="secondary"
            ><button class="polder-button polder-button--secondary" name="a" value="b" data-track="x">
              Hand-written
            </button></polder-button-late
          >
        </form>`,
      );
      const before = wrapper.querySelector('button')!;
      customElements.define('polder-button-late', class extends PolderButton {});
      const el = wrapper.querySelector<PolderButton>('polder-button-late')!;
      await el.updateComplete;
      expect(el.control).to.equal(before);
      expect(wrapper.querySelectorAll('button').length).to.equal(1);
      expect(before.textContent!.trim()).to.equal('Hand-written');
      expect(before.dataset.track).to.equal('x');
      expect(before.className).to.equal('polder-button polder-button--secondary');
    });

    it('keeps server-rendered markup from the same template function', async () => {
      const markup = await serverRender(templates, 'buttonTemplate', { variant: 'subtle', type: 'button' }, 'Terug');
      expect(markup).to.contain('class="polder-button polder-button--subtle"');
      const wrapper = insertServerHtml(
        `<polder-button-ssr variant="subtle" type="button">${markup}</polder-button-ssr>`,
      );
      const before = wrapper.querySelector('button')!;
      customElements.define('polder-button-ssr', class extends PolderButton {});
      const el = wrapper.querySelector<PolderButton>('polder-button-ssr')!;
      await el.updateComplete;
      expect(el.control).to.equal(before);
      expect(wrapper.querySelectorAll('button').length).to.equal(1);
      expect(before.textContent!.trim()).to.equal('Terug');
      wrapper.remove();
    });

    it('renders the whole element on the server with renderButton', async () => {
      const markup = await serverRender(
        templates,
        'renderButton',
        { variant: 'primary', type: 'submit', name: 'go' },
        'Ga',
      );
      const wrapper = insertServerHtml(markup);
      const el = wrapper.querySelector<PolderButton>('polder-button')!;
      await el.updateComplete;
      expect(el.querySelectorAll('button').length).to.equal(1);
      expect(el.control!.getAttribute('name')).to.equal('go');
      expect(el.control!.textContent!.trim()).to.equal('Ga');
      wrapper.remove();
    });

    it('renderButton keeps the link and form-override attributes on the element', async () => {
      const link = await serverRender(
        templates,
        'renderButton',
        { variant: 'secondary', type: 'button', href: '/help', target: '_blank', rel: 'noopener', hreflang: 'en' },
        'Help',
      );
      const submit = await serverRender(
        templates,
        'renderButton',
        {
          variant: 'secondary',
          type: 'submit',
          form: 'f',
          formaction: '/opslaan',
          formmethod: 'post',
          formenctype: 'multipart/form-data',
          formnovalidate: true,
          formtarget: '_self',
        },
        'Opslaan',
      );
      const wrapper = insertServerHtml(link + submit);
      const [a, b] = wrapper.querySelectorAll<PolderButton>('polder-button');
      await Promise.all([a.updateComplete, b.updateComplete]);
      const attrs = (el: Element, names: string[]) => names.map((n) => el.getAttribute(n));
      expect(attrs(a, ['target', 'rel', 'hreflang'])).to.deep.equal(['_blank', 'noopener', 'en']);
      expect(attrs(a.control!, ['target', 'rel', 'hreflang'])).to.deep.equal(['_blank', 'noopener', 'en']);
      const overrides = ['form', 'formaction', 'formmethod', 'formenctype', 'formtarget'];
      const expected = ['f', '/opslaan', 'post', 'multipart/form-data', '_self'];
      expect(attrs(b, overrides)).to.deep.equal(expected);
      expect(attrs(b.control!, overrides)).to.deep.equal(expected);
      expect(b.control!.hasAttribute('formnovalidate')).to.equal(true);
      wrapper.remove();
    });

    it('keeps focus on a button the user focused before the upgrade', async () => {
      const wrapper = await fixture(
        html`<div>
          <polder-button-focus><button class="polder-button">Ok</button></polder-button-focus>
        </div>`,
      );
      const button = wrapper.querySelector('button')!;
      button.focus();
      customElements.define('polder-button-focus', class extends PolderButton {});
      await wrapper.querySelector<PolderButton>('polder-button-focus')!.updateComplete;
      expect(document.activeElement).to.equal(button);
    });
  });

  describe('without JavaScript', () => {
    const noScriptPage =
      '<link rel="stylesheet" href="/packages/components/src/button/button.css">' +
      '<form><polder-button><button class="polder-button polder-button--primary" name="n" value="v">Go</button></polder-button></form>';

    it('a plain <button class="polder-button"> is styled and submits in a page with no script', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="no-js" srcdoc=${noScriptPage}></iframe>`);
      await frameLoaded(frame);
      const doc = frame.contentDocument!;
      const button = doc.querySelector('button')!;
      expect(doc.defaultView!.customElements.get('polder-button')).to.equal(undefined);
      const style = doc.defaultView!.getComputedStyle(button);
      expect(style.display).to.equal('inline-flex');
      expect(parseFloat(style.minHeight)).to.be.at.least(24);
      const submitted = new Promise<HTMLElement | null>((resolve) =>
        doc.forms[0].addEventListener('submit', (e) => {
          e.preventDefault();
          resolve((e as SubmitEvent).submitter);
        }),
      );
      button.click();
      const submitter = await submitted;
      expect([...new FormData(doc.forms[0], submitter).entries()]).to.deep.equal([['n', 'v']]);
    });
  });

  describe('looks', () => {
    it('the host makes no box: the native button is laid out as if it stood alone', async () => {
      const row = await fixture<HTMLDivElement>(
        html`<div style="display: flex; column-gap: 10px; align-items: flex-start">
          <polder-button>Opslaan</polder-button><polder-button variant="secondary">Annuleren</polder-button>
        </div>`,
      );
      const [first, second] = [...row.querySelectorAll<PolderButton>('polder-button')];
      expect(getComputedStyle(first).display).to.equal('contents');
      expect(first.getClientRects().length).to.equal(0);
      // The native buttons are the flex items of the row: the row's gap lies between them.
      const a = first.control!.getBoundingClientRect();
      const b = second.control!.getBoundingClientRect();
      expect(a.width).to.be.above(0);
      expect(Math.round(b.left - a.right)).to.equal(10);
      expect(getComputedStyle(first.control!).display).to.equal('flex');
    });

    it('a hidden host hides its button, and shows it again when no longer hidden', async () => {
      const el = await fixture<PolderButton>(html`<polder-button hidden>Verbergen</polder-button>`);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.control!.getClientRects().length).to.equal(0);
      el.hidden = false;
      expect(el.control!.getClientRects().length).to.equal(1);
      el.hidden = true;
      expect(el.control!.getClientRects().length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('has a target of at least 24 by 24 CSS pixels', async () => {
      const el = await fixture<PolderButton>(html`<polder-button variant="subtle">x</polder-button>`);
      const { width, height } = el.control!.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    });

    it('shows a focus ring of at least 2px on keyboard focus', async () => {
      const el = await fixture<PolderButton>(html`<polder-button>Focus</polder-button>`);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.control);
      const style = getComputedStyle(el.control!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('uses system colours in forced-colors mode (Chromium only)', async () => {
      const el = await fixture<PolderButton>(html`<polder-button disabled>x</polder-button>`);
      await emulateMedia({ forcedColors: 'active' });
      const style = getComputedStyle(el.control!);
      expect(style.forcedColorAdjust).to.equal('auto');
      expect(style.color).to.equal(systemColor('GrayText'));
    });

    it('a warning button keeps a visible border and system colours in forced-colors mode (Chromium only)', async () => {
      const el = await fixture<PolderButton>(html`<polder-button variant="warning">Ja, verwijderen</polder-button>`);
      await emulateMedia({ forcedColors: 'active' });
      const style = getComputedStyle(el.control!);
      expect(style.forcedColorAdjust).to.equal('auto');
      expect(style.borderTopColor).to.equal(systemColor('ButtonText'));
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      await expect(el).to.be.accessible();
    });

    it('spins the busy spinner when motion is fine', async () => {
      const el = await fixture<PolderButton>(html`<polder-button busy>x</polder-button>`);
      expect(getComputedStyle(el.control!, '::after').animationName).to.equal('polder-button-spin');
    });

    it('stops the busy spinner under reduced motion (Chromium only)', async () => {
      const el = await fixture<PolderButton>(html`<polder-button busy>x</polder-button>`);
      expect(getComputedStyle(el.control!, '::after').animationName).to.equal('polder-button-spin');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(el.control!, '::after').animationName).to.equal('none');
    });
  });

  describe('bad input', () => {
    it('a misspelled variant falls back to primary with one warning naming element and value', async () => {
      let el!: PolderButton;
      const warnings = await captureWarnings(async () => {
        el = await fixture<PolderButton>(html`<polder-button variant="primry">x</polder-button>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(el.control!.className).to.equal('polder-button polder-button--primary');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<polder-button>').and.to.contain('"primry"');
    });

    it('unknown attributes never throw', async () => {
      const el = await fixture<PolderButton>(html`<polder-button type="banana">x</polder-button>`);
      el.setAttribute('foo', 'bar');
      el.setAttribute('whatever', '1');
      await el.updateComplete;
      expect(el.control!.getAttribute('type')).to.equal('submit');
    });
  });
});
