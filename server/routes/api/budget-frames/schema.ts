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
