import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  daysAfterEndOfYear,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  toDayNumber,
} from '../../../src/engine/dates/calendar.ts';

describe('isLeapYear', () => {
  it('returns true for years divisible by 4 but not 100, and for years divisible by 400', () => {
    expect([2024, 2000, 2028, 1600].map(isLeapYear)).toEqual([true, true, true, true]);
  });
  it('returns false for century years not divisible by 400 and for common years', () => {
    expect([1900, 2100, 2023, 2025].map(isLeapYear)).toEqual([false, false, false, false]);
  });
});

describe('parseIsoDate', () => {
  it('returns the parts of a real date', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
  it('returns null for impossible or malformed dates', () => {
    for (const value of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '2024-2-1', '24-02-01', '2024-02-01T00:00']) {
      expect(parseIsoDate(value), value).toBeNull();
    }
  });
  it('returns true from isIsoDate only for real dates', () => {
    expect(isIsoDate('2100-02-28')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });
});

describe('toDayNumber and fromDayNumber', () => {
  it('returns 0 for the epoch and round-trips every day from 1900 to 2200', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    for (let n = toDayNumber('1900-01-01'); n <= toDayNumber('2200-12-31'); n += 1) {
      expect(toDayNumber(fromDayNumber(n))).toBe(n);
    }
  });
  it('returns the same result as the UTC calendar for sampled dates', () => {
    for (const date of ['1999-12-31', '2000-02-29', '2024-03-10', '2038-01-19', '2099-12-31']) {
      expect(toDayNumber(date)).toBe(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8))) / 86_400_000);
    }
  });
});

describe('addDays', () => {
  it('returns 2024-04-10 for 60 days after 2024-02-10 (leap February)', () => {
    expect(addDays('2024-02-10', 60)).toBe('2024-04-10');
  });
  it('returns 2023-04-11 for 60 days after 2023-02-10 (common February)', () => {
    expect(addDays('2023-02-10', 60)).toBe('2023-04-11');
  });
  it('returns the previous day for -1 across a year boundary', () => {
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('daysBetween', () => {
  it('returns 366 for a leap year and -1 backwards', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-01-02', '2024-01-01')).toBe(-1);
  });
});

describe('dayOfWeek', () => {
  it('returns 0 for a Sunday and 6 for a Saturday', () => {
    expect(dayOfWeek('2023-01-01')).toBe(0);
    expect(dayOfWeek('2022-01-01')).toBe(6);
    expect(dayOfWeek('2024-11-28')).toBe(4);
  });
});

describe('daysAfterEndOfYear', () => {
  it('returns 2025-03-01 for 60 days after the end of 2024', () => {
    expect(daysAfterEndOfYear('2024-03-01', 60)).toBe('2025-03-01');
  });
  it('returns 2024-02-29 for 60 days after the end of 2023 (leap year follows)', () => {
    expect(daysAfterEndOfYear('2023-07-04', 60)).toBe('2024-02-29');
  });
  it('returns 2101-03-01 for 60 days after the end of 2100 (2101 is common)', () => {
    expect(daysAfterEndOfYear('2100-06-01', 60)).toBe('2101-03-01');
  });
});
