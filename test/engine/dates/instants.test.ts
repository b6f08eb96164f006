import { describe, expect, it } from 'vitest';
import {
  addHours,
  earliestInstantOn,
  formatInstantLocal,
  formatInstantUtc,
  localDateOf,
  parseInstant,
} from '../../../src/engine/dates/instants.ts';

describe('parseInstant', () => {
  it('returns the epoch milliseconds and offset of an ISO instant', () => {
    expect(parseInstant('2024-03-30T10:00:00+01:00')).toEqual({ epochMs: Date.UTC(2024, 2, 30, 9), offsetMinutes: 60 });
    expect(parseInstant('2024-03-30T10:00Z')).toEqual({ epochMs: Date.UTC(2024, 2, 30, 10), offsetMinutes: 0 });
    expect(parseInstant('2024-03-30T10:00:00.250-05:30')?.epochMs).toBe(Date.UTC(2024, 2, 30, 15, 30, 0, 250));
  });
  it('returns null without an offset or for impossible values', () => {
    for (const value of ['2024-03-30T10:00:00', '2024-02-30T10:00:00Z', '2024-03-30T24:00:00Z', '2024-03-30T10:00:00+15:00', 'soon']) {
      expect(parseInstant(value), value).toBeNull();
    }
  });
});

describe('addHours', () => {
  it('returns 72 elapsed hours across the EU daylight-saving change', () => {
    const due = addHours(parseInstant('2024-03-30T10:00:00+01:00')!, 72);
    expect(formatInstantUtc(due)).toBe('2024-04-02T09:00:00Z');
    expect(formatInstantLocal(due)).toBe('2024-04-02T10:00:00+01:00');
  });
});

describe('localDateOf', () => {
  it('returns the calendar date in the instant’s own offset', () => {
    expect(localDateOf(parseInstant('2024-03-09T23:30:00-05:00')!)).toBe('2024-03-09');
  });
});

describe('earliestInstantOn', () => {
  it('returns 00:00 at UTC+14, which is 10:00 UTC the day before', () => {
    const start = earliestInstantOn('2024-06-10');
    expect(formatInstantUtc(start)).toBe('2024-06-09T10:00:00Z');
    expect(formatInstantLocal(start)).toBe('2024-06-10T00:00:00+14:00');
  });
});
