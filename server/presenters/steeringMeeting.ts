import { z } from 'zod';
import { meetingStatuses } from '../models/SteeringMeeting.js';
import type { SteeringMeeting } from '../models/index.js';
import { centreRef } from './centre.js';
import { centreRefSchema } from '../routes/api/common.js';

export const steeringMeetingSchema = z
  .object({
    id: z.number().int(),
    centre: centreRefSchema,
    year: z.number().int(),
    sequence: z.number().int(),
    meetingDate: z.string().nullable(),
    plannedMonth: z.number().int().nullable(),
    status: z.enum(meetingStatuses),
    location: z.string().nullable(),
    letterId: z.number().int().nullable(),
  })
  .openapi('SteeringMeeting');

/** Expects centre loaded. */
export function presentSteeringMeeting(meeting: SteeringMeeting): z.infer<typeof steeringMeetingSchema> {
  return {
    id: meeting.id,
    centre: centreRef(meeting.centre),
    year: meeting.year,
    sequence: meeting.sequence,
    meetingDate: meeting.meetingDate,
    plannedMonth: meeting.plannedMonth,
    status: meeting.status,
    location: meeting.location,
    letterId: meeting.letterId,
  };
}
