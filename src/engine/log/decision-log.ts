/**
 * A decision log: time-stamped entries (who, what, why), append-only, each sealed by a SHA-256 hash over the
 * previous entry's hash and its own canonical JSON. Generic: the live incident and the live exercise both keep one,
 * each with its own kinds of entry. Anyone can recompute a chain, so a chain proves nothing by itself: the latest
 * hash, recorded somewhere else, is what makes a later change evident.
 */
import { isInstant } from '../dates/instants.ts';
import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './sha256.ts';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export const LOG_TEXT_LIMITS = { who: 120, what: 1000, why: 4000, kind: 60 } as const;

/** What an entry says: the facts a person records. */
export interface LogEntryInput {
  /** The moment of the decision, as an ISO 8601 instant with its offset. */
  at: string;
  who: string;
  what: string;
  why: string;
  /** The kind of entry, from the vocabulary of the log's user ("law-enforcement-request", "inject-delivered"). */
  kind: string;
  /** For a correction: the number of the entry it corrects. The old entry stays as it was. */
  corrects?: number;
}

export interface LogEntry extends LogEntryInput {
  /** 1 for the first entry, then one more for each. */
  seq: number;
  prevHash: string;
  hash: string;
}

export type LogProblem = { field: keyof LogEntryInput; message: string };

/** The part of an entry its hash covers, as canonical JSON. */
function sealedBody(entry: Omit<LogEntry, 'hash'>): string {
  const { seq, at, who, what, why, kind, corrects, prevHash } = entry;
  return canonicalJson({ seq, at, who, what, why, kind, prevHash, ...(corrects === undefined ? {} : { corrects }) });
}

/** The hash of an entry: SHA-256 of the previous hash, a newline, and the entry's canonical JSON. */
export function entryHash(entry: Omit<LogEntry, 'hash'>): string {
  return sha256Hex(`${entry.prevHash}\n${sealedBody(entry)}`);
}

/** Problems with an entry before it is added, in words for the form. */
export function checkEntry(log: readonly LogEntry[], input: LogEntryInput): LogProblem[] {
  const problems: LogProblem[] = [];
  if (!isInstant(input.at)) problems.push({ field: 'at', message: 'Enter the date and time of the decision.' });
  const text = (field: 'who' | 'what' | 'why' | 'kind', required: boolean, words: string) => {
    const value = input[field].trim();
    if (required && value === '') problems.push({ field, message: `Enter ${words}.` });
    if (value.length > LOG_TEXT_LIMITS[field]) problems.push({ field, message: `Keep this to ${LOG_TEXT_LIMITS[field]} characters or fewer.` });
  };
  text('who', true, 'who decided or recorded this');
  text('what', true, 'what was decided or what happened');
  text('why', false, 'why');
  text('kind', true, 'the kind of entry');
  if (input.corrects !== undefined && !log.some((entry) => entry.seq === input.corrects)) {
    problems.push({ field: 'corrects', message: `There is no entry ${input.corrects} to correct.` });
  }
  return problems;
}

/** A new log with the entry added at the end; throws when `checkEntry` finds a problem. */
export function appendEntry(log: readonly LogEntry[], input: LogEntryInput): LogEntry[] {
  const problems = checkEntry(log, input);
  if (problems.length > 0) throw new RangeError(problems.map((problem) => problem.message).join(' '));
  const last = log.at(-1);
  const body: Omit<LogEntry, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at: input.at,
    who: input.who.trim(),
    what: input.what.trim(),
    why: input.why.trim(),
    kind: input.kind.trim(),
    ...(input.corrects === undefined ? {} : { corrects: input.corrects }),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return [...log, { ...body, hash: entryHash(body) }];
}

export type Verification =
  | { ok: true; entries: number; latestHash: string }
  | { ok: false; entry: number; problem: string };

/** Recomputes the chain: the first entry whose number, link or hash does not match, or the latest hash. */
export function verifyLog(log: readonly LogEntry[]): Verification {
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of log.entries()) {
    const position = index + 1;
    if (entry.seq !== position) return { ok: false, entry: position, problem: `Entry ${position} is numbered ${entry.seq}: an entry was removed, added or moved.` };
    if (entry.prevHash !== prevHash) return { ok: false, entry: position, problem: `Entry ${position} does not follow the entry before it: an entry was removed or changed.` };
    if (entryHash(entry) !== entry.hash) return { ok: false, entry: position, problem: `Entry ${position} was changed after it was written: its hash does not match.` };
    prevHash = entry.hash;
  }
  return { ok: true, entries: log.length, latestHash: prevHash };
}

/** The latest hash, to read out or write down elsewhere; the genesis hash for an empty log. */
export function latestHash(log: readonly LogEntry[]): string {
  return log.at(-1)?.hash ?? GENESIS_HASH;
}

/** The entries that correct an entry, in order. */
export function correctionsOf(log: readonly LogEntry[], seq: number): LogEntry[] {
  return log.filter((entry) => entry.corrects === seq);
}
