import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeOf, selfCheck } from '../src/selfCheck';

describe('selfCheck', () => {
  it('answers the three questions from the codes', () => {
    const r = selfCheck(['LIT101', { value: 'LIT102', target: {} }, 'LIT201', 'LIT501']);
    assert.equal(r.text, 'Self-check: tone 2 · inference 1 · quality bar OK (and 1 structure or readability note)');
  });
  it('says OK for a clean prompt', () => {
    assert.equal(selfCheck([]).text, 'Self-check: tone OK · inference OK · quality bar OK');
  });
  it('reads every shape of diagnostic code', () => {
    assert.equal(codeOf(301), '301');
    assert.equal(codeOf({ value: 'LIT3' }), 'LIT3');
    assert.equal(codeOf(undefined), undefined);
  });
});
