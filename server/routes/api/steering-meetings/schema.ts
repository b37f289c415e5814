import { z } from 'zod';
import { meetingSides, meetingStatuses } from '../../../models/SteeringMeeting.js';
import { centreCode, isoDate, optionalText, paginationQuery, text, year } from '../common.js';

export const listSteeringMeetingsQuery = paginationQuery.extend({
  centre: centreCode.optional(),
  year: year.optional(),
  status: z.enum(meetingStatuses).optional(),
});

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (Oslo time), e.g. 10:00')
  .openapi({ example: '10:00' });
const link = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(500);

const content = {
  sequence: z.number().int().min(1).max(12),
  meetingDate: isoDate.nullable().optional(),
  plannedMonth: z.number().int().min(1).max(12).nullable().optional(),
  startTime: clockTime.nullable().optional(),
  durationMinutes: z.number().int().min(15).max(600).optional(),
  location: optionalText(255),
  videoLink: link.nullable().optional(),
  letterId: z.number().int().positive().nullable().optional(),
};

export const createSteeringMeetingBody = z
  .object({ centre: centreCode, year, ...content, status: z.enum(['planned', 'scheduled']).optional() })
  .superRefine((body, ctx) => {
    if (!body.meetingDate && !body.plannedMonth)
      ctx.addIssue({ code: 'custom', path: ['plannedMonth'], message: 'is required when there is no meetingDate' });
    if (body.meetingDate && !body.meetingDate.startsWith(`${body.year}-`))
      ctx.addIssue({ code: 'custom', path: ['meetingDate'], message: `must fall in ${body.year}` });
  });

// Cancelling has its own route (it sends the cancellation); held follows from locked minutes.
export const updateSteeringMeetingBody = z
  .object({ ...content, status: z.enum(['planned', 'scheduled']).optional() })
  .partial();

export const participantsBody = z.object({
  participants: z
    .array(
      z.union([
        z.object({ userId: z.number().int().positive() }).strict(),
        z.object({ name: text(200), email: z.email('must be an e-mail address').max(255), side: z.enum(meetingSides) }),
      ]),
    )
    .max(60),
});

export const agendaItemBody = z.object({ title: text(300), description: optionalText(5000) });
export const agendaItemChangesBody = agendaItemBody.partial();
export const agendaOrderBody = z.object({ itemIds: z.array(z.number().int().positive()).max(200) });

export const minutesBody = z.object({
  summary: optionalText(20000),
  decisions: z.array(text(2000)).max(100),
  actionItems: z
    .array(z.object({ title: text(500), ownerId: z.number().int().positive().nullable().optional(), dueDate: isoDate }))
    .max(100),
});

export const agendaFileParams = z.object({
  id: z.coerce.number().int().positive(),
  fileId: z.coerce.number().int().positive(),
});
