import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { loadTheme } from '../test-helpers/theme.js';
import '../footer/define.js';
import '../language-switcher/define.js';
import '../navigation/define.js';
import '../side-navigation/define.js';

// Each member of the link-list family with its current link first, so one Tab focuses it.
const families: [string, TemplateResult][] = [
  [
    'polder-navigation',
    html`<polder-navigation current="/a"><a href="/a">Home</a><a href="/b">Parkeren</a></polder-navigation>`,
  ],
  [
    'polder-footer',
    html`<polder-footer current="/privacy"
      ><a href="/privacy">Privacy</a><a href="/contact">Contact</a></polder-footer
    >`,
  ],
  [
    'polder-language-switcher',
    html`<div lang="nl">
      <polder-language-switcher
        ><a href="/nl/" hreflang="nl">Nederlands</a><a href="/en/" hreflang="en">English</a></polder-language-switcher
      >
    </div>`,
  ],
  [
    'polder-side-navigation',
    html`<polder-side-navigation current="/a"
      ><ul>
        <li><a href="/a">Parkeren</a></li>
        <li><a href="/b">Parkeerboete</a></li>
      </ul></polder-side-navigation
    >`,
  ],
];

/** The colours the focus highlight tokens resolve to on this page. */
function focusColours() {
  const probe = document.createElement('span');
  probe.style.color = 'var(--polder-focus-color, #000)';
  probe.style.backgroundColor = 'var(--polder-focus-background-color, #ffdd00)';
  document.body.append(probe);
  const { color, backgroundColor } = getComputedStyle(probe);
  probe.remove();
  return { color, backgroundColor };
}

describe('link-list family', () => {
  // Real token colours when the tokens are built (else the fallbacks).
  before(() => loadTheme());

  for (const [tag, template] of families)
    it(`${tag}: the focused current link shows the focus highlight, not the current link's colours`, async () => {
      const wrapper = await fixture(html`<div>${template}</div>`);
      const el = wrapper.querySelector<HTMLElement & { links: HTMLAnchorElement[]; updateComplete: Promise<unknown> }>(
        tag,
      )!;
      await el.updateComplete;
      const current = el.links[0];
      expect(current.hasAttribute('aria-current'), 'the first link is the current one').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(current);
      const style = getComputedStyle(current);
      expect(style.outlineStyle).to.equal('solid');
      expect({ color: style.color, backgroundColor: style.backgroundColor }).to.deep.equal(focusColours());
    });
});
