import { z } from 'zod';
import { meetingStatuses } from '../../../models/SteeringMeeting.js';
import { centreCode, isoDate, optionalText, paginationQuery, year } from '../common.js';

export const listSteeringMeetingsQuery = paginationQuery.extend({
  centre: centreCode.optional(),
  year: year.optional(),
  status: z.enum(meetingStatuses).optional(),
});

const content = {
  sequence: z.number().int().min(1).max(12),
  meetingDate: isoDate.nullable().optional(),
  plannedMonth: z.number().int().min(1).max(12).nullable().optional(),
  status: z.enum(meetingStatuses).optional(),
  location: optionalText(255),
  letterId: z.number().int().positive().nullable().optional(),
};

export const createSteeringMeetingBody = z.object({ centre: centreCode, year, ...content }).superRefine((body, ctx) => {
  if (!body.meetingDate && !body.plannedMonth)
    ctx.addIssue({ code: 'custom', path: ['plannedMonth'], message: 'is required when there is no meetingDate' });
  if (body.meetingDate && !body.meetingDate.startsWith(`${body.year}-`))
    ctx.addIssue({ code: 'custom', path: ['meetingDate'], message: `must fall in ${body.year}` });
});

export const updateSteeringMeetingBody = z.object(content).partial();
