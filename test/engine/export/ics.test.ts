import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarObligations, escapeIcsText, eventSummary, foldLine, renderIcs } from '../../../src/engine/export/ics.ts';
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

  it('writes one event per dated obligation not yet sent, with the due date as an all-day event', () => {
    const events = parse(ics);
    const dated = calendarObligations(timeline);
    expect(dated.length).toBeGreaterThan(0);
    expect(events).toHaveLength(dated.length);
    expect(dated.length).toBe(timeline.obligations.filter((o) => o.limit !== null && o.status !== 'sent').length);
    for (const [index, obligation] of dated.entries()) {
      const event = events[index];
      expect(event.getFirstPropertyValue('summary')).toBe(eventSummary(obligation));
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(start.toString()).toBe(obligation.limit?.date);
      const alarm = event.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('-P3D');
      expect(String(event.getFirstPropertyValue('description'))).toContain(obligation.sourceUrl);
    }
  });

  it('titles events with the recipient and the citation', () => {
    const summaries = parse(ics).map((event) => event.getFirstPropertyValue('summary'));
    expect(summaries).toContain('Notify the Texas Attorney General (Tex. Bus. & Com. Code § 521.053(i))');
    expect(summaries).toContain('Notify affected individuals (45 CFR 164.404)');
  });

  it('gives stable UIDs from the rule, the State and the discovery date', () => {
    const uids = parse(ics).map((event) => event.getFirstPropertyValue('uid'));
    expect(uids).toContain('hipaa-individuals-2025-03-03@breachline');
    expect(uids).toContain('hipaa-media-tx-2025-03-03@breachline');
    expect(new Set(uids).size).toBe(uids.length);
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
    const gdpr = events.find((event) => String(event.getFirstPropertyValue('uid')).startsWith('gdpr-supervisory-authority'));
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
