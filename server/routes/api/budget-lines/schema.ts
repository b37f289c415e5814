import { z } from 'zod';
import { paginationQuery, text, year } from '../common.js';

export const listBudgetLinesQuery = paginationQuery.extend({
  year: year.optional(),
  chapter: z.coerce.number().int().optional(),
});

export const createBudgetLineBody = z.object({
  year,
  chapter: z.number().int().min(1).max(9999).openapi({ example: 743 }),
  item: z.number().int().min(1).max(99).openapi({ example: 62 }),
  name: text(255).openapi({ example: 'Kap. 743 post 62' }),
  organisationId: z
    .number()
    .int()
    .positive()
    .nullable()
    .optional()
    .openapi({ description: 'The directorate that manages the line' }),
  holdWhenOverdue: z.boolean().optional(),
});

export const updateBudgetLineBody = createBudgetLineBody
  .pick({ name: true, organisationId: true, holdWhenOverdue: true })
  .partial();
