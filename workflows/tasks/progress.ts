// Progress of a long job as {done, total}, read back by GET /api/jobs/:id and its event stream.
// The long bulk tasks also keep a checkpoint in it (the last letter done and the results so far),
// so a job handed back at shutdown — or taken over after a crash — goes on after that letter with
// its progress and results intact, instead of starting again.
import { WaitingError } from 'bullmq';
import type { Job } from 'bullmq';
import type { TaskRun } from './BaseTask.js';

interface JobProgress {
  done: number;
  total: number;
}

export interface Checkpoint<R> extends JobProgress {
  /** Letters are worked through by ascending id; everything up to this one is done. */
  lastId: number;
  results: R;
}

/** Progress ({done, total} for the API) with the checkpoint a later run of the same job resumes from. */
export async function reportCheckpoint<R extends object>(job: Job | undefined, checkpoint: Checkpoint<R>) {
  await job?.updateProgress(checkpoint);
}

/** The checkpoint an earlier run of this job left, if any. */
export function checkpointOf<R>(job: Job | undefined): Checkpoint<R> | undefined {
  const progress = job?.progress as Partial<Checkpoint<R>> | undefined;
  if (typeof progress !== 'object' || progress === null) return undefined;
  if (typeof progress.lastId !== 'number' || typeof progress.done !== 'number' || !progress.results) return undefined;
  return progress as Checkpoint<R>;
}

/**
 * Call between two units of work of a long task. When the worker is shutting down (it aborted the
 * job's signal), the job goes back to waiting — BullMQ's manual-retry pattern: moveToWait with the
 * lock token, then WaitingError so the worker neither completes nor fails it — and another worker
 * takes it at once from its checkpoint, instead of the shutdown waiting for the whole job or the
 * job sitting active until its lock expires.
 */
export async function handBackOnShutdown(job: Job | undefined, run: TaskRun | undefined): Promise<void> {
  if (!job || !run?.signal?.aborted) return;
  await job.moveToWait(run.token);
  throw new WaitingError();
}
