/**
 * Runs an island's engine jobs in a module worker where the browser starts one, else on the page: callers get the
 * same promise either way. A worker whose code fails to load hands its waiting jobs, and every later one, to the page.
 */
import { engineWorkerUrl } from '../../security/trusted-types.ts';

/** What a worker posts back for a job. */
export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; problem: string };

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** Starts the bundled worker at `file` (its URL); throws where the browser cannot. */
export type StartWorker = (file: string) => Worker;

// The Trusted Types policy checks the URL before the worker starts.
const moduleWorker: StartWorker = (file) => new Worker(engineWorkerUrl(file), { type: 'module' });

/**
 * A runner for jobs of one kind: `workerFile` is the bundled worker's URL, `runHere` the same work on the page.
 * `start` is for tests, which hand in a worker that fails.
 */
export function jobRunner<Job>(workerFile: string, runHere: (job: Job) => Promise<unknown>, start: StartWorker = moduleWorker): (job: Job) => Promise<unknown> {
  let worker: Worker | null | undefined;
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const startWorker = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = start(workerFile);
    } catch {
      worker = null;
      return worker;
    }
    worker.onmessage = (event: MessageEvent<JobReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.value);
      else waiting?.reject(new Error(reply.problem));
    };
    worker.onerror = () => {
      worker = null;
      const waiting = [...pending.values()];
      pending.clear();
      for (const job of waiting) job.reject(new Error('The engine worker stopped.'));
    };
    return worker;
  };

  return (job) => {
    const running = startWorker();
    if (!running) return runHere(job);
    const id = nextId++;
    return new Promise<unknown>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      running.postMessage({ id, job });
    }).catch(() => runHere(job));
  };
}
