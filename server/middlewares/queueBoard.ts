// Bull Board at /admin/queues: the BullMQ queues for administrators (others get 404 or the login
// problem). It shows every queue the app enqueues on (workflows/queues.ts).
import type { NextFunction, Request, Response, Router } from 'express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { sharedQueues } from '../../workflows/queues.js';
import { AuthenticationRequired, NotFound } from '../errors.js';
import { can, system } from '../policies/index.js';

export const QUEUE_BOARD_PATH = '/admin/queues';

function adminsOnly(req: Request, _res: Response, next: NextFunction) {
  if (!req.user) return next(AuthenticationRequired());
  if (!can(req.user, 'manageQueues', system)) return next(NotFound('page'));
  next();
}

export function queueBoard(): [typeof adminsOnly, Router] {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: sharedQueues().map((queue) => new BullMQAdapter(queue)), serverAdapter: adapter });
  return [adminsOnly, adapter.getRouter() as Router];
}
