import { z } from 'zod';
import { amountOre, centreCode, optionalText, paginationQuery, year } from '../common.js';

export const listBudgetFramesQuery = paginationQuery.extend({
  centre: centreCode.optional(),
  year: year.optional(),
  chapter: z.coerce.number().int().positive().optional(),
  item: z.coerce.number().int().positive().optional(),
});

const budgetLineRef = z
  .object({ chapter: z.number().int().positive(), item: z.number().int().positive() })
  .openapi({ description: 'Chapter and item of a budget line of the same year', example: { chapter: 743, item: 70 } });

export const createBudgetFrameBody = z.object({
  centre: centreCode,
  year,
  budgetLine: budgetLineRef,
  amountOre,
  letterId: z.number().int().positive().nullable().optional(),
  note: optionalText(500),
});

export const updateBudgetFrameBody = z.object({ amountOre, note: optionalText(500) }).partial();

export const copyBudgetFramesBody = z.object({
  fromYear: year.openapi({ description: 'The year whose lines and frames are copied', example: 2026 }),
  toYear: year.openapi({ description: 'The year they are copied into', example: 2027 }),
  centre: centreCode.optional().openapi({ description: 'Copy only this centre’s frames' }),
  onlyMissing: z
    .boolean()
    .default(false)
    .openapi({ description: 'Fill in only the frames the target year lacks, instead of refusing when it has some' }),
});
