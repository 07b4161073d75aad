// Fuzz test: every element in the custom elements manifest, every attribute, hostile values. Each must render
// without throwing, show markup as text (no element made from attribute text) and never put a script URL in
// an href, src, action or formaction anywhere in its light or shadow DOM. New elements are covered as soon as
// they are in the manifest (`npm run build` writes it; the test run depends on the build).
import { expect } from '@open-wc/testing';

interface ManifestAttribute {
  name: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: ManifestDeclaration[];
    exports?: { kind: string; name: string }[];
  }[];
}

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

const MARKER = 'x-fuzz-marker';
const MEGABYTE = 'Aa1 '.repeat(262144);

/** The hostile values every attribute gets. */
const VALUES: string[] = [
  '',
  ' \t\n ',
  MEGABYTE,
  'NaN',
  '-1',
  '0',
  '1.5',
  '1e400',
  '-1e400',
  '2147483648',
  '<img src=x onerror=alert(1)>',
  `"><svg onload=alert(1)><${MARKER}></${MARKER}>`,
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert({page})',
  '%E0%A4%A',
  '#100%',
  '#%E0%A4%A',
  'http://[',
  '2024-13-45',
  '31-12-2024',
  '__proto__',
  'constructor',
  '\u202e\ud800',
];

const show = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}… (${value.length})` : value);

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset'];
const SCRIPT_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:']);

/** What is wrong with the element's light and shadow DOM: elements made from markup, script URLs. */
function inspect(host: Element): string[] {
  const problems: string[] = [];
  const visit = (root: Element | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === MARKER || el.hasAttribute('onerror') || el.hasAttribute('onload'))
        problems.push(`markup became an element: <${el.localName}>`);
      for (const name of URL_ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value === null) continue;
        let scheme = '';
        try {
          scheme = new URL(value, document.baseURI).protocol;
        } catch {
          // Not a URL at all: the browser cannot follow it either.
        }
        if (SCRIPT_SCHEMES.has(scheme)) problems.push(`<${el.localName} ${name}=${show(value)}>`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  visit(host);
  return problems;
}

/** Collects errors thrown anywhere (listeners, rejected promises, console.error) while the fuzz runs. */
class Trap {
  errors: string[] = [];
  private readonly original = { warn: console.warn, error: console.error };
  private readonly onError = (event: ErrorEvent) => {
    event.preventDefault();
    this.errors.push(String(event.error ?? event.message));
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    this.errors.push(String(event.reason));
  };

  start(): void {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    console.warn = () => {}; // development warnings are expected: bad values are ignored with one
    console.error = (...args: unknown[]) => this.errors.push(args.map(String).join(' '));
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    console.warn = this.original.warn;
    console.error = this.original.error;
  }

  take(): string[] {
    return this.errors.splice(0);
  }
}

async function settle(el: Updating): Promise<void> {
  await el.updateComplete;
  // An update may schedule another (a property derived from an attribute): wait for that too.
  await el.updateComplete;
}

const manifest: Manifest = await (await fetch(new URL('../../custom-elements.json', import.meta.url))).json();
const elements = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => ({
      tag: d.tagName!,
      attributes: [...new Set((d.attributes ?? []).map((a) => a.name))],
      define: manifest.modules.find((m) =>
        m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === d.tagName),
      )?.path,
    })),
);

describe('fuzz: every attribute of every element with hostile values', function () {
  this.timeout(120000);
  const trap = new Trap();
  beforeEach(() => trap.start());
  afterEach(() => trap.stop());

  it('the manifest lists the elements', () => {
    expect(elements.length).to.be.above(20);
    for (const { tag, define } of elements) expect(define, `${tag} has a define module`).to.be.a('string');
  });

  const started = performance.now();
  after(() => console.log(`fuzz: ${elements.length} elements in ${Math.round(performance.now() - started)} ms`));

  for (const { tag, attributes, define } of elements) {
    it(`<${tag}>: ${attributes.length} attributes × ${VALUES.length} values`, async () => {
      await import(new URL(`../../${define}`, import.meta.url).href);
      const problems: string[] = [];
      const report = (label: string) => {
        for (const error of trap.take()) problems.push(`${label}: ${error.slice(0, 300)}`);
      };
      // Errors that surface later (a rejected promise, a timer) are reported with the step that was running.
      const check = async (label: string, el: Updating, act: () => void) => {
        try {
          act();
          await settle(el);
        } catch (error) {
          problems.push(`${label}: threw ${String(error).slice(0, 300)}`);
        }
        report(label);
        for (const problem of inspect(el)) problems.push(`${label}: ${problem}`);
      };
      const nextTask = () => new Promise((resolve) => setTimeout(resolve));

      // Each attribute on its own, changed from value to value on one element (and removed at the end).
      for (const attribute of attributes) {
        const el = document.createElement(tag) as Updating;
        document.body.append(el);
        await check(`${attribute} (first render)`, el, () => {});
        for (const value of VALUES)
          await check(`${attribute}=${show(value)}`, el, () => el.setAttribute(attribute, value));
        await check(`${attribute} removed`, el, () => el.removeAttribute(attribute));
        await nextTask();
        report(`${attribute} (after all values)`);
        el.remove();
      }

      // Every attribute at once, set before the element upgrades (as server-rendered or hand-written markup).
      for (const value of VALUES) {
        const el = document.createElement(tag) as Updating;
        for (const attribute of attributes) el.setAttribute(attribute, value);
        await check(`all attributes=${show(value)} at first render`, el, () => document.body.append(el));
        el.remove();
      }
      await nextTask();
      report('all attributes (after all values)');

      expect(problems, `<${tag}>:\n  ${problems.join('\n  ')}`).to.deep.equal([]);
    });
  }
});
