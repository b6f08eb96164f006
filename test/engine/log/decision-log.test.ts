import { describe, expect, it } from 'vitest';
import { appendEntry, checkEntry, entryHash, correctionsOf, GENESIS_HASH, latestHash, verifyLog, type LogEntry, type LogEntryInput } from '../../../src/engine/log/decision-log.ts';
import { logToJson, readLogJson } from '../../../src/engine/log/log-file.ts';
import { logRecord } from '../../../src/engine/log/log-record.ts';
import { sha256Hex } from '../../../src/engine/log/sha256.ts';

const DECLARED: LogEntryInput = { at: '2026-03-02T09:15:00-05:00', who: 'Dana Reyes', what: 'Declared a security incident', why: 'EHR encrypted by ransomware', kind: 'declared' };
const COUNSEL: LogEntryInput = { at: '2026-03-02T11:00:00-05:00', who: 'Dana Reyes', what: 'Engaged outside counsel', why: '', kind: 'counsel' };
const LAW: LogEntryInput = { at: '2026-03-03T08:30:00-05:00', who: 'Sam Ortiz', what: 'FBI asked us to delay notice', why: 'Written statement received', kind: 'law-enforcement' };

function sample(): LogEntry[] {
  return [DECLARED, COUNSEL, LAW].reduce<LogEntry[]>((log, input) => appendEntry(log, input), []);
}

describe('appendEntry', () => {
  it('numbers entries from 1 and links each to the previous hash, the first to the genesis hash', () => {
    const log = sample();
    expect(log.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(log[0].prevHash).toBe(GENESIS_HASH);
    expect(log[1].prevHash).toBe(log[0].hash);
    expect(log[2].prevHash).toBe(log[1].hash);
  });

  it('hashes the previous hash, a newline and the entry’s canonical JSON with sorted keys', () => {
    const [first] = sample();
    const body = `{"at":"2026-03-02T09:15:00-05:00","kind":"declared","prevHash":"${GENESIS_HASH}","seq":1,"what":"Declared a security incident","who":"Dana Reyes","why":"EHR encrypted by ransomware"}`;
    expect(first.hash).toBe(sha256Hex(`${GENESIS_HASH}\n${body}`));
  });

  it('never changes the log it is given', () => {
    const log = sample();
    const copy = structuredClone(log);
    appendEntry(log, COUNSEL);
    expect(log).toEqual(copy);
  });

  it('adds a correction as a new entry that names the entry it corrects, leaving that entry as it was', () => {
    const log = sample();
    const corrected = appendEntry(log, { ...LAW, what: 'The FBI asked by phone, not in writing', corrects: 3 });
    expect(corrected[2]).toEqual(log[2]);
    expect(corrected[3].corrects).toBe(3);
    expect(correctionsOf(corrected, 3)).toEqual([corrected[3]]);
    expect(verifyLog(corrected).ok).toBe(true);
  });

  it('refuses an entry without who or what, with a bad time, or correcting an entry that does not exist', () => {
    expect(() => appendEntry([], { ...DECLARED, who: '  ' })).toThrow(/who decided/);
    expect(checkEntry([], { ...DECLARED, what: '' }).map((problem) => problem.field)).toEqual(['what']);
    expect(checkEntry([], { ...DECLARED, at: '2026-03-02 09:15' }).map((problem) => problem.field)).toEqual(['at']);
    expect(checkEntry(sample(), { ...DECLARED, corrects: 9 }).map((problem) => problem.field)).toEqual(['corrects']);
  });
});

describe('verifyLog', () => {
  it('accepts an intact chain and gives its latest hash', () => {
    const log = sample();
    expect(verifyLog(log)).toEqual({ ok: true, entries: 3, latestHash: log[2].hash });
    expect(latestHash([])).toBe(GENESIS_HASH);
  });

  it('detects an entry modified after it was written', () => {
    const log = sample();
    log[1] = { ...log[1], why: 'Counsel advised us to wait' };
    expect(verifyLog(log)).toMatchObject({ ok: false, entry: 2 });
  });

  it('detects a modified entry whose own hash was recomputed, at the entry after it', () => {
    const log = sample();
    const { hash: _old, ...body } = { ...log[0], what: 'Declared nothing' };
    log[0] = { ...body, hash: entryHash(body) };
    expect(verifyLog(log)).toMatchObject({ ok: false, entry: 2 });
  });

  it('detects a removed entry and entries in another order', () => {
    const log = sample();
    expect(verifyLog([log[0], log[2]])).toMatchObject({ ok: false, entry: 2 });
    expect(verifyLog([log[1], log[0], log[2]])).toMatchObject({ ok: false, entry: 1 });
  });
});

describe('the log file', () => {
  it('reads back what it wrote, with the same latest hash', () => {
    const log = sample();
    const read = readLogJson(logToJson(log, 'Operation Nightjar', '2026-03-04T10:00:00Z'));
    expect(read).toEqual({ ok: true, entries: log, latestHash: log[2].hash });
  });

  it('says what is wrong with a file that is not JSON, not a log, or altered', () => {
    expect(readLogJson('{')).toMatchObject({ ok: false, problem: 'The file is not valid JSON.' });
    expect(readLogJson('{"entries": [{"seq": 1}]}')).toMatchObject({ ok: false, problem: expect.stringContaining('Entry 1') });
    const altered = JSON.parse(logToJson(sample(), 'x', '2026-03-04T10:00:00Z'));
    altered.entries[2].who = 'Someone else';
    expect(readLogJson(JSON.stringify(altered))).toMatchObject({ ok: false, problem: expect.stringContaining('Entry 3 was changed') });
  });
});

describe('logRecord', () => {
  it('prints every entry with its hash and the latest hash to record elsewhere', () => {
    const log = sample();
    const doc = logRecord(log, { subject: 'Nightjar', organization: 'Lakeside Clinic', printedAt: '2026-03-04T10:00:00Z', kindLabel: (kind) => `kind ${kind}` });
    const table = doc.sections[1].blocks[0];
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(3);
    expect(table.rows.map((cells) => cells[7][0])).toEqual(log.map((entry) => entry.hash));
    expect(table.rows[0][1][0]).toBe('March 2, 2026, 09:15 (UTC-05:00)');
    expect(table.rows[0][3][0]).toBe('kind declared');
    expect(JSON.stringify(doc.sections[0].blocks[1])).toContain(log[2].hash);
  });

  it('warns in the record itself when the chain does not check out', () => {
    const log = sample();
    log[0] = { ...log[0], who: 'Someone else' };
    const doc = logRecord(log, { subject: 'x', organization: 'y', printedAt: '2026-03-04T10:00:00Z', kindLabel: String });
    expect(doc.sections[0].blocks[1]).toMatchObject({ kind: 'note', tone: 'warning' });
  });
});
