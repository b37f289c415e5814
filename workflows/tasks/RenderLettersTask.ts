// "Render all letters of year Y" as one job: issued letters get their stored PDF if they lack it;
// every other letter is rendered as a draft PDF so problems show before issuing. Progress
// (done/total) is reported after each letter. At shutdown the job goes back to waiting between two
// letters; its next run (or a rerun after a crash) goes on from the checkpoint in its progress.
import type { Job } from 'bullmq';
import { z } from 'zod';
import { Op } from 'sequelize';
import { BaseTask, defaultTaskOptions } from './BaseTask.js';
import type { TaskRun } from './BaseTask.js';
import { GrantLetter } from '../../server/models/index.js';
import { ensureLetterDocument } from '../../server/letters/letterDocument.js';
import { findLetter } from '../../server/letters/loadLetter.js';
import { buildLetterView } from '../../server/letters/letterView.js';
import { renderLetterPdf } from '../../server/letters/renderLetter.js';
import { checkpointOf, handBackOnShutdown, reportCheckpoint } from './progress.js';

const schema = z.object({ year: z.number().int(), actorId: z.number().int().positive() });

interface RenderResults {
  rendered: { letterId: number; bytes: number; stored: boolean }[];
  failed: { letterId: number; error: string }[];
}

export class RenderLettersTask extends BaseTask<typeof schema> {
  readonly name = 'render-letters';
  readonly schema = schema;
  readonly queue = 'bulk' as const;
  // Long and idempotent: one retry after a crash; a rerun skips what is done.
  override readonly options = { ...defaultTaskOptions, attempts: 2 };

  async perform({ year }: z.output<typeof schema>, job?: Job, run?: TaskRun) {
    // A run handed back at shutdown (or taken over after a crash) goes on after its last letter.
    const resumed = checkpointOf<RenderResults>(job);
    const results: RenderResults = resumed?.results ?? { rendered: [], failed: [] };
    const doneBefore = resumed?.done ?? 0;
    const letters = await GrantLetter.findAll({
      where: { year, id: { [Op.gt]: resumed?.lastId ?? 0 } },
      attributes: ['id', 'status'],
      order: [['id', 'ASC']],
    });
    const total = doneBefore + letters.length;
    await reportCheckpoint(job, { done: doneBefore, total, lastId: resumed?.lastId ?? 0, results });
    for (const [index, { id, status }] of letters.entries()) {
      await handBackOnShutdown(job, run);
      try {
        if (status === 'issued') {
          const document = await ensureLetterDocument(id);
          results.rendered.push({ letterId: id, bytes: document.byteSize, stored: true });
        } else {
          const pdf = await renderLetterPdf(await buildLetterView((await findLetter(id))!));
          results.rendered.push({ letterId: id, bytes: pdf.length, stored: false });
        }
      } catch (error) {
        results.failed.push({ letterId: id, error: error instanceof Error ? error.message : String(error) });
      }
      await reportCheckpoint(job, { done: doneBefore + index + 1, total, lastId: id, results });
    }
    return { year, total, ...results };
  }
}
