import { describe, expect, it } from 'vitest';
import { downloadName } from '../../../src/engine/export/file-name.ts';

describe('downloadName', () => {
  it('names the organization, what the file is and the date', () => {
    expect(downloadName({ organization: 'Gulf Coast Family Medicine', what: 'decision-log', date: '2025-03-10', extension: 'json' })).toBe(
      'gulf-coast-family-medicine-decision-log-2025-03-10.json',
    );
  });

  it('drops bidirectional and control characters, so no false extension can show', () => {
    const name = downloadName({ organization: 'Evil\u202Efdp.exe\u0007 Clinic\n', what: 'plan', date: '2025-03-10', extension: 'ics' });
    expect(name).toBe('evilfdp-exe-clinic-plan-2025-03-10.ics');
    expect(name).not.toMatch(/[\u0000-\u001F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it('keeps letters of any script and replaces what file systems refuse', () => {
    expect(downloadName({ organization: 'Clínica São José / Norte: "A|B"', what: 'plan', date: '2025-03-10', extension: 'md' })).toBe(
      'clínica-são-josé-norte-a-b-plan-2025-03-10.md',
    );
  });

  it('falls back to breachline without a usable name, and keeps long names short', () => {
    expect(downloadName({ organization: '\u202E\u2066 ', what: 'plan', date: '2025-03-10', extension: 'md' })).toBe('breachline-plan-2025-03-10.md');
    expect(downloadName({ what: 'plan', date: '2025-03-10', extension: 'md' })).toBe('breachline-plan-2025-03-10.md');
    const long = downloadName({ organization: 'a'.repeat(300), what: 'plan', date: '2025-03-10', extension: 'md' });
    expect(long).toBe(`${'a'.repeat(60)}-plan-2025-03-10.md`);
  });
});
