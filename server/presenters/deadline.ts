import { z } from 'zod';
import { deadlineKinds, deadlineStatuses } from '../models/Deadline.js';
import type { Deadline } from '../models/index.js';
import { centreRef, centreRefSchema } from './centre.js';

export const deadlineSchema = z
  .object({
    id: z.number().int(),
    centre: centreRefSchema,
    year: z.number().int(),
    kind: z.enum(deadlineKinds),
    title: z.string(),
    dueDate: z.string(),
    periodYear: z.number().int().nullable(),
    status: z.enum(deadlineStatuses),
    letterId: z.number().int().nullable(),
    assignmentId: z.number().int().nullable(),
    steeringMeetingId: z.number().int().nullable(),
  })
  .openapi('Deadline');

/** What the reader of one deadline may do with it (the deadline policy's answers). */
export const deadlineAbilities = ['update', 'delete', 'handIn', 'review', 'moveDueDate'] as const;
export const deadlineDetailSchema = deadlineSchema
  .extend({ abilities: z.object(Object.fromEntries(deadlineAbilities.map((action) => [action, z.boolean()]))) })
  .openapi('DeadlineDetail');

/** Expects centre loaded. */
export function presentDeadline(deadline: Deadline): z.infer<typeof deadlineSchema> {
  return {
    id: deadline.id,
    centre: centreRef(deadline.centre),
    year: deadline.year,
    kind: deadline.kind,
    title: deadline.title,
    dueDate: deadline.dueDate,
    periodYear: deadline.periodYear,
    status: deadline.status,
    letterId: deadline.letterId,
    assignmentId: deadline.assignmentId,
    steeringMeetingId: deadline.steeringMeetingId,
  };
}
