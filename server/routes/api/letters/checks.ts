// GET /api/letters/:id/checks: what the web client warns of before a letter is submitted, approved
// or issued. Warnings only: the steps themselves go ahead when asked.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { idParams } from '../common.js';
import { authorize } from '../../../policies/index.js';
import { findLetter } from '../../../letters/loadLetter.js';
import { checkLetter } from '../../../letters/letterChecks.js';

const letterChecksSchema = z
  .object({
    yearMismatches: z.array(
      z.object({
        part: z.enum(['title', 'section', 'priorityArea', 'assignment']),
        name: z.string(),
        kind: z.enum(['plan', 'report', 'grant']),
        year: z.number().int(),
        expected: z.array(z.number().int()),
        excerpt: z.string(),
      }),
    ),
    missingBudgetFrame: z.boolean(),
  })
  .openapi('LetterChecks');

export function registerLetterCheckRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/letters/:id/checks',
    tag: 'letters',
    summary:
      "Warnings before a step: plan/report/grant years in the text that do not fit the letter's year, and no budget frame for its year",
    params: idParams,
    response: letterChecksSchema,
    handler: async ({ actor, params }) => {
      const letter = await findLetter(params.id);
      authorize(actor, 'read', letter, 'letter');
      return checkLetter(letter);
    },
  });
}
