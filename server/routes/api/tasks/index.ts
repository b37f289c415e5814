// "Mine oppgaver": what waits for the caller across years (server/inbox/waitingWork.ts), with the
// latest notifications the workflow sent them; and the count alone for the header.
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { waitingWork } from '../../../inbox/waitingWork.js';
import { Notification } from '../../../models/index.js';
import { notificationSchema, presentNotification, presentTask, taskSchema } from '../../../presenters/task.js';

const RECENT_NOTIFICATIONS = 20;

const tasksSchema = z
  .object({
    items: z.array(taskSchema),
    count: z.number().int(),
    notifications: z.array(notificationSchema).openapi({ description: 'The latest notifications sent to you' }),
  })
  .openapi('Tasks');

export function registerTaskRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/me/tasks',
    tag: 'auth',
    summary:
      'What waits for you, across years: letters to approve, issue or accept, hand-ins, reviews, minutes, agendas',
    response: tasksSchema,
    handler: async ({ actor }) => {
      const [items, notifications] = await Promise.all([
        waitingWork(actor),
        Notification.findAll({
          where: { userId: actor.id },
          order: [
            ['createdAt', 'DESC'],
            ['id', 'DESC'],
          ],
          limit: RECENT_NOTIFICATIONS,
        }),
      ]);
      return {
        items: items.map(presentTask),
        count: items.length,
        notifications: notifications.map(presentNotification),
      };
    },
  });
  defineRoute(router, {
    method: 'get',
    path: '/api/me/tasks/count',
    tag: 'auth',
    summary: 'How many things wait for you (the header’s count)',
    response: z.object({ count: z.number().int() }).openapi('TaskCount'),
    handler: async ({ actor }) => ({ count: (await waitingWork(actor)).length }),
  });
}
