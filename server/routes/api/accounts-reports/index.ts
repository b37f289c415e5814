// Accounts (regnskap): a centre's spent and unspent money per year and budget line, seen by
// finance against the frame and what was paid; finance records the review and what happens to
// unspent money (carried over, repaid or waived) and how far that has come.
import type { Router } from 'express';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute } from '../crud.js';
import { correctAccountsBody, listAccountsReportsQuery, reviewAccountsBody, submitAccountsBody } from './schema.js';
import { AccountsReport, BudgetLine } from '../../../models/index.js';
import { abilitiesFor, authorize } from '../../../policies/index.js';
import { z } from 'zod';
import {
  accountsReportIncludes,
  accountsReportSchema,
  findAccountsReport,
  presentAccountsReport,
  presentAccountsReports,
} from '../../../presenters/accountsReport.js';
import { correctAccounts } from '../../../commands/correctAccounts.js';
import { reviewAccounts } from '../../../commands/reviewAccounts.js';
import { centreByCode, centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { Conflict, fieldError } from '../../../errors.js';
import { say } from '../../../i18n/language.js';

const reportAbilities = ['update', 'review'] as const;
const listItemSchema = accountsReportSchema.extend({
  abilities: z
    .object(Object.fromEntries(reportAbilities.map((action) => [action, z.boolean()])))
    .openapi({ description: 'What you may do with these accounts (correct them, review them)' }),
});

export function registerAccountsReportRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/accounts-reports',
    tag: 'money',
    summary: 'List accounts with their variance against frame and payments; filters centre, year, status',
    query: listAccountsReportsQuery,
    response: pageSchema(listItemSchema),
    handler: async ({ actor, query }) => {
      const { rows, count } = await AccountsReport.findAndCountAll({
        where: {
          ...(await centreFilter(actor, query.centre)),
          ...(query.year ? { year: query.year } : {}),
          ...(query.status ? { status: query.status } : {}),
        },
        include: accountsReportIncludes,
        order: [
          ['year', 'DESC'],
          ['centreId', 'ASC'],
          ['id', 'ASC'],
        ],
        ...pageOptions(query),
      });
      const presented = await presentAccountsReports(rows);
      return page(
        presented.map((report, index) => ({
          ...report,
          abilities: abilitiesFor(actor, rows[index]!, reportAbilities),
        })),
        count,
        query,
      );
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/accounts-reports/:id',
    tag: 'money',
    summary: 'One centre’s accounts for a year and budget line, with the variance against the frame',
    params: idParams,
    response: accountsReportSchema,
    handler: async ({ actor, params }) => {
      const report = await findAccountsReport(params.id);
      authorize(actor, 'read', report, 'accounts report');
      return presentAccountsReport(report);
    },
  });

  defineCreateRoute(router, {
    path: '/api/accounts-reports',
    tag: 'money',
    summary: 'Submit a centre’s accounts for a year and budget line (centre leader, or finance on its behalf)',
    body: submitAccountsBody,
    schema: accountsReportSchema,
    entityType: 'AccountsReport',
    authorize: async ({ actor, body }) => {
      const centre = await centreByCode(body.centre, 'body.centre');
      // Another centre is not there for a centre user (404), as everywhere else.
      authorize(actor, 'createAccountsReport', centre, 'centre');
      return centre;
    },
    create: async ({ actor, body, parent: centre, transaction }) => {
      const line = await BudgetLine.findOne({ where: { year: body.year, ...body.budgetLine }, transaction });
      if (!line)
        throw fieldError(
          'body.budgetLine',
          say(
            `ingen budsjettpost kap. ${body.budgetLine.chapter} post ${body.budgetLine.item} for ${body.year}`,
            `no budget line kap. ${body.budgetLine.chapter} post ${body.budgetLine.item} for ${body.year}`,
          ),
        );
      if (await AccountsReport.count({ where: { centreId: centre.id, budgetLineId: line.id }, transaction }))
        throw Conflict(
          say(
            `${centre.code} har allerede levert regnskap på kap. ${line.chapter} post ${line.item} for ${line.year}; rett det i stedet.`,
            `${centre.code} has already submitted accounts on kap. ${line.chapter} post ${line.item} for ${line.year}; correct those.`,
          ),
        );
      return AccountsReport.create(
        {
          centreId: centre.id,
          year: body.year,
          budgetLineId: line.id,
          spentOre: body.spentOre,
          unspentOre: body.unspentOre,
          comment: body.comment ?? null,
          status: 'submitted',
          submittedAt: new Date(),
          submittedById: actor.id,
          unspentOutcome: null,
          unspentOutcomeStatus: null,
          reviewNote: null,
          reviewedAt: null,
          reviewedById: null,
        },
        { transaction },
      );
    },
    present: async (created, { transaction }) =>
      presentAccountsReport((await findAccountsReport(created.id, transaction))!, transaction),
    centreIdOf: (report) => report.centreId,
  });

  defineRoute(router, {
    method: 'patch',
    path: '/api/accounts-reports/:id',
    tag: 'money',
    summary: 'Correct submitted accounts (until approved); they go back to “submitted” for review',
    params: idParams,
    body: correctAccountsBody,
    response: accountsReportSchema,
    handler: ({ req, actor, params, body }) => correctAccounts(actor, params.id, body, req),
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/accounts-reports/:id/review',
    tag: 'money',
    summary: 'Record finance’s review: approve or return, and the outcome for unspent money (finance)',
    params: idParams,
    body: reviewAccountsBody,
    response: accountsReportSchema,
    handler: ({ req, actor, params, body }) => reviewAccounts(actor, params.id, body, req),
  });
}
