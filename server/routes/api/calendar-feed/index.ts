// Each user's private calendar feed URL (meetings and deadlines): make, check, revoke; and the
// feed itself, which calendar programs fetch without a session — the secret in the URL is the key.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute, definePublicRoute } from '../../defineRoute.js';
import { NotFound } from '../../../errors.js';
import { calendarFeedFor, feedUrl, findFeedOwner } from '../../../meetings/calendarFeed.js';
import { renewCalendarFeed } from '../../../commands/renewCalendarFeed.js';
import { revokeCalendarFeed } from '../../../commands/revokeCalendarFeed.js';

const tag = 'calendar feed';
const feedStatusSchema = z.object({ active: z.boolean() }).openapi('CalendarFeedStatus');
const newFeedSchema = z
  .object({ url: z.string().openapi({ description: 'Shown once; keep it private. A new one replaces it.' }) })
  .openapi('CalendarFeed');

export function registerCalendarFeedRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/me/calendar-feed',
    tag,
    summary: 'Whether you have an active calendar feed URL',
    response: feedStatusSchema,
    handler: ({ actor }) => Promise.resolve({ active: actor.calendarFeedTokenHash !== null }),
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/me/calendar-feed',
    tag,
    summary: 'Make a new private calendar feed URL (the old one stops working)',
    status: 201,
    response: newFeedSchema,
    handler: async ({ req, actor }) => ({ url: feedUrl(await renewCalendarFeed(actor, req)) }),
  });

  defineRoute(router, {
    method: 'delete',
    path: '/api/me/calendar-feed',
    tag,
    summary: 'Revoke your calendar feed URL',
    status: 204,
    handler: ({ req, actor }) => revokeCalendarFeed(actor, req),
  });

  definePublicRoute(router, {
    method: 'get',
    path: '/api/calendar-feeds/:token.ics',
    tag,
    summary: 'A calendar feed (iCalendar) by its secret token: your meetings and deadlines',
    params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a calendar feed token') }),
    produces: 'text/calendar',
    handler: async ({ res, params }) => {
      const owner = await findFeedOwner(params.token);
      if (!owner) throw NotFound('calendar feed');
      res
        .type('text/calendar; charset=utf-8')
        .set('Cache-Control', 'private, max-age=300')
        .send(await calendarFeedFor(owner));
    },
  });
}
