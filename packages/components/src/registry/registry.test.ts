import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { captureWarnings } from '../test-helpers/index.js';
import { defineElement } from './registry.js';
import { PolderButton } from '../button/define.js';

describe('defineElement', () => {
  it('registers an element under its tag name once; loading the same copy again changes nothing', async () => {
    class RegistryFirst extends LitElement {}
    const warnings = await captureWarnings(() => {
      defineElement('polder-registry-first', RegistryFirst);
      defineElement('polder-registry-first', RegistryFirst);
    });
    expect(customElements.get('polder-registry-first')).to.equal(RegistryFirst);
    expect(document.createElement('polder-registry-first')).to.be.instanceOf(RegistryFirst);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first copy when another copy of an element is loaded, and says so without throwing', async () => {
    class OtherCopyOfButton extends LitElement {}
    const warnings = await captureWarnings(() => defineElement('polder-button', OtherCopyOfButton));
    expect(customElements.get('polder-button')).to.equal(PolderButton);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<polder-button>').and.contain('another copy of @polder/components');
  });
});
