import { z } from 'zod';
import { deadlineKinds, deadlineStatuses } from '../../../models/Deadline.js';
import { centreCode, isoDate, paginationQuery, text, year } from '../common.js';

export const listDeadlinesQuery = paginationQuery.extend({
  centre: centreCode.optional(),
  year: year.optional(),
  kind: z.enum(deadlineKinds).optional(),
  status: z.enum(deadlineStatuses).optional(),
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi({ description: 'true: only deadlines the centre still owes (upcoming, due soon, overdue, returned)' }),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
});

const positiveId = z.number().int().positive().nullable().optional();

export const createDeadlineBody = z.object({
  centre: centreCode,
  year,
  kind: z.enum(deadlineKinds),
  title: text(500),
  dueDate: isoDate,
  periodYear: year.nullable().optional(),
  status: z.enum(deadlineStatuses).optional(),
  letterId: positiveId,
  assignmentId: positiveId,
  steeringMeetingId: positiveId,
});

export const updateDeadlineBody = createDeadlineBody.omit({ centre: true }).partial();
