// Survey indicators: the municipal survey's figures per centre and year, read by everyone for the
// centres they may see; a new survey year comes in as CSV (case officer, admin).
import type { Router } from 'express';
import { Op } from 'sequelize';
import type { WhereOptions } from 'sequelize';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { importIndicatorsBody, listIndicatorsQuery } from './schema.js';
import { Centre, SurveyIndicator } from '../../../models/index.js';
import type { User } from '../../../models/index.js';
import { authorize, confinedCentreId, system } from '../../../policies/index.js';
import { presentSurveyIndicator, surveyIndicatorSchema } from '../../../presenters/surveyIndicator.js';
import { page, pageOptions, pageSchema } from '../common.js';
import { importIndicators } from '../../../commands/importIndicators.js';

const include = [{ model: Centre, as: 'centre' }];
const order: [string, string][] = [
  ['year', 'DESC'],
  ['subjectCode', 'ASC'],
];

/** A centre user sees the rows of their centre and of its group; the directorate sees all. */
async function visibleTo(actor: User): Promise<WhereOptions<SurveyIndicator>> {
  const confined = confinedCentreId(actor);
  if (confined === undefined) return {};
  actor.centre ??= await Centre.findByPk(confined);
  const group = actor.centre?.group ?? null;
  return { [Op.or]: [{ centreId: confined }, ...(group ? [{ centreGroup: group }] : [])] };
}

export function registerIndicatorRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/indicators',
    tag: 'indicators',
    summary: 'Municipal survey figures per centre and year, newest year first; filters year, centre',
    query: listIndicatorsQuery,
    response: pageSchema(surveyIndicatorSchema),
    handler: async ({ actor, query }) => {
      const where = {
        [Op.and]: [
          await visibleTo(actor),
          ...(query.year ? [{ year: query.year }] : []),
          ...(query.centre ? [{ subjectCode: query.centre }] : []),
        ],
      };
      const { rows, count } = await SurveyIndicator.findAndCountAll({ where, include, order, ...pageOptions(query) });
      return page(rows.map(presentSurveyIndicator), count, query);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/indicators/years',
    tag: 'indicators',
    summary: 'The survey years that have figures you may see, newest first',
    response: z.object({ years: z.array(z.number().int()) }),
    handler: async ({ actor }) => {
      const rows = await SurveyIndicator.findAll({
        attributes: ['year'],
        where: await visibleTo(actor),
        group: ['year'],
        order: [['year', 'DESC']],
      });
      return { years: rows.map((row) => row.year) };
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/indicators/import',
    tag: 'indicators',
    summary: 'Import one survey year from CSV; replaces that year’s figures (case officer, admin)',
    description:
      'Every line is checked before anything is written; a bad line answers 400 naming body.csv with the line and column.',
    body: importIndicatorsBody,
    response: z.object({ year: z.number().int(), items: z.array(surveyIndicatorSchema) }),
    handler: async ({ req, actor, body }) => {
      authorize(actor, 'importIndicators', system, 'survey indicators');
      return { year: body.year, items: await importIndicators(req, body.year, body.csv) };
    },
  });
}
