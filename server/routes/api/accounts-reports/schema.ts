import { z } from 'zod';
import { amountOre, centreCode, paginationQuery, year } from '../common.js';
import { accountsStatuses, unspentOutcomeStatuses, unspentOutcomes } from '../../../models/AccountsReport.js';

export const listAccountsReportsQuery = paginationQuery.extend({
  centre: centreCode.optional(),
  year: year.optional(),
  status: z.enum(accountsStatuses).optional(),
});

const comment = z.string().trim().max(5000).nullable().optional();

export const submitAccountsBody = z.object({
  centre: centreCode,
  year,
  budgetLine: z.object({ chapter: z.number().int().positive(), item: z.number().int().positive() }).openapi({
    description: 'Chapter and item of a budget line of the same year',
    example: { chapter: 743, item: 70 },
  }),
  spentOre: amountOre.openapi({ description: 'Spent (brukt) in the year, integer øre' }),
  unspentOre: amountOre.openapi({ description: 'Unspent (ubrukt) at the end of the year, integer øre' }),
  comment,
});

export const correctAccountsBody = z.object({ spentOre: amountOre, unspentOre: amountOre, comment }).partial();

export const reviewAccountsBody = z.object({
  status: z.enum(['approved', 'returned']),
  unspentOutcome: z
    .enum(unspentOutcomes)
    .nullable()
    .optional()
    .openapi({ description: 'What happens to unspent money; required to approve accounts with unspent money' }),
  unspentOutcomeStatus: z.enum(unspentOutcomeStatuses).nullable().optional(),
  reviewNote: comment,
});
