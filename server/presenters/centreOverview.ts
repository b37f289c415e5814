import { z } from 'zod';
import { letterStatuses } from '../models/GrantLetter.js';
import { deadlineKinds, deadlineStatuses } from '../models/Deadline.js';
import { meetingStatuses } from '../models/SteeringMeeting.js';
import type { CentreOverviewRow } from '../commands/buildCentreOverview.js';
import { centreRef, centreRefSchema } from './centre.js';

export const centreOverviewRowSchema = z
  .object({
    centre: centreRefSchema,
    letter: z
      .object({ id: z.number().int(), title: z.string(), status: z.enum(letterStatuses) })
      .nullable()
      .openapi({ description: "The centre's main letter of the year, if any" }),
    nextDeadline: z
      .object({
        id: z.number().int(),
        title: z.string(),
        dueDate: z.string(),
        kind: z.enum(deadlineKinds),
        status: z.enum(deadlineStatuses),
      })
      .nullable()
      .openapi({ description: 'The first open deadline of the year due today or later' }),
    nextMeeting: z
      .object({
        id: z.number().int(),
        year: z.number().int(),
        sequence: z.number().int(),
        meetingDate: z.string().nullable(),
        plannedMonth: z.number().int().nullable(),
        status: z.enum(meetingStatuses),
      })
      .nullable()
      .openapi({ description: 'The first planned or scheduled meeting from today on (this year or next)' }),
    abilities: z.object({ createLetter: z.boolean() }),
  })
  .openapi('CentreOverviewRow');

export function presentCentreOverviewRow(
  row: CentreOverviewRow,
  abilities: { createLetter: boolean },
): z.infer<typeof centreOverviewRowSchema> {
  const { letter, nextDeadline: deadline, nextMeeting: meeting } = row;
  return {
    centre: centreRef(row.centre),
    letter: letter ? { id: letter.id, title: letter.title, status: letter.status } : null,
    nextDeadline: deadline
      ? {
          id: deadline.id,
          title: deadline.title,
          dueDate: deadline.dueDate,
          kind: deadline.kind,
          status: deadline.status,
        }
      : null,
    nextMeeting: meeting
      ? {
          id: meeting.id,
          year: meeting.year,
          sequence: meeting.sequence,
          meetingDate: meeting.meetingDate,
          plannedMonth: meeting.plannedMonth,
          status: meeting.status,
        }
      : null,
    abilities,
  };
}
