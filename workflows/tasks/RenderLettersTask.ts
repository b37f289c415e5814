// "Render all letters of year Y" as one job: issued letters get their stored PDF if they lack it;
// every other letter is rendered as a draft PDF so problems show before issuing. Progress
// (done/total) is reported after each letter.
import type { Job } from 'bullmq';
import { z } from 'zod';
import { BaseTask, defaultTaskOptions } from './BaseTask.js';
import { GrantLetter } from '../../server/models/index.js';
import { ensureLetterDocument } from '../../server/letters/letterDocument.js';
import { findLetter } from '../../server/letters/loadLetter.js';
import { buildLetterView } from '../../server/letters/letterView.js';
import { renderLetterPdf } from '../../server/letters/renderLetter.js';
import { reportProgress } from './progress.js';

const schema = z.object({ year: z.number().int(), actorId: z.number().int().positive() });

export class RenderLettersTask extends BaseTask<typeof schema> {
  readonly name = 'render-letters';
  readonly schema = schema;
  // Long and idempotent: one retry after a crash; a rerun skips what is done.
  override readonly options = { ...defaultTaskOptions, attempts: 2 };

  async perform({ year }: z.output<typeof schema>, job?: Job) {
    const letters = await GrantLetter.findAll({
      where: { year },
      attributes: ['id', 'status'],
      order: [['id', 'ASC']],
    });
    const rendered: { letterId: number; bytes: number; stored: boolean }[] = [];
    const failed: { letterId: number; error: string }[] = [];
    await reportProgress(job, 0, letters.length);
    for (const [index, { id, status }] of letters.entries()) {
      try {
        if (status === 'issued') {
          const document = await ensureLetterDocument(id);
          rendered.push({ letterId: id, bytes: document.byteSize, stored: true });
        } else {
          const pdf = await renderLetterPdf(await buildLetterView((await findLetter(id))!));
          rendered.push({ letterId: id, bytes: pdf.length, stored: false });
        }
      } catch (error) {
        failed.push({ letterId: id, error: error instanceof Error ? error.message : String(error) });
      }
      await reportProgress(job, index + 1, letters.length);
    }
    return { year, total: letters.length, rendered, failed };
  }
}
