/** The incident's files, loaded when one is first asked for: calendar, decision log, printable record, handover file. */
import { renderHtml } from '../../engine/export/html.ts';
import { logRecord, type LogRecordOptions } from '../../engine/log/log-record.ts';
import type { LogEntry } from '../../engine/log/decision-log.ts';

export { renderIcs } from '../../engine/export/ics.ts';
export { logToJson } from '../../engine/log/log-file.ts';
export { incidentToJson } from '../../engine/incident/incident-file.ts';

/** The decision log as a page of its own, to print or keep. */
export function logRecordHtml(entries: readonly LogEntry[], options: LogRecordOptions): string {
  return renderHtml(logRecord(entries, options), { standalone: true });
}
