// The System itself: every logged-in user stands in it (so a refusal is 403, not 404); what is done
// on it lives with the model it concerns (createUser in user.ts …) or here when it concerns none.
import { Job } from 'bullmq';
import type { User } from '../models/index.js';
import { allow, can, isDirectorate, System, system } from './allow.js';
import type { Action } from './allow.js';

allow(System, ['read'], () => true);
// The outbox: read the e-mails, see how delivery goes, send failed ones again.
allow(System, ['manageOutbox'], (actor) => actor.hasRole('admin'));
// Bull Board at /admin/queues.
allow(System, ['manageQueues'], (actor) => actor.hasRole('admin'));
// Render or issue every letter of a year as one job, and follow it: bulk jobs belong to the
// directorate (the route only hands out bulk jobs).
allow(System, ['runBulkLetterJobs'], (actor) => actor.hasRole('case_officer'));
allow(Job, ['read'], (actor) => isDirectorate(actor));
// The results across centres and years (reports and their assessments): the directorate's overview.
allow(System, ['readResults'], (actor) => isDirectorate(actor));

/** What the actor may do on the System: the client shows menus and buttons from these (/api/me). */
export const systemAbilityNames = [
  'listUsers',
  'createUser',
  'readAuditTrail',
  'manageOutbox',
  'importIndicators',
  'createJointAssignment',
  'runBulkLetterJobs',
  'draftLetters',
  'approveLetters',
  'readCentreOverview',
  'listSteeringMeetings',
  'manageBudgetFrames',
  'createBudgetLine',
  'importBudgetFrames',
  'copyBudgetFrames',
  'readResults',
] as const satisfies readonly Action[];
export const systemAbilities = (actor: User) =>
  Object.fromEntries(systemAbilityNames.map((action) => [action, can(actor, action, system)])) as Record<
    (typeof systemAbilityNames)[number],
    boolean
  >;
