import { expect } from '@open-wc/testing';
import { captureWarnings } from '../test-helpers/index.js';
import { isSafeUrl, removeUnsafeUrl, safeUrl, urlScheme } from './safe-url.js';

const SAFE = [
  '',
  '/belasting',
  'belasting/aangifte?jaar=2024&soort=IB',
  '../terug',
  '?pagina=2',
  '#inhoud',
  '#100%',
  '//example.org/pad',
  'http://example.org/',
  'https://example.org/zoeken?q=javascript:alert(1)',
  'HTTPS://EXAMPLE.ORG/',
  '  https://example.org/  ',
  'mailto:loket@example.org',
  'tel:+31201234567',
  'data:image/png;base64,iVBORw0KGgo=',
  'DATA:Image/GIF;base64,R0lGODlhAQABAAAAACw=',
  'my file: draft.pdf',
  'javascript%3Aalert(1)',
];

const UNSAFE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u001f javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript\t:alert(1)',
  'java\u0000script:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)',
  'java&Tab;script:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:,alert(1)',
  'data:image/png',
  'file:///etc/passwd',
  'blob:https://example.org/1',
];

describe('safe URLs', () => {
  it('accepts relative, fragment, http(s), mailto, tel and raster image data: URLs', () => {
    for (const url of SAFE) expect(isSafeUrl(url), JSON.stringify(url)).to.equal(true);
  });

  it('refuses script URLs, other data: URLs and other schemes, however they are disguised', () => {
    for (const url of UNSAFE) expect(isSafeUrl(url), JSON.stringify(url)).to.equal(false);
  });

  it('reads the scheme as the browser does', () => {
    const a = document.createElement('a');
    for (const url of [...SAFE, ...UNSAFE]) {
      if (url.includes('&')) continue; // character references are not decoded in a DOM attribute
      a.setAttribute('href', url);
      const scheme = a.protocol.slice(0, -1);
      const relative = scheme === location.protocol.slice(0, -1) && urlScheme(url) === '';
      expect(relative || urlScheme(url) === scheme, JSON.stringify(url)).to.equal(true);
      if (isSafeUrl(url)) expect(['http', 'https', 'mailto', 'tel', 'data'], JSON.stringify(url)).to.include(scheme);
    }
  });

  it('safeUrl drops a refused URL with one warning naming the element and the attribute', async () => {
    const el = document.createElement('polder-example');
    const warnings = await captureWarnings(() => {
      expect(safeUrl('/ok', el)).to.equal('/ok');
      expect(safeUrl(undefined, el)).to.equal(undefined);
      expect(safeUrl('javascript:alert(1)', el, 'service-href')).to.equal(undefined);
      expect(safeUrl('javascript:alert(1)', el, 'service-href')).to.equal(undefined);
      expect(safeUrl('javascript:alert(2)')).to.equal(undefined);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<polder-example>').and.to.contain('service-href').and.to.contain('javascript:');
  });

  it('a server template names the element by its tag; a very long URL is shortened in the warning', async () => {
    const long = `javascript:${'x'.repeat(1_000_000)}`;
    const warnings = await captureWarnings(() => expect(safeUrl(long, 'polder-example-tag')).to.equal(undefined));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<polder-example-tag>: href "javascript:x+…"/);
    expect(warnings[0].length).to.be.below(300);
  });

  it('removeUnsafeUrl takes a refused href off a link and keeps a safe one', async () => {
    const host = document.createElement('polder-example-host');
    const bad = document.createElement('a');
    bad.setAttribute('href', ' JaVaScRiPt:alert(1)');
    const good = document.createElement('a');
    good.setAttribute('href', '/wijzigen');
    const warnings = await captureWarnings(() => {
      removeUnsafeUrl(host, bad);
      removeUnsafeUrl(host, good);
    });
    expect(bad.hasAttribute('href')).to.equal(false);
    expect(good.getAttribute('href')).to.equal('/wijzigen');
    expect(warnings).to.have.length(1);
  });
});
