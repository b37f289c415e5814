// One router for the whole API; each resource registers its routes from its own folder.
import { Router } from 'express';
import { registerAuthRoutes } from './auth/index.js';
import { registerCentreRoutes } from './centres/index.js';
import { registerOrganisationRoutes } from './organisations/index.js';
import { registerUserRoutes } from './users/index.js';
import { registerLetterRoutes } from './letters/index.js';
import { registerAssignmentRoutes } from './assignments/index.js';
import { registerJointAssignmentRoutes } from './joint-assignments/index.js';
import { registerBudgetLineRoutes } from './budget-lines/index.js';
import { registerBudgetFrameRoutes } from './budget-frames/index.js';
import { registerDeadlineRoutes } from './deadlines/index.js';
import { registerSteeringMeetingRoutes } from './steering-meetings/index.js';
import { registerCalendarFeedRoutes } from './calendar-feed/index.js';
import { registerAuditRoutes } from './audit/index.js';
import { registerJobRoutes } from './jobs/index.js';
import { registerOutboxRoutes } from './outbox/index.js';
import { registerPaymentPlanRoutes } from './payment-plans/index.js';
import { registerDisbursementRoutes } from './disbursements/index.js';
import { registerAccountsReportRoutes } from './accounts-reports/index.js';
import { registerPortfolioRoutes } from './portfolio/index.js';
import { registerIndicatorRoutes } from './indicators/index.js';
import { registerArchiveRoutes } from './archive/index.js';

export function buildApiRouter(): Router {
  const router = Router();
  registerAuthRoutes(router);
  registerCentreRoutes(router);
  registerOrganisationRoutes(router);
  registerUserRoutes(router);
  registerLetterRoutes(router);
  registerAssignmentRoutes(router);
  registerJointAssignmentRoutes(router);
  registerBudgetLineRoutes(router);
  registerBudgetFrameRoutes(router);
  registerDeadlineRoutes(router);
  registerSteeringMeetingRoutes(router);
  registerCalendarFeedRoutes(router);
  registerAuditRoutes(router);
  registerJobRoutes(router);
  registerOutboxRoutes(router);
  registerPaymentPlanRoutes(router);
  registerDisbursementRoutes(router);
  registerAccountsReportRoutes(router);
  registerPortfolioRoutes(router);
  registerIndicatorRoutes(router);
  registerArchiveRoutes(router);
  return router;
}
