import { z } from 'zod';
import { centreCode, isoDate, optionalText, paginationQuery, text, year } from '../common.js';

export const listJointAssignmentsQuery = paginationQuery.extend({ year: year.optional() });

export const createJointAssignmentBody = z.object({
  year,
  title: text(500),
  description: optionalText(20_000),
  rank: z.number().int().min(1).max(100).openapi({ description: 'Priority rank in each letter; ties allowed' }),
  deadlineDate: isoDate.nullable().optional().openapi({ description: 'Omit for «etter avtale»' }),
  startYear: year.nullable().optional().openapi({ description: 'First year of a long-term joint assignment' }),
  endYear: year.nullable().optional().openapi({ description: 'Last year; each centre carries it on until then' }),
  centres: z
    .array(centreCode)
    .min(2, 'give at least two centres; a single centre gets an ordinary assignment')
    .max(100)
    .refine((codes) => new Set(codes).size === codes.length, 'lists a centre twice'),
});
