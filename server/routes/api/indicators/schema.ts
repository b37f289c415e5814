import { z } from 'zod';
import { centreCode, paginationQuery, year } from '../common.js';

export const listIndicatorsQuery = paginationQuery.extend({
  year: year.optional(),
  centre: centreCode.optional().openapi({ description: 'Centre code or centre group (KORUS, RVTS)' }),
});

export const importIndicatorsBody = z.object({
  year,
  csv: z.string().min(1, 'must not be empty').max(200_000, 'must be at most 200 000 characters').openapi({
    description:
      'CSV with a header line, at most 1 000 data lines and 200 000 characters; separator , or ;. Columns: centre, n, contacted_pct and optionally web, phone, collaboration, elearning, articles, course, programme, other. An empty cell means no figure.',
    example: 'centre;n;contacted_pct;web;phone\nNAPHA;341;76;217;79\nKORUS;341;91;236;130',
  }),
});
