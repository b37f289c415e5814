// What a structured report holds: a summary; per special assignment its status, what was done,
// results, deviations and why, next steps; a short narrative per priority area; and the year's
// activity figures in the municipal survey's channels with numbers of participants.
import { z } from 'zod';

import { activityChannels, reportAssignmentStatuses } from '../../common/reportVocabulary.js';

export { activityChannels, reportAssignmentStatuses };

const prose = z.string().max(20_000).default('');
const count = z.number().int().min(0).max(10_000_000);

export const reportAssignmentSchema = z.object({
  assignmentId: z.number().int().positive(),
  status: z.enum(reportAssignmentStatuses).nullable().default(null),
  done: prose.openapi({ description: 'What was done' }),
  results: prose,
  deviations: prose.openapi({ description: 'Deviations from the plan, and why' }),
  nextSteps: prose,
});

export const reportContentSchema = z
  .object({
    summary: prose,
    assignments: z.array(reportAssignmentSchema).max(200).default([]),
    priorityAreas: z
      .array(z.object({ priorityAreaId: z.number().int().positive(), narrative: prose }))
      .max(100)
      .default([]),
    activities: z
      .array(
        z.object({
          channel: z.enum(activityChannels),
          count: count.openapi({ description: 'Activities in the year, e.g. courses held' }),
          participants: count.nullable().default(null),
        }),
      )
      .max(activityChannels.length)
      .default([]),
  })
  .openapi('ReportContent');

export type ReportContent = z.output<typeof reportContentSchema>;

export const emptyReportContent = (): ReportContent => ({
  summary: '',
  assignments: [],
  priorityAreas: [],
  activities: [],
});
