// One router for the whole API; each resource registers its routes from its own folder.
import { Router } from 'express';
import type { Redis } from 'ioredis';
import { registerHealthRoutes } from './health/index.js';
import { registerAuthRoutes } from './auth/index.js';
import { registerCentreRoutes } from './centres/index.js';
import { registerOrganisationRoutes } from './organisations/index.js';
import { registerUserRoutes } from './users/index.js';
import { registerLetterRoutes } from './letters/index.js';
import { registerAssignmentRoutes } from './assignments/index.js';
import { registerBudgetLineRoutes } from './budget-lines/index.js';
import { registerBudgetFrameRoutes } from './budget-frames/index.js';
import { registerDeadlineRoutes } from './deadlines/index.js';
import { registerSteeringMeetingRoutes } from './steering-meetings/index.js';
import { registerAuditRoutes } from './audit/index.js';
import { registerIndicatorRoutes } from './indicators/index.js';

export function buildApiRouter(redis: Redis): Router {
  const router = Router();
  registerHealthRoutes(router, redis);
  registerAuthRoutes(router);
  registerCentreRoutes(router);
  registerOrganisationRoutes(router);
  registerUserRoutes(router);
  registerLetterRoutes(router);
  registerAssignmentRoutes(router);
  registerBudgetLineRoutes(router);
  registerBudgetFrameRoutes(router);
  registerDeadlineRoutes(router);
  registerSteeringMeetingRoutes(router);
  registerAuditRoutes(router);
  registerIndicatorRoutes(router);
  return router;
}
