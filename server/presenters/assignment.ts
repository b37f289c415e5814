import { z } from 'zod';
import { assignmentStatuses } from '../models/Assignment.js';
import type { Assignment } from '../models/index.js';

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
  })
  .openapi('Assignment');

/** Expects centre (and letter, for the year) loaded. */
export function presentAssignment(assignment: Assignment): z.infer<typeof assignmentSchema> {
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
  };
}
