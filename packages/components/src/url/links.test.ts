// Every Polder element that renders a link from an attribute drops a script URL, in the browser and on the
// server, and warns once naming the element.
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { captureWarnings, insertServerHtml, serverRender } from '../test-helpers/index.js';
import '../back-link/define.js';
import '../button/define.js';
import '../card/define.js';
import '../header/define.js';
import '../link/define.js';
import '../pagination/define.js';
import '../summary-list/define.js';

const SCRIPT_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
];

/** Every link-ish URL in `root`, its light DOM and its shadow roots. */
function urls(root: Element): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      for (const name of ['href', 'src', 'action', 'formaction']) {
        const value = el.getAttribute(name);
        if (value !== null) found.push(value);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

interface Case {
  tag: string;
  attribute: string;
  content?: string;
  attributes?: Record<string, string>;
}

const cases: Case[] = [
  { tag: 'polder-link', attribute: 'href', content: 'Belasting' },
  { tag: 'polder-button', attribute: 'href', content: 'Verder' },
  { tag: 'polder-button', attribute: 'formaction', content: 'Verstuur' },
  { tag: 'polder-back-link', attribute: 'href' },
  { tag: 'polder-card', attribute: 'href', attributes: { heading: 'Parkeren' } },
  { tag: 'polder-header', attribute: 'service-href', attributes: { 'service-name': 'Parkeren' } },
  { tag: 'polder-pagination', attribute: 'href-template', attributes: { current: '2', total: '5' } },
];

const created: Element[] = [];

/** Creates `<tag>` with its attributes and text in the page and waits for its first render. */
async function make(tag: string, attributes: Record<string, string>, content = ''): Promise<Updating> {
  const el = document.createElement(tag) as Updating;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.textContent = content;
  document.body.append(el);
  created.push(el);
  await el.updateComplete;
  return el;
}

describe('script URLs in link attributes', () => {
  afterEach(() => {
    cleanupFixtures();
    for (const el of created.splice(0)) el.remove();
  });

  for (const { tag, attribute, content, attributes = {} } of cases) {
    it(`<${tag} ${attribute}>: renders without it, with one warning naming the element`, async () => {
      for (const url of SCRIPT_URLS) {
        let el!: Updating;
        const warnings = await captureWarnings(async () => {
          el = await make(tag, { ...attributes, [attribute]: url }, content);
          (el as Updating & { requestUpdate(): void }).requestUpdate();
          await el.updateComplete;
        });
        const where = `<${tag} ${attribute}=${JSON.stringify(url)}>`;
        expect(urls(el), where).to.deep.equal([]);
        const ours = warnings.filter((w) => w.includes('not a safe URL'));
        expect(ours, where).to.have.length(1);
        expect(ours[0]).to.contain(`<${tag}>`).and.to.contain(attribute);
        el.remove();
      }
    });

    it(`<${tag} ${attribute}>: a safe URL stays, a script URL set later goes`, async () => {
      const el = await make(tag, { ...attributes, [attribute]: '/start/{page}' }, content);
      expect(urls(el).some((u) => u.startsWith('/start/'))).to.equal(true);
      await captureWarnings(async () => {
        el.setAttribute(attribute, 'javascript:alert(1)');
        await el.updateComplete;
      });
      expect(urls(el).filter((u) => u.includes('javascript'))).to.deep.equal([]);
      el.remove();
    });
  }

  it('<polder-link>, <polder-back-link>: a hand-written link with a script URL loses its href', async () => {
    const wrapper = await fixture(
      html`<div>
        <polder-link><a href="javascript:alert(1)">Belasting</a></polder-link>
        <polder-back-link><a href="javascript:history.back()">Terug</a></polder-back-link>
      </div>`,
    );
    await Promise.all([...wrapper.children].map((el) => (el as Updating).updateComplete));
    expect(urls(wrapper)).to.deep.equal([]);
  });

  it('<polder-summary-list>: an action link with a script URL loses its href, with one warning', async () => {
    let el!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture(
        html`<polder-summary-list
          ><dl>
            <div>
              <dt>Naam</dt>
              <dd>Jan</dd>
              <dd><a href="java&#9;script:alert(1)">Wijzigen</a></dd>
            </div>
            <div>
              <dt>Adres</dt>
              <dd>Dorpsstraat 1</dd>
              <dd><a href="/adres">Wijzigen</a></dd>
            </div>
          </dl></polder-summary-list
        >`,
      );
    });
    expect(urls(el)).to.deep.equal(['/adres']);
    expect(warnings.filter((w) => w.includes('not a safe URL'))).to.have.length(1);
    expect(warnings[0]).to.contain('<polder-summary-list>');
  });

  describe('on the server', () => {
    const module = (name: string) => new URL(`../${name}/${name}.template.ts`, import.meta.url);
    const strings = {
      label: 'Paginering',
      previous: 'Vorige',
      next: 'Volgende',
      pageContext: 'pagina',
      page: 'Pagina',
    };
    const renders: [string, string, unknown[]][] = [
      ['link', 'renderLink', [{ href: 'javascript:alert(1)' }, 'Belasting']],
      ['back-link', 'renderBackLink', [{ href: ' JAVASCRIPT:alert(1)', text: 'Terug' }]],
      ['button', 'renderButton', [{ variant: 'primary', type: 'submit', href: 'javascript:alert(1)' }, 'Verder']],
      [
        'button',
        'buttonTemplate',
        [{ variant: 'primary', type: 'submit', formaction: 'javascript:alert(1)' }, 'Verder'],
      ],
      ['card', 'cardTemplate', [{ heading: 'Parkeren', headingLevel: 2, href: 'vbscript:msgbox(1)' }, 'Tekst', '']],
      [
        'header',
        'headerTemplate',
        [
          { serviceHref: 'javascript:alert(1)', menuLabel: 'Menu', enhanced: false, open: false },
          { logo: '', navigation: '', language: '' },
        ],
      ],
      [
        'pagination',
        'paginationTemplate',
        [{ ...strings, current: 2, total: 5, hrefTemplate: 'javascript:go({page})' }],
      ],
      [
        'summary-list',
        'renderSummaryList',
        [[{ key: 'Naam', value: 'Jan', actions: [{ href: 'javascript:alert(1)', text: 'Wijzigen' }] }]],
      ],
      [
        'breadcrumb',
        'renderBreadcrumb',
        [{ label: 'Kruimelpad', items: [{ href: 'javascript:alert(1)', text: 'Home' }] }],
      ],
      [
        'progress-steps',
        'renderProgressSteps',
        [
          {
            steps: [{ label: 'Adres', href: 'javascript:alert(1)' }, { label: 'Controleren' }],
            current: 2,
            orientation: 'vertical',
            label: 'Voortgang',
            completeText: 'Voltooid',
          },
        ],
      ],
      [
        'error-summary',
        'renderErrorSummary',
        [{ heading: 'Er is een probleem', errors: [{ href: 'javascript:alert(1)', text: 'Vul uw naam in' }] }],
      ],
    ];
    for (const [name, fn, args] of renders) {
      it(`${fn} (${name}) renders no script URL`, async () => {
        const markup = await serverRender(module(name), fn, ...args);
        expect(markup.toLowerCase()).not.to.contain('script:');
        const container = insertServerHtml(markup);
        expect(urls(container).filter((u) => /script|data:/i.test(u))).to.deep.equal([]);
        container.remove();
      });
    }

    it('a server-rendered link button stays a link, without href, after upgrade', async () => {
      const markup = await serverRender(
        module('button'),
        'renderButton',
        { variant: 'primary', type: 'submit', href: 'javascript:alert(1)' },
        'Verder',
      );
      const container = insertServerHtml(markup);
      await captureWarnings(() => (container.firstElementChild as Updating).updateComplete);
      const native = container.querySelector('polder-button > .polder-button')!;
      expect(native.localName).to.equal('a');
      expect(native.hasAttribute('href')).to.equal(false);
      container.remove();
    });

    it('<polder-card> rendered by the server as an element has no script URL', async () => {
      const el = await ssrNonHydratedFixture(
        html`<polder-card heading="Parkeren" href="javascript:alert(1)"></polder-card>`,
        {
          modules: ['../card/define.js'],
        },
      );
      expect(urls(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('a')).to.not.equal(null);
    });
  });
});
