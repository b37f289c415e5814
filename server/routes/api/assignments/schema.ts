import { z } from 'zod';
import { assignmentStatuses } from '../../../models/Assignment.js';
import { centreCode, isoDate, optionalText, paginationQuery, text, year } from '../common.js';

export const listAssignmentsQuery = paginationQuery.extend({
  centre: centreCode.optional(),
  year: year.optional(),
  letterId: z.coerce.number().int().positive().optional(),
  status: z.enum(assignmentStatuses).optional(),
});

const content = {
  rank: z.number().int().min(1).max(100).openapi({ description: 'Priority rank; ties allowed' }),
  title: text(500),
  description: optionalText(20_000),
  deadlineDate: isoDate.nullable().optional(),
  deadlineToBeAgreed: z.boolean().optional().openapi({ description: 'Deadline «avtales særskilt»' }),
  status: z.enum(assignmentStatuses).optional(),
  startYear: year
    .nullable()
    .optional()
    .openapi({ description: 'First year of a long-term assignment; with endYear, or both null for one year' }),
  endYear: year
    .nullable()
    .optional()
    .openapi({ description: 'Last year of a long-term assignment (at most 10 years after startYear)' }),
};

const deadlineIsOneOrTheOther = (
  body: { deadlineDate?: string | null; deadlineToBeAgreed?: boolean },
  ctx: z.RefinementCtx,
) => {
  if (body.deadlineDate && body.deadlineToBeAgreed)
    ctx.addIssue({ code: 'custom', path: ['deadlineToBeAgreed'], message: 'cannot be true when deadlineDate is set' });
};

export const createAssignmentBody = z
  .object({ letterId: z.number().int().positive(), ...content })
  .superRefine(deadlineIsOneOrTheOther);

export const updateAssignmentBody = z.object(content).partial().superRefine(deadlineIsOneOrTheOther);
