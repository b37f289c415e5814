// GET /api/deadlines/punctuality: how many of a year's deadlines each centre met on time, late or
// not yet. A centre user gets only its own centre.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { centreCode, centreFilter, year } from '../common.js';
import { centreRefSchema } from '../../../presenters/centre.js';
import { countPunctuality } from '../../../commands/countPunctuality.js';

const punctualityQuery = z.object({ year, centre: centreCode.optional() });

const count = z.number().int();
const punctualitySchema = z
  .object({
    year: z.number().int(),
    items: z.array(
      z.object({
        centre: centreRefSchema,
        due: count.openapi({ description: 'Deadlines of the year that were not cancelled' }),
        onTime: count.openapi({ description: 'Handed in (the hand-in that stands) on or before the due date' }),
        late: count.openapi({ description: 'Handed in after the due date' }),
        open: count.openapi({ description: 'Not handed in yet, or returned to the centre' }),
        overdue: count.openapi({ description: 'Open and past the due date' }),
      }),
    ),
  })
  .openapi('DeadlinePunctuality');

export function registerPunctualityRoute(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/deadlines/punctuality',
    tag: 'deadlines',
    summary: 'Deadlines met on time, late and still open per centre in one year',
    query: punctualityQuery,
    response: punctualitySchema,
    handler: async ({ actor, query }) => {
      const { centreId } = await centreFilter(actor, query.centre);
      return { year: query.year, items: await countPunctuality(query.year, centreId) };
    },
  });
}
