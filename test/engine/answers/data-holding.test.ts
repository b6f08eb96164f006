import { describe, expect, it } from 'vitest';
import { dataHoldingOf } from '../../../src/engine/answers/data-holding.ts';

describe('dataHoldingOf', () => {
  it('returns the answer given, whatever the role', () => {
    expect(dataHoldingOf({ role: 'business-associate', holdsDataFor: 'itself' })).toBe('itself');
    expect(dataHoldingOf({ role: 'covered-entity-provider', holdsDataFor: 'both' })).toBe('both');
  });
  it('returns clients for a business associate that did not say, and its own data for anyone else', () => {
    expect(dataHoldingOf({ role: 'business-associate' })).toBe('clients');
    expect(dataHoldingOf({ role: 'phr-vendor' })).toBe('itself');
    expect(dataHoldingOf({})).toBe('itself');
  });
});
