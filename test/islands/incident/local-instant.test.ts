import { describe, expect, it } from 'vitest';
import { localInstant } from '../../../src/islands/incident/local-instant.ts';

/** A local moment on a device whose clock is `offset` minutes behind UTC (Date's getTimezoneOffset sign). */
function at(offset: number): Date {
  const date = new Date(2026, 10, 27, 9, 5, 7);
  Object.defineProperty(date, 'getTimezoneOffset', { value: () => offset });
  return date;
}

describe('localInstant', () => {
  it('writes the local date and time with the device offset, half and three-quarter hours included', () => {
    expect(localInstant(at(330))).toBe('2026-11-27T09:05:07-05:30');
    expect(localInstant(at(-345))).toBe('2026-11-27T09:05:07+05:45');
    expect(localInstant(at(0))).toBe('2026-11-27T09:05:07+00:00');
  });
});
