// Long jobs the directorate starts (render or issue every letter of a year): their state and
// progress, as JSON and as a server-sent event stream that ends when the job does.
import type { Router } from 'express';
import { Job } from 'bullmq';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { readyQueue } from '../../../../workflows/queues.js';
import { openEventStream } from '../../../eventStreams.js';
import { jobSchema, presentJob } from '../../../presenters/job.js';
import { NotFound } from '../../../errors.js';
import { authorize } from '../../../policies/index.js';
import type { User } from '../../../models/index.js';
import { bulkTaskOfJob } from './bulkJobs.js';

export const jobParams = z.object({
  id: z
    .string()
    .regex(/^[a-z-]+-\d{4}-[0-9a-f-]{36}$/, 'must be the id of a bulk job')
    .openapi({ example: 'issue-approved-letters-2027-0b6c7d1e-8f1a-4c55-9d7b-2f0f3c1a2b3c' }),
});

/**
 * A bulk job as the API shows it, read from its task's queue (none for an id that names no bulk
 * task). The state is read first, so a job seen finished is read with its result.
 */
async function findBulkJob(id: string) {
  const task = bulkTaskOfJob(id);
  if (!task) return null;
  const queue = await readyQueue(task.queue);
  const state = await queue.getJobState(id);
  const job = await Job.fromId(queue, id);
  return job?.name === task.name ? presentJob(job, state) : null;
}

/** A bulk job visible to the actor (the job policy): bulk jobs only; anything else is 404. */
async function visibleJob(actor: User, id: string) {
  const task = bulkTaskOfJob(id);
  const job = task ? await Job.fromId(await readyQueue(task.queue), id) : undefined;
  if (!job || job.name !== task?.name) throw NotFound('job');
  authorize(actor, 'read', job, 'job');
  const view = await findBulkJob(id);
  if (!view) throw NotFound('job');
  return view;
}

const finished = new Set(['completed', 'failed']);
// How often an open event stream looks at the job: progress changes at most once per letter.
const POLL_MS = 300;

export function registerJobRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/jobs/:id',
    tag: 'jobs',
    summary: 'State and progress (done/total) of a bulk job',
    params: jobParams,
    response: jobSchema,
    handler: ({ actor, params }) => visibleJob(actor, params.id),
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/jobs/:id/events',
    tag: 'jobs',
    summary: 'Server-sent events: a `progress` event whenever the job moves, then `done` when it has finished',
    params: jobParams,
    produces: 'text/event-stream',
    handler: async ({ res, actor, params }) => {
      await visibleJob(actor, params.id);
      // A shutdown ends the stream with a reconnect hint (server/eventStreams.ts); the client's
      // EventSource then opens it again and gets the job's state as it is by then.
      const stream = openEventStream(res);
      let last = '';
      while (!stream.closed) {
        const view = await findBulkJob(params.id);
        const serialised = JSON.stringify(view);
        if (serialised !== last) {
          last = serialised;
          const isDone = !view || finished.has(view.state);
          stream.send(isDone ? 'done' : 'progress', view);
          if (isDone) break;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      stream.end();
    },
  });
}
