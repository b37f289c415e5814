// GET /api/search?q=: the caller's records that match, grouped by kind and ranked by relevance
// (server/search). A centre user finds only its own centre's.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { centreRefSchema } from '../../../presenters/centre.js';
import { search, searchKinds } from '../../../search/search.js';

const searchParams = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
});

const hitSchema = z.object({
  kind: z.enum(searchKinds),
  id: z.number().int(),
  title: z.string(),
  detail: z.string().nullable().openapi({ description: 'Code, reference number, due date or meeting' }),
  centre: centreRefSchema,
  year: z.number().int().nullable(),
  link: z.string().openapi({ description: 'The web client path of the record' }),
  score: z.number().openapi({ description: 'Relevance; higher is better' }),
});

const searchSchema = z
  .object({
    query: z.string(),
    total: z.number().int(),
    groups: z.array(z.object({ kind: z.enum(searchKinds), items: z.array(hitSchema) })),
  })
  .openapi('SearchResults', { description: 'Groups in a fixed order of kinds; hits in each best first' });

export function registerSearchRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/search',
    tag: 'search',
    summary: 'Search centres, letters (title and text), special assignments, deadlines, meetings and agenda items',
    query: searchParams,
    response: searchSchema,
    handler: async ({ actor, query }) => {
      const groups = await search(actor, query.q);
      return { query: query.q, total: groups.reduce((sum, group) => sum + group.items.length, 0), groups };
    },
  });
}
