/** The incident page's engine work off the main thread (jobs.ts): one job per message, the reply carries its id. */
import type { IncidentJob } from './jobs.ts';
import { importOutput, incidentOutput } from './incident-output.ts';

self.onmessage = (event: MessageEvent<{ id: number; job: IncidentJob }>) => {
  const { id, job } = event.data;
  try {
    const value = job.kind === 'incident' ? incidentOutput(job.draft, job.today) : importOutput(job.text);
    self.postMessage({ id, ok: true, value });
  } catch (error) {
    self.postMessage({ id, ok: false, problem: error instanceof Error ? error.message : String(error) });
  }
};
