// The portfolio of a year: frame vs paid vs accounted per centre and budget line, with totals per
// chapter/item, per centre and overall; as JSON, CSV or Excel. A centre user sees only its own rows.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { buildPortfolio } from '../../../commands/buildPortfolio.js';
import { portfolioCsv, portfolioWorkbook, xlsxContentType } from '../../../spreadsheets/portfolioExport.js';
import { centreCode, centreFilter, year } from '../common.js';
import { centreRefSchema } from '../../../presenters/centre.js';
import type { User } from '../../../models/index.js';
import { accountsStatuses } from '../../../models/AccountsReport.js';

const portfolioQuery = z.object({ year, centre: centreCode.optional() });

const ore = z.number().int();
const figures = {
  frameOre: ore,
  paidOre: ore,
  remainingOre: ore.openapi({ description: 'Frame minus paid' }),
  spentOre: ore,
  unspentOre: ore,
};
const lineRef = z.object({ chapter: z.number().int(), item: z.number().int(), name: z.string() });

const totalsOf = {
  year: z.number().int(),
  byLine: z.array(z.object({ budgetLine: lineRef, ...figures })),
  byCentre: z.array(z.object({ centre: centreRefSchema, ...figures })),
  totals: z.object(figures),
};

const portfolioSchema = z
  .object({
    ...totalsOf,
    rows: z.array(
      z.object({
        centre: centreRefSchema,
        budgetLine: lineRef,
        ...figures,
        accountsStatus: z.enum(accountsStatuses).nullable(),
      }),
    ),
  })
  .openapi('Portfolio', { description: 'All amounts in integer øre; every total is the exact sum of its rows.' });

const portfolioSummarySchema = z.object(totalsOf).openapi('PortfolioSummary', {
  description:
    'The portfolio’s totals without its rows; all amounts in integer øre, the same as GET /api/portfolio gives.',
});

async function portfolioFor(actor: User, query: z.output<typeof portfolioQuery>) {
  const { centreId } = await centreFilter(actor, query.centre);
  return buildPortfolio(query.year, centreId);
}

const fileName = (query: z.output<typeof portfolioQuery>, extension: string) =>
  `portefolje-${query.year}${query.centre ? `-${query.centre.toLowerCase()}` : ''}.${extension}`;

export function registerPortfolioRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/portfolio',
    tag: 'money',
    summary: 'A year’s frames, payments and accounts per centre and budget line, with totals',
    query: portfolioQuery,
    response: portfolioSchema,
    handler: ({ actor, query }) => portfolioFor(actor, query),
  });

  // What the home pages' chart reads: at 300 centres the rows are five sixths of the portfolio's
  // JSON, and sending, unpacking and reading them cost more than the totals they add up to.
  defineRoute(router, {
    method: 'get',
    path: '/api/portfolio/summary',
    tag: 'money',
    summary: 'A year’s totals per chapter/item, per centre and overall, without the rows',
    query: portfolioQuery,
    response: portfolioSummarySchema,
    handler: async ({ actor, query }) => {
      const { year, byLine, byCentre, totals } = await portfolioFor(actor, query);
      return { year, byLine, byCentre, totals };
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/portfolio/export.csv',
    tag: 'money',
    summary: 'The portfolio rows as CSV (semicolons, decimal comma, kroner; UTF-8 with BOM)',
    query: portfolioQuery,
    produces: 'text/csv',
    handler: async ({ actor, query, res }) => {
      const csv = portfolioCsv(await portfolioFor(actor, query));
      res.status(200).type('text/csv; charset=utf-8').attachment(fileName(query, 'csv')).send(Buffer.from(csv, 'utf8'));
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/portfolio/export.xlsx',
    tag: 'money',
    summary: 'The portfolio as an Excel workbook: rows (re-importable as frames), per chapter/item, per centre',
    query: portfolioQuery,
    produces: xlsxContentType,
    handler: async ({ actor, query, res }) => {
      const workbook = await portfolioWorkbook(await portfolioFor(actor, query));
      res.status(200).type(xlsxContentType).attachment(fileName(query, 'xlsx')).send(workbook);
    },
  });
}
