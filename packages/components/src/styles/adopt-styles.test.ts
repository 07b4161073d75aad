import { expect } from '@open-wc/testing';
import { css } from 'lit';
import { adoptStyles } from './adopt-styles.js';

describe('adoptStyles', () => {
  const first = css`
    .adopt-styles-test-a {
      color: rgb(1, 2, 3);
    }
  `;
  const second = css`
    .adopt-styles-test-b {
      color: rgb(4, 5, 6);
    }
  `;
  const count = (root: Document | ShadowRoot, sheet: CSSStyleSheet | undefined) =>
    [...root.adoptedStyleSheets].filter((s) => s === sheet).length;
  let saved: CSSStyleSheet[];
  beforeEach(() => (saved = [...document.adoptedStyleSheets]));
  afterEach(() => (document.adoptedStyleSheets = saved));

  it('adds each sheet to the document once, after the page’s own, however often it is called', () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [...saved, own];
    const el = document.createElement('div');
    document.body.append(el);
    for (let i = 0; i < 3; i++) adoptStyles(el, first, second);
    adoptStyles(document, second);
    expect(count(document, first.styleSheet)).to.equal(1);
    expect(count(document, second.styleSheet)).to.equal(1);
    expect([...document.adoptedStyleSheets].slice(-3)).to.deep.equal([own, first.styleSheet, second.styleSheet]);
    el.remove();
  });

  it('puts a sheet back that the page dropped or moved, without doubling the others', () => {
    adoptStyles(document, first, second);
    // The page replaces its sheets: Polder's are gone.
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    adoptStyles(document, first, second);
    expect([...document.adoptedStyleSheets]).to.deep.equal([own, first.styleSheet, second.styleSheet]);
    // The page puts one of its own sheets first: Polder's sheets are still there, at other places.
    const other = new CSSStyleSheet();
    document.adoptedStyleSheets = [other, ...document.adoptedStyleSheets];
    adoptStyles(document, first, second);
    expect([...document.adoptedStyleSheets]).to.deep.equal([other, own, first.styleSheet, second.styleSheet]);
  });

  it('adopts into the shadow root an element lives in, not the document', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('p');
    el.className = 'adopt-styles-test-a';
    shadow.append(el);
    document.body.append(host);
    adoptStyles(el, first);
    adoptStyles(el, first);
    expect(count(shadow, first.styleSheet)).to.equal(1);
    expect(count(document, first.styleSheet)).to.equal(0);
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    host.remove();
  });
});
