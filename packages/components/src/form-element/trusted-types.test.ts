import { expect } from '@open-wc/testing';

/**
 * A page that enforces Trusted Types and allows only Lit's policy (as the example service's CSP does) must
 * upgrade every form element: none of them may write HTML through a sink of its own.
 */
describe('form elements on a page that enforces Trusted Types', () => {
  it('upgrade, keep their native controls and report no policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Trusted Types';
    const modules = ['button', 'text-field', 'textarea', 'select', 'checkbox', 'radio-group', 'date-input']
      .map((name) => `import '/packages/components/src/${name}/define.ts';`)
      .join('');
    frame.srcdoc = `<!doctype html><html lang="nl"><head>
      <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html">
      <script>
        window.violations = [];
        addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));
        addEventListener('error', (e) => violations.push(String(e.message)));
      </script></head><body><form>
      <polder-text-field label="Naam" name="naam" required maxlength="40"></polder-text-field>
      <polder-textarea label="Toelichting" name="toelichting"></polder-textarea>
      <polder-select label="Gemeente" name="gemeente"><option value="a">Aa en Hunze</option></polder-select>
      <polder-checkbox label="Akkoord" name="akkoord" value="ja"></polder-checkbox>
      <polder-radio-group label="Keuze" name="keuze"><polder-radio value="ja" label="Ja"></polder-radio></polder-radio-group>
      <polder-date-input label="Geboortedatum" name="geboortedatum"></polder-date-input>
      <polder-button>Doorgaan</polder-button>
      </form><script type="module">${modules} window.ready = true; dispatchEvent(new Event('modules'));</script>
      </body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { ready?: boolean; violations: string[] };
    if (!win.ready) await new Promise((resolve) => win.addEventListener('modules', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await Promise.all(
      [...doc.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('polder-'))
        .map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    try {
      expect(win.violations).to.deep.equal([]);
      expect(doc.querySelector('polder-button > button')?.textContent).to.contain('Doorgaan');
      const input = doc.querySelector<HTMLInputElement>('polder-text-field input')!;
      expect(input.name).to.equal('naam');
      expect(input.required).to.be.true;
      expect(input.maxLength).to.equal(40);
      expect(doc.querySelector('polder-textarea textarea')).to.exist;
      expect(doc.querySelector('polder-select select')).to.exist;
      expect(doc.querySelector<HTMLInputElement>('polder-checkbox input')!.type).to.equal('checkbox');
      expect(doc.querySelector<HTMLInputElement>('polder-radio input')!.type).to.equal('radio');
      expect(doc.querySelectorAll('polder-date-input input[inputmode="numeric"]')).to.have.length(3);
    } finally {
      frame.remove();
    }
  });
});
