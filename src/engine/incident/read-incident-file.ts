/** Reads an incident file: the answers checked with the schema, the decision log's chain verified. */
import { parseAnswers } from '../index.ts';
import type { Answers } from '../answers/schema.ts';
import { verifyLog, type LogEntry } from '../log/decision-log.ts';
import { parseLogEntries } from '../log/log-file.ts';
import { INCIDENT_FILE_FORMAT, type IncidentFile } from './incident-file.ts';

export type IncidentRead = { ok: true; answers: Answers; log: LogEntry[] } | { ok: false; problems: string[] };

export function readIncidentJson(text: string): IncidentRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['This file is not an incident file from Breachline: it is not valid JSON.'] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== INCIDENT_FILE_FORMAT) {
    return { ok: false, problems: ['This file is not an incident file from Breachline. To load answers alone, use the plan builder.'] };
  }
  const file = data as Partial<IncidentFile>;
  const problems: string[] = [];
  const answers = parseAnswers(file.answers);
  if (!answers.ok) problems.push(...answers.problems.map((problem) => `Answers${problem.path ? ` (${problem.path})` : ''}: ${problem.message}`));
  const log = parseLogEntries(file.log ?? []);
  if (!log.ok) problems.push(`Decision log: ${log.problem}`);
  else {
    const verified = verifyLog(log.entries);
    if (!verified.ok) problems.push(`Decision log: ${verified.problem}`);
  }
  if (!answers.ok || !log.ok || problems.length > 0) return { ok: false, problems };
  return { ok: true, answers: answers.answers, log: log.entries };
}
