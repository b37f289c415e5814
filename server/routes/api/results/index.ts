// The results across centres and years (the directorate's overview of reports and assessments),
// and the same as an Excel workbook.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { year } from '../common.js';
import { authorize, system } from '../../../policies/index.js';
import { buildResultsPortfolio } from '../../../reports/resultsPortfolio.js';
import { resultsPortfolioSchema } from '../../../presenters/resultsPortfolio.js';
import { resultsWorkbook } from '../../../spreadsheets/resultsExport.js';
import { xlsxContentType } from '../../../spreadsheets/portfolioExport.js';
import { fieldError } from '../../../errors.js';
import { say } from '../../../i18n/language.js';

const MAX_SPAN = 20;
const resultsQuery = z.object({ fromYear: year, toYear: year });
const tag = 'reports';

function checkedSpan(query: z.output<typeof resultsQuery>) {
  if (query.toYear < query.fromYear || query.toYear - query.fromYear >= MAX_SPAN)
    throw fieldError(
      'query.toYear',
      say(
        `må være fra og med ${query.fromYear} og høyst ${MAX_SPAN} år etter`,
        `must be from ${query.fromYear} and at most ${MAX_SPAN} years on`,
      ),
    );
  return query;
}

export function registerResultsRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/results',
    tag,
    summary:
      'Results across centres and years: assignments by status and assessment, joint assignments, activity figures (directorate)',
    query: resultsQuery,
    response: resultsPortfolioSchema,
    handler: async ({ actor, query }) => {
      authorize(actor, 'readResults', system, 'overview');
      const { fromYear, toYear } = checkedSpan(query);
      return buildResultsPortfolio(fromYear, toYear);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/results/export.xlsx',
    tag,
    summary: 'The results as an Excel workbook: centres, joint assignments, activity figures',
    query: resultsQuery,
    produces: xlsxContentType,
    handler: async ({ actor, query, res }) => {
      authorize(actor, 'readResults', system, 'overview');
      const { fromYear, toYear } = checkedSpan(query);
      const workbook = await resultsWorkbook(await buildResultsPortfolio(fromYear, toYear));
      res.status(200).type(xlsxContentType).attachment(`resultater-${fromYear}-${toYear}.xlsx`).send(workbook);
    },
  });
}
