import { z } from 'zod';
import { achievements, reportStatuses } from '../models/AnnualReport.js';
import { activityChannels, reportAssignmentStatuses } from '../reports/reportContent.js';
import { centreRefSchema } from './centre.js';

const counts = <T extends readonly string[]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<T[number], z.ZodNumber>);
const byStatus = counts([...reportAssignmentStatuses, 'none'] as const).openapi({
  description: 'Special assignments by the status the centre reported (none: no status given)',
});
const byAchievement = counts([...achievements, 'unassessed'] as const).openapi({
  description: 'Special assignments by the directorate’s current assessment',
});

export const resultsPortfolioSchema = z
  .object({
    fromYear: z.number().int(),
    toYear: z.number().int(),
    centres: z.array(
      z.object({
        centre: centreRefSchema,
        year: z.number().int().openapi({ description: 'The year reported on' }),
        reportStatus: z.enum(reportStatuses),
        version: z.number().int(),
        assignments: z.number().int(),
        byStatus,
        byAchievement,
        overall: z.enum(achievements).nullable(),
      }),
    ),
    joint: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        year: z.number().int(),
        centres: z.array(z.string()),
        byStatus,
        byAchievement,
      }),
    ),
    activities: z.array(
      z.object({
        year: z.number().int(),
        channel: z.enum(activityChannels),
        count: z.number().int(),
        participants: z.number().int(),
      }),
    ),
  })
  .openapi('ResultsPortfolio');
