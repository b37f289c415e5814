// The case officer's year view: every active centre, one page at a time, with its main letter of
// the year, next open deadline and next steering meeting, picked on the server for the page asked
// for (the client never joins partial lists). The directorate's (policy readCentreOverview).
import type { Router } from 'express';
import { defineRoute } from '../../defineRoute.js';
import { authorize, can, system } from '../../../policies/index.js';
import { buildCentreOverview } from '../../../commands/buildCentreOverview.js';
import { centreOverviewRowSchema, presentCentreOverviewRow } from '../../../presenters/centreOverview.js';
import { osloToday } from '../../../calendar.js';
import { page, pageSchema, paginationQuery, year } from '../common.js';

const centreOverviewQuery = paginationQuery.extend({ year });

export function registerOverviewRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/overview/centres',
    tag: 'overview',
    summary: "One page of active centres by code, each with its year's main letter, next deadline and next meeting",
    query: centreOverviewQuery,
    response: pageSchema(centreOverviewRowSchema),
    handler: async ({ actor, query }) => {
      authorize(actor, 'readCentreOverview', system, 'overview');
      const { rows, total } = await buildCentreOverview({ ...query, today: osloToday() });
      return page(
        rows.map((row) => presentCentreOverviewRow(row, { createLetter: can(actor, 'createLetter', row.centre) })),
        total,
        query,
      );
    },
  });
}
