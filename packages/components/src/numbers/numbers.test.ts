import { expect } from '@open-wc/testing';
import { parseNonNegativeInteger } from './numbers.js';

describe('parseNonNegativeInteger (the HTML rules, as for maxlength)', () => {
  it('reads what the browser reads', () => {
    const cases: [string | null, number | undefined][] = [
      ['200', 200],
      ['  +7', 7],
      ['\n12px', 12],
      ['1e400', 1],
      ['5.9', 5],
      ['0', 0],
      ['-0', 0],
      ['2147483647', 2147483647],
      ['-5', undefined],
      ['NaN', undefined],
      ['', undefined],
      [' ', undefined],
      ['2147483648', undefined],
      ['1'.repeat(400), undefined],
      ['\u00a012', undefined],
      [null, undefined],
    ];
    for (const [value, expected] of cases)
      expect(parseNonNegativeInteger(value), JSON.stringify(value)).to.equal(expected);
  });

  it('agrees with the native maxlength of a textarea', () => {
    const textarea = document.createElement('textarea');
    for (const value of ['200', '  +7', '12px', '1e400', '5.9', '0', '-5', 'NaN', '', '2147483648']) {
      textarea.setAttribute('maxlength', value);
      expect(parseNonNegativeInteger(value) ?? -1, JSON.stringify(value)).to.equal(textarea.maxLength);
    }
  });
});
