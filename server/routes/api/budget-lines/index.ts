// State budget lines (kapittel/post) per year. Read-only here; finance maintains them (issue 6).
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { BudgetLine } from '../../../models/index.js';
import { budgetLineSchema, presentBudgetLine } from '../../../presenters/budgetFrame.js';
import { page, pageOptions, pageSchema, paginationQuery, year } from '../common.js';

const listBudgetLinesQuery = paginationQuery.extend({
  year: year.optional(),
  chapter: z.coerce.number().int().optional(),
});

export function registerBudgetLineRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/budget-lines',
    tag: 'budget',
    summary: 'List budget lines (chapter/item per year)',
    query: listBudgetLinesQuery,
    response: pageSchema(budgetLineSchema),
    handler: async ({ query }) => {
      const { rows, count } = await BudgetLine.findAndCountAll({
        where: { ...(query.year ? { year: query.year } : {}), ...(query.chapter ? { chapter: query.chapter } : {}) },
        order: [
          ['year', 'DESC'],
          ['chapter', 'ASC'],
          ['item', 'ASC'],
        ],
        ...pageOptions(query),
      });
      return page(rows.map(presentBudgetLine), count, query);
    },
  });
}
