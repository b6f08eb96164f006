import { describe, expect, it } from 'vitest';
import { coverageFits } from '../../../src/engine/rules/coverage-fit.ts';
import { fixture } from '../plan/fixtures.ts';

describe('coverageFits', () => {
  const clinic = fixture('small-clinic');

  it('fits everyone when the gap names no condition', () => {
    expect(coverageFits(undefined, clinic, '2026-03-10')).toBe(true);
  });

  it('leaves out a gap for insurers, listed companies or other roles from a private clinic', () => {
    expect(coverageFits({ insurer: true }, clinic, '2026-03-10')).toBe(false);
    expect(coverageFits({ publiclyTraded: true }, clinic, '2026-03-10')).toBe(false);
    expect(coverageFits({ roles: ['phr-vendor'] }, clinic, '2026-03-10')).toBe(false);
    expect(coverageFits({ roles: ['covered-entity-provider'], insurer: false }, clinic, '2026-03-10')).toBe(true);
  });

  it('keeps a gap about superseded law only for breaches discovered before the change', () => {
    expect(coverageFits({ discoveredBefore: '2024-07-29' }, clinic, '2024-07-28')).toBe(true);
    expect(coverageFits({ discoveredBefore: '2024-07-29' }, clinic, '2024-07-29')).toBe(false);
  });
});
