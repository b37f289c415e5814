import { z } from 'zod';
import { assignmentStatuses } from '../models/Assignment.js';
import type { Assignment } from '../models/index.js';
import { achievements } from '../models/AnnualReport.js';
import type { Achievement } from '../models/AnnualReport.js';
import { reportAssignmentStatuses } from '../reports/reportContent.js';

type ReportedStatus = (typeof reportAssignmentStatuses)[number];

export const assignmentSchema = z
  .object({
    id: z.number().int(),
    letterId: z.number().int(),
    centre: z.string(),
    year: z.number().int().nullable(),
    jointAssignmentId: z.number().int().nullable(),
    rank: z.number().int(),
    title: z.string(),
    description: z.string().nullable(),
    deadlineDate: z.string().nullable(),
    deadlineToBeAgreed: z.boolean(),
    status: z.enum(assignmentStatuses),
    startYear: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'First year of a long-term assignment; null (with endYear) for one year' }),
    endYear: z.number().int().nullable().openapi({ description: 'Last year of a long-term assignment' }),
    carriedFrom: z
      .object({ year: z.number().int(), letterId: z.number().int(), assignmentId: z.number().int() })
      .nullable()
      .openapi({ description: "The same assignment in an earlier year's letter, when carried over from it" }),
  })
  .openapi('Assignment');

export const assignmentDetailSchema = assignmentSchema
  .extend({
    history: z
      .array(
        z.object({
          year: z.number().int(),
          letterId: z.number().int(),
          assignmentId: z.number().int(),
          status: z.enum(assignmentStatuses),
          reportedStatus: z
            .enum(reportAssignmentStatuses)
            .nullable()
            .openapi({ description: 'The status the centre gave in that year’s report' }),
          achievement: z
            .enum(achievements)
            .nullable()
            .openapi({ description: 'The current assessment, once that year’s report is accepted' }),
        }),
      )
      .openapi({ description: 'Every year of the same assignment, oldest first (one entry for a one-year one)' }),
  })
  .openapi('AssignmentDetail');

/** Expects centre, letter (for the year) and carriedFrom with its letter (carriedFromInclude) loaded. */
export function presentAssignment(assignment: Assignment): z.infer<typeof assignmentSchema> {
  const previous = assignment.carriedFrom;
  return {
    id: assignment.id,
    letterId: assignment.letterId,
    centre: assignment.centre?.code ?? '',
    year: assignment.letter?.year ?? null,
    jointAssignmentId: assignment.jointAssignmentId,
    rank: assignment.rank,
    title: assignment.title,
    description: assignment.description,
    deadlineDate: assignment.deadlineDate,
    deadlineToBeAgreed: assignment.deadlineToBeAgreed,
    status: assignment.status,
    startYear: assignment.startYear ?? null,
    endYear: assignment.endYear ?? null,
    carriedFrom: previous?.letter
      ? { year: previous.letter.year, letterId: previous.letterId, assignmentId: previous.id }
      : null,
  };
}

/** Expects what presentAssignment does, and the history (assignmentHistory). */
export function presentAssignmentDetail(assignment: Assignment): z.infer<typeof assignmentDetailSchema> {
  return {
    ...presentAssignment(assignment),
    // The history was read before a change in this request; this row's status is the one now.
    history: (assignment.history ?? []).map((year) => ({
      ...year,
      ...(year.assignmentId === assignment.id ? { status: assignment.status } : {}),
      reportedStatus: (year.reportedStatus ?? null) as ReportedStatus | null,
      achievement: (year.achievement ?? null) as Achievement | null,
    })),
  };
}
