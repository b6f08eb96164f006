import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay } from '../../../src/engine/dates/business-days.ts';

describe('isBusinessDay', () => {
  it('returns false on weekends and observed holidays, true otherwise', () => {
    expect(isBusinessDay('2024-11-30')).toBe(false);
    expect(isBusinessDay('2024-12-01')).toBe(false);
    expect(isBusinessDay('2024-11-28')).toBe(false);
    expect(isBusinessDay('2024-11-29')).toBe(true);
  });
});

describe('addBusinessDays', () => {
  it('returns the Thursday after a Friday for 4 business days with no holiday', () => {
    expect(addBusinessDays('2024-03-01', 4)).toBe('2024-03-07');
  });
  it('returns 2024-12-04 for 4 business days after Wednesday 2024-11-27 (Thanksgiving)', () => {
    expect(addBusinessDays('2024-11-27', 4)).toBe('2024-12-04');
  });
  it('returns 2025-01-02 for 4 business days after 2024-12-26 (New Year’s Day)', () => {
    // Fri 27 (1), Mon 30 (2), Tue 31 (3), Wed Jan 1 holiday, Thu Jan 2 (4)
    expect(addBusinessDays('2024-12-26', 4)).toBe('2025-01-02');
  });
  it('counts from a weekend day as from the next business day', () => {
    expect(addBusinessDays('2024-03-02', 1)).toBe('2024-03-04');
  });
  it('returns the date itself for 0 business days', () => {
    expect(addBusinessDays('2024-03-02', 0)).toBe('2024-03-02');
  });
});
