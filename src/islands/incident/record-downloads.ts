/**
 * The files of an incident's record, live or closed: its decision log (JSON and printable) and the whole incident
 * for handover. The exporters load when a file is first asked for.
 */
import { downloadName } from '../../engine/export/file-name.ts';
import { incidentKindLabel } from '../../engine/incident/log-kinds.ts';
import type { LogEntry } from '../../engine/log/decision-log.ts';
import type { Draft } from '../questionnaire/draft.ts';
import { downloadFile } from '../shared/files.ts';
import { localInstant } from './local-instant.ts';

export interface RecordDownloads {
  log: () => Promise<void>;
  record: () => Promise<void>;
  incident: () => Promise<void>;
}

export function recordDownloads(draft: Draft | null, log: readonly LogEntry[], today: string): RecordDownloads {
  const organization = draft?.organization.name ?? '';
  const subject = draft?.incident?.codename ?? draft?.incident?.id ?? 'incident';
  const fileName = (what: string, extension: string) => downloadName({ organization, what, date: today, extension });
  return {
    log: async () => {
      const files = await import('./files.ts');
      downloadFile(fileName('decision-log', 'json'), files.logToJson(log, subject, new Date().toISOString()), 'application/json');
    },
    record: async () => {
      const files = await import('./files.ts');
      const html = files.logRecordHtml(log, { subject, organization, printedAt: localInstant(), kindLabel: incidentKindLabel });
      downloadFile(fileName('decision-log', 'html'), html, 'text/html;charset=utf-8');
    },
    incident: async () => {
      if (!draft) return;
      const files = await import('./files.ts');
      downloadFile(fileName('incident', 'json'), files.incidentToJson(draft, log, new Date().toISOString()), 'application/json');
    },
  };
}
