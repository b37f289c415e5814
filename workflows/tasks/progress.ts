// Progress of a long job as {done, total}, read back by GET /api/jobs/:id and its event stream.
import type { Job } from 'bullmq';

export interface JobProgress {
  done: number;
  total: number;
}

export async function reportProgress(job: Job | undefined, done: number, total: number): Promise<void> {
  await job?.updateProgress({ done, total } satisfies JobProgress);
}
