// State budget lines (kapittel/post) per year, including lines of other directorates. Everyone
// reads them; finance creates them and names them, and switches the overdue hold per line.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute, defineReadOneRoute, defineUpdateRoute } from '../crud.js';
import { lockedIfWriting } from '../../../db/lockedIfWriting.js';
import { createBudgetLineBody, listBudgetLinesQuery, updateBudgetLineBody } from './schema.js';
import { BudgetLine, Organisation } from '../../../models/index.js';
import { authorize, system } from '../../../policies/index.js';
import { budgetLineSchema, presentBudgetLine } from '../../../presenters/budgetFrame.js';
import { idParams, page, pageOptions, pageSchema } from '../common.js';
import { Conflict, fieldError } from '../../../errors.js';
import { say } from '../../../i18n/language.js';

const recordRoutes = {
  path: '/api/budget-lines/:id',
  tag: 'budget',
  params: idParams,
  entity: 'budget line' as const,
  entityType: 'BudgetLine',
  find: ({ id }: { id: number }, transaction?: Transaction) => BudgetLine.findByPk(id, lockedIfWriting(transaction)),
  present: presentBudgetLine,
  schema: budgetLineSchema,
  centreIdOf: () => null,
};

async function checkOrganisation(organisationId: number | null | undefined, transaction: Transaction) {
  if (organisationId && !(await Organisation.findByPk(organisationId, { transaction })))
    throw fieldError(
      'body.organisationId',
      say(`finnes ingen organisasjon ${organisationId}`, `no organisation ${organisationId}`),
    );
}

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

  defineReadOneRoute(router, { ...recordRoutes, summary: 'One budget line' });

  defineCreateRoute(router, {
    path: '/api/budget-lines',
    tag: 'budget',
    summary: 'Add a budget line for a year (finance)',
    body: createBudgetLineBody,
    schema: budgetLineSchema,
    entityType: 'BudgetLine',
    authorize: ({ actor }) => authorize(actor, 'createBudgetLine', system, 'budget line'),
    create: async ({ body, transaction }) => {
      await checkOrganisation(body.organisationId, transaction);
      const { year, chapter, item } = body;
      if (await BudgetLine.count({ where: { year, chapter, item }, transaction }))
        throw Conflict(
          say(
            `kap. ${chapter} post ${item} finnes allerede for ${year}.`,
            `kap. ${chapter} post ${item} already exists for ${year}.`,
          ),
        );
      return BudgetLine.create(
        {
          year,
          chapter,
          item,
          name: body.name,
          organisationId: body.organisationId ?? null,
          ...(body.holdWhenOverdue === undefined ? {} : { holdWhenOverdue: body.holdWhenOverdue }),
        },
        { transaction },
      );
    },
    present: presentBudgetLine,
    centreIdOf: () => null,
  });

  defineUpdateRoute(router, {
    ...recordRoutes,
    summary: 'Rename a budget line, change its directorate or its overdue hold (finance)',
    body: updateBudgetLineBody,
    check: ({ body, transaction }) => checkOrganisation(body.organisationId, transaction),
  });
}
