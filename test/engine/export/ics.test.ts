import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents, escapeIcsText, eventSummary, foldLine, renderIcs } from '../../../src/engine/export/ics.ts';
import { timelineFor } from '../../../src/engine/index.ts';
import { fixture } from '../plan/fixtures.ts';

const NOW = '2025-03-10T08:00:00Z';

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent');
}

describe('renderIcs', () => {
  const answers = fixture('clinic-ransomware');
  const timeline = timelineFor(answers, '2025-03-10');
  const ics = renderIcs(timeline, { organization: answers.organization.name, now: NOW });

  it('writes a target and a limit event per dated obligation, each an all-day event with a reminder', () => {
    const events = parse(ics);
    const expected = calendarEvents(timeline);
    expect(expected.length).toBeGreaterThan(0);
    expect(events).toHaveLength(expected.length);
    const withBoth = timeline.obligations.filter((o) => o.target && o.limit).length;
    const withOne = timeline.obligations.filter((o) => Boolean(o.target) !== Boolean(o.limit)).length;
    expect(withBoth).toBeGreaterThan(0);
    expect(events).toHaveLength(2 * withBoth + withOne);
    for (const [index, { obligation, kind, due }] of expected.entries()) {
      const event = events[index];
      const summary = event.getFirstPropertyValue('summary');
      expect(summary).toBe(kind === 'target' ? `Planning target: ${eventSummary(obligation)}` : eventSummary(obligation));
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(start.toString()).toBe(kind === 'target' ? obligation.target?.date : obligation.limit?.date);
      expect(due.date).toBe(start.toString());
      const alarm = event.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('-P3D');
      expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(String(event.getFirstPropertyValue('description'))).toContain(obligation.sourceUrl);
    }
  });

  it('titles events with the recipient and the citation', () => {
    const summaries = parse(ics).map((event) => event.getFirstPropertyValue('summary'));
    expect(summaries).toContain('Notify the Texas Attorney General (Tex. Bus. & Com. Code § 521.053(i))');
    expect(summaries).toContain('Notify affected individuals (45 CFR 164.404)');
  });

  it('gives UIDs from the rule, the State and the discovery date when the answers have no incident id', () => {
    const uids = parse(ics).map((event) => event.getFirstPropertyValue('uid'));
    expect(uids).toContain('hipaa-individuals-2025-03-03@breachline');
    expect(uids).toContain('hipaa-individuals-target-2025-03-03@breachline');
    expect(uids).toContain('hipaa-media-tx-2025-03-03@breachline');
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('keeps UIDs when the discovery date changes, with the incident id, and writes the SEQUENCE it is given', () => {
    const moved = { ...answers, incident: { ...answers.incident!, discoveredOn: '2025-03-01' } };
    const render = (a: typeof answers, sequence: number) =>
      parse(renderIcs(timelineFor(a, '2025-03-10'), { organization: 'X', now: NOW, incidentId: 'nightjar-2025', sequence }));
    const before = render(answers, 1);
    const after = render(moved, 2);
    const uids = (events: ICAL.Component[]) => events.map((event) => event.getFirstPropertyValue('uid'));
    expect(uids(after)).toEqual(uids(before));
    expect(uids(before)).toContain('hipaa-individuals-nightjar-2025@breachline');
    const start = (events: ICAL.Component[]) =>
      String(events.find((event) => event.getFirstPropertyValue('uid') === 'hipaa-individuals-nightjar-2025@breachline')?.getFirstPropertyValue('dtstart'));
    expect(start(before)).toBe('2025-05-02'); // 2025-03-03 + 60 days
    expect(start(after)).toBe('2025-04-30'); // 2025-03-01 + 60 days
    expect(new Set(after.map((event) => event.getFirstPropertyValue('sequence')))).toEqual(new Set([2]));
  });

  it('writes the events of a notice sent or not required as cancelled, without a reminder', () => {
    const closed = {
      ...answers,
      incident: {
        ...answers.incident!,
        notices: {
          'hipaa-individuals': { status: 'sent' as const, sentOn: '2025-03-20' },
          'tx-attorney-general': { status: 'not-required' as const, reason: 'Fewer than 250 Texans.' },
        },
      },
    };
    const events = parse(renderIcs(timelineFor(closed, '2025-03-21'), { organization: 'X', now: NOW }));
    const byUid = (uid: string) => events.find((event) => event.getFirstPropertyValue('uid') === uid);
    for (const uid of ['hipaa-individuals-2025-03-03@breachline', 'hipaa-individuals-target-2025-03-03@breachline', 'tx-attorney-general-2025-03-03@breachline']) {
      expect(byUid(uid)?.getFirstPropertyValue('status'), uid).toBe('CANCELLED');
      expect(byUid(uid)?.getFirstSubcomponent('valarm'), uid).toBeNull();
    }
    expect(byUid('hipaa-media-tx-2025-03-03@breachline')?.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('uses CRLF line endings, folds at 75 octets and stamps every event with now', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.match(/^DTSTAMP:20250310T080000Z$/gm)).toHaveLength(parse(ics).length);
  });

  it('writes an hour clock (GDPR, 72 hours) as a UTC date-time with a 12-hour reminder', () => {
    const insurer = fixture('insurer-eu');
    const events = parse(renderIcs(timelineFor(insurer, '2025-06-03'), { organization: insurer.organization.name, now: NOW }));
    const gdpr = events.find((event) => String(event.getFirstPropertyValue('uid')).startsWith('gdpr-supervisory-authority-2025'));
    if (!gdpr) throw new Error('no GDPR event');
    const start = gdpr.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(false);
    expect(start.zone?.tzid).toBe('UTC');
    expect(start.toString()).toBe('2025-06-05T13:00:00Z');
    expect(gdpr.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT12H');
  });

  it('is deterministic for the same timeline and now', () => {
    expect(renderIcs(timeline, { organization: answers.organization.name, now: NOW })).toBe(ics);
  });

  it('keeps hostile text as text', () => {
    const hostile = fixture('hostile');
    const out = renderIcs(timelineFor(hostile, '2025-01-10'), { organization: hostile.organization.name, now: NOW });
    const events = parse(out);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.getFirstPropertyValue('description')).toContain(`\u2068<img src=x onerror=alert(1)> ](javascript:alert(1)) "quotes" & 'apostrophes'\nline two\u2069: `);
    }
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('foldLine', () => {
  it('folds long lines without splitting a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'§'.repeat(80)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'§'.repeat(80)}`);
  });
});
