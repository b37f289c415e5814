// What a new letter for a centre and year can start from (GET /api/letters/draft-basis): the
// previous letter's reusable parts and the assignments still open, offered as carry-overs (a
// long-term one running into the new year is carried over by itself and says so).
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { draftBasisQuery } from './schema.js';
import { centreByCode } from '../common.js';
import { authorize } from '../../../policies/index.js';
import { findDraftBasis } from '../../../letters/draftBasis.js';
import { assignmentStatuses } from '../../../models/Assignment.js';
import { say } from '../../../i18n/language.js';
import { carriesOnInto } from '../../../letters/assignmentCarryOver.js';

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
        startYear: z.number().int().nullable(),
        endYear: z.number().int().nullable(),
        carriedAutomatically: z.boolean().openapi({
          description: 'A long-term assignment running into the new year: carried over without being chosen',
        }),
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
        openAssignments: openAssignments.map((assignment) => ({
          id: assignment.id,
          letterId: assignment.letterId,
          rank: assignment.rank,
          title: assignment.title,
          status: assignment.status,
          deadlineDate: assignment.deadlineDate,
          startYear: assignment.startYear,
          endYear: assignment.endYear,
          carriedAutomatically: carriesOnInto(assignment, query.year),
        })),
      };
    },
  });
}
