// What a new letter for a centre and year can start from (GET /api/letters/draft-basis): the
// previous letter's reusable parts and the assignments still open, offered as carry-overs.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { draftBasisQuery } from './schema.js';
import { centreByCode } from '../common.js';
import { authorize } from '../../../policies/index.js';
import { findDraftBasis } from '../../../letters/draftBasis.js';
import { assignmentStatuses } from '../../../models/Assignment.js';
import { say } from '../../../i18n/language.js';

const draftBasisSchema = z
  .object({
    previousLetter: z
      .object({ id: z.number().int(), year: z.number().int(), title: z.string(), status: z.string() })
      .nullable(),
    recurringSections: z.array(z.object({ heading: z.string() })),
    priorityAreas: z.array(z.object({ title: z.string() })),
    openAssignments: z.array(
      z.object({
        id: z.number().int(),
        letterId: z.number().int(),
        rank: z.number().int(),
        title: z.string(),
        status: z.enum(assignmentStatuses),
        deadlineDate: z.string().nullable(),
      }),
    ),
  })
  .openapi('LetterDraftBasis');

export function registerLetterDraftingRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/letters/draft-basis',
    tag: 'letters',
    summary: "What a new letter can start from: the centre's previous letter and its open assignments (case officer)",
    query: draftBasisQuery,
    response: draftBasisSchema,
    handler: async ({ actor, query }) => {
      const centre = await centreByCode(query.centre, 'query.centre');
      authorize(
        actor,
        'createLetter',
        centre,
        'centre',
        say('Bare en saksbehandler skriver utkast til brev.', 'Only a case officer drafts letters.'),
      );
      const basis = await findDraftBasis(centre.id, query.year);
      if (!basis) return { previousLetter: null, recurringSections: [], priorityAreas: [], openAssignments: [] };
      const { previous, openAssignments } = basis;
      return {
        previousLetter: { id: previous.id, year: previous.year, title: previous.title, status: previous.status },
        recurringSections: previous.sections!.filter((s) => s.recurring).map(({ heading }) => ({ heading })),
        priorityAreas: previous.priorityAreas!.map(({ title }) => ({ title })),
        openAssignments: openAssignments.map(({ id, letterId, rank, title, status, deadlineDate }) => ({
          id,
          letterId,
          rank,
          title,
          status,
          deadlineDate,
        })),
      };
    },
  });
}
