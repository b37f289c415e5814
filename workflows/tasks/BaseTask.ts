// A job is a small class named after what it does: the queue it runs on, its job options, a zod schema for its
// payload (ids only, checked again in the worker since Redis holds whatever was put there) and perform().
import type { Job, JobsOptions } from 'bullmq';
import type { z } from 'zod';
import { env } from '../../server/env.js';
import type { QueueName } from '../queues.js';

export const defaultTaskOptions: JobsOptions = {
  attempts: 5,
  // 5 s, 10 s, 20 s, 40 s by default: an SMTP server that is down a minute loses nothing.
  backoff: { type: 'exponential', delay: env.JOB_BACKOFF_MS },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
};

/** What the worker passes along with the job: its lock token and the signal a shutdown aborts. */
export interface TaskRun {
  token?: string;
  signal?: AbortSignal;
}

export abstract class BaseTask<Schema extends z.ZodType> {
  /** Job name in the queue; unique across tasks. */
  abstract readonly name: string;
  abstract readonly schema: Schema;
  /** The queue its jobs go to (workflows/queues.ts): work of one kind never waits behind another kind. */
  abstract readonly queue: QueueName;
  readonly options: JobsOptions = defaultTaskOptions;

  /**
   * `job` is there for tasks that report progress (job.updateProgress); `run` for long tasks that
   * hand the job back when the worker shuts down (handBackOnShutdown in progress.ts).
   */
  abstract perform(props: z.output<Schema>, job?: Job, run?: TaskRun): Promise<unknown>;

  parse(data: unknown): z.output<Schema> {
    return this.schema.parse(data);
  }
}
