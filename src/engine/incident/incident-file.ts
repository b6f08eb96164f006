/**
 * The whole incident as one file, for handover to counsel or a successor: the answers (with the notice states,
 * the clock dates and their evidence) and the decision log. Reading it checks the answers with the schema and the
 * log's hash chain (read-incident-file.ts), and says plainly what is wrong.
 */
import { latestHash, type LogEntry } from '../log/decision-log.ts';

export const INCIDENT_FILE_FORMAT = 'breachline-incident';

export interface IncidentFile {
  format: typeof INCIDENT_FILE_FORMAT;
  version: 1;
  exportedAt: string;
  answers: unknown;
  log: LogEntry[];
  latestHash: string;
}

export function incidentToJson(answers: unknown, log: readonly LogEntry[], exportedAt: string): string {
  const file: IncidentFile = { format: INCIDENT_FILE_FORMAT, version: 1, exportedAt, answers, log: [...log], latestHash: latestHash(log) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

