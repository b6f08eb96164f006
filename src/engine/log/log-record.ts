/** The decision log as a printable record (a document model): every entry with its hash, and how to check them. */
import type { Block, DocumentModel, Inline } from '../document/model.ts';
import { userText } from '../document/user-text.ts';
import { parseInstant } from '../dates/instants.ts';
import { instantDue } from '../timeline/clocks.ts';
import { dueWords } from '../timeline/due-words.ts';
import { latestHash, verifyLog, type LogEntry } from './decision-log.ts';

export interface LogRecordOptions {
  /** What the log is of, the user's words: the incident's codename or the exercise. */
  subject: string;
  organization: string;
  /** The moment of printing, an ISO instant. */
  printedAt: string;
  /** The reader's words for an entry's kind. */
  kindLabel: (kind: string) => string;
}

/** A moment in the offset it was recorded in: "March 5, 2026, 15:30 (UTC-05:00)". */
export function momentWords(at: string): string {
  const instant = parseInstant(at);
  return instant ? dueWords(instantDue(instant)) : at;
}

export const CHAIN_EXPLANATION =
  'Each entry’s hash is the SHA-256 of the previous entry’s hash and the entry itself. Anyone can recompute a chain, so the chain alone proves nothing: what makes a later change evident is the latest hash recorded somewhere else (read out on the daily call, written in counsel’s file). Entries are never edited: a correction is a new entry that names the one it corrects.';

function row(entry: LogEntry, options: LogRecordOptions): Inline[][] {
  return [
    [String(entry.seq)],
    [momentWords(entry.at)],
    [userText(entry.who)],
    [options.kindLabel(entry.kind)],
    [userText(entry.what)],
    [entry.why ? userText(entry.why) : 'Not recorded'],
    [entry.corrects === undefined ? '' : `Corrects entry ${entry.corrects}`],
    [entry.hash],
  ];
}

export function logRecord(entries: readonly LogEntry[], options: LogRecordOptions): DocumentModel {
  const verified = verifyLog(entries);
  const check: Block = verified.ok
    ? { kind: 'note', tone: 'info', content: [`The chain of ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} checks out. Latest hash: `, { text: latestHash(entries), strong: true }] }
    : { kind: 'note', tone: 'warning', content: [`The chain does not check out: ${verified.problem}`] };
  return {
    title: `Decision log: ${userText(options.subject)}`,
    cover: [userText(options.organization), `Printed ${momentWords(options.printedAt)}`],
    sections: [
      {
        id: 'log-chain',
        title: 'How to check this record',
        blocks: [{ kind: 'paragraph', content: [CHAIN_EXPLANATION] }, check],
      },
      {
        id: 'log-entries',
        title: 'Entries',
        blocks:
          entries.length === 0
            ? [{ kind: 'paragraph', content: ['No entries yet.'] }]
            : [
                {
                  kind: 'table',
                  caption: 'Decisions and events, oldest first',
                  header: ['No.', 'When', 'Who', 'Kind', 'What', 'Why', 'Correction', 'SHA-256 hash'],
                  rows: entries.map((entry) => row(entry, options)),
                },
              ],
      },
    ],
    omitted: [],
  };
}
