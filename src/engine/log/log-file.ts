/**
 * The decision log as a JSON file, and back. Reading checks the shape only (each entry's fields and types);
 * `verifyLog` then says whether the chain holds.
 */
import { latestHash, verifyLog, type LogEntry } from './decision-log.ts';

export const LOG_FILE_FORMAT = 'breachline-decision-log';

export interface LogFile {
  format: typeof LOG_FILE_FORMAT;
  version: 1;
  /** What the log is of: "Incident 2026-11-ransomware", "Exercise: ransomware and EHR downtime". */
  subject: string;
  exportedAt: string;
  /** The hash to compare with the one recorded elsewhere. */
  latestHash: string;
  entries: LogEntry[];
}

export function logFile(entries: readonly LogEntry[], subject: string, exportedAt: string): LogFile {
  return { format: LOG_FILE_FORMAT, version: 1, subject, exportedAt, latestHash: latestHash(entries), entries: [...entries] };
}

export function logToJson(entries: readonly LogEntry[], subject: string, exportedAt: string): string {
  return `${JSON.stringify(logFile(entries, subject, exportedAt), null, 2)}\n`;
}

const HEX64 = /^[0-9a-f]{64}$/;

function isEntry(value: unknown): value is LogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const strings = ['at', 'who', 'what', 'why', 'kind'].every((key) => typeof entry[key] === 'string');
  return (
    strings &&
    Number.isInteger(entry.seq) &&
    (entry.corrects === undefined || Number.isInteger(entry.corrects)) &&
    typeof entry.prevHash === 'string' &&
    HEX64.test(entry.prevHash) &&
    typeof entry.hash === 'string' &&
    HEX64.test(entry.hash)
  );
}

/** Log entries from parsed data: a whole log file or a bare list of entries. */
export function parseLogEntries(data: unknown): { ok: true; entries: LogEntry[] } | { ok: false; problem: string } {
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null ? (data as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(list)) return { ok: false, problem: 'This is not a Breachline decision log (it has no list of entries).' };
  const bad = list.findIndex((entry) => !isEntry(entry));
  if (bad >= 0) return { ok: false, problem: `Entry ${bad + 1} of the decision log is not complete or not in the right form.` };
  const entries = list.map((entry: LogEntry) => {
    const { seq, at, who, what, why, kind, corrects, prevHash, hash } = entry;
    return { seq, at, who, what, why, kind, ...(corrects === undefined ? {} : { corrects }), prevHash, hash };
  });
  return { ok: true, entries };
}

/** Reads a log file's text and checks its chain. */
export function readLogJson(text: string): { ok: true; entries: LogEntry[]; latestHash: string } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'The file is not valid JSON.' };
  }
  const parsed = parseLogEntries(data);
  if (!parsed.ok) return parsed;
  const verified = verifyLog(parsed.entries);
  if (!verified.ok) return { ok: false, problem: verified.problem };
  return { ok: true, entries: parsed.entries, latestHash: verified.latestHash };
}
