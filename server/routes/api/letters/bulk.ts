// Work on every letter of a year at once, as one job each: render all, or issue all approved.
// The answer (202) names the job; follow it at /api/jobs/:id or its /events stream. Without Redis
// there is no job: 503 with Retry-After.
import type { Router } from 'express';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { year } from '../common.js';
import { authorize, system } from '../../../policies/index.js';
import { enqueue, readyQueue } from '../../../../workflows/queues.js';
import { jobSchema, presentJob } from '../../../presenters/job.js';
import { issueApprovedLetters, renderLetters } from '../jobs/bulkJobs.js';
import { recordBulkLetterJob } from '../../../commands/recordBulkLetterJob.js';
import { say } from '../../../i18n/language.js';

const bulkBody = z.object({ year });

export function registerLetterBulkRoutes(router: Router) {
  for (const [path, task, summary] of [
    [
      'render',
      renderLetters,
      'Render every letter of a year to PDF (issued ones are stored) as one job (case officer)',
    ],
    ['issue', issueApprovedLetters, 'Issue every approved letter of a year as one job (case officer)'],
  ] as const) {
    defineRoute(router, {
      method: 'post',
      path: `/api/letters/bulk/${path}`,
      tag: 'letters',
      summary,
      body: bulkBody,
      status: 202,
      response: jobSchema,
      handler: async ({ req, actor, body }) => {
        authorize(
          actor,
          'runBulkLetterJobs',
          system,
          'letters',
          say('Bare en saksbehandler lager eller utsteder brev.', 'Only a case officer renders or issues letters.'),
        );
        // The job is the whole request: with Redis down it is a 503 (try again), checked before the
        // audit records a job that would never exist, and at once rather than after a wait.
        await readyQueue(task.queue);
        const jobId = `${task.name}-${body.year}-${randomUUID()}`;
        await recordBulkLetterJob(req, path, { ...body, jobId });
        const job = await enqueue(task, { year: body.year, actorId: actor.id }, jobId);
        return presentJob(job, 'waiting');
      },
    });
  }
}
