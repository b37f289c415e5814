import { z } from 'zod';
import type { Job } from 'bullmq';

export const jobSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    state: z.enum([
      'waiting',
      'active',
      'completed',
      'failed',
      'delayed',
      'prioritized',
      'waiting-children',
      'unknown',
    ]),
    progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
    result: z.unknown().openapi({ description: 'What the job reports when completed' }),
    failedReason: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('Job');

export function presentJob(job: Job, state: string): z.infer<typeof jobSchema> {
  const progress = job.progress as { done?: unknown; total?: unknown } | number;
  return {
    id: job.id!,
    name: job.name,
    state: jobSchema.shape.state.safeParse(state).data ?? 'unknown',
    progress:
      typeof progress === 'object' && typeof progress.done === 'number' && typeof progress.total === 'number'
        ? { done: progress.done, total: progress.total }
        : null,
    result: job.returnvalue ?? null,
    failedReason: job.failedReason || null,
    createdAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}
