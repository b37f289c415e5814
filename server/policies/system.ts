// The System itself: every logged-in user stands in it (so a refusal is 403, not 404); what is done
// on it lives with the model it concerns (createUser in user.ts …) or here when it concerns none.
import { Job } from 'bullmq';
import { allow, isDirectorate, System } from './allow.js';

allow(System, ['read'], () => true);
// The outbox: read the e-mails, see how delivery goes, send failed ones again.
allow(System, ['manageOutbox'], (actor) => actor.hasRole('admin'));
// Bull Board at /admin/queues.
allow(System, ['manageQueues'], (actor) => actor.hasRole('admin'));
// Render or issue every letter of a year as one job, and follow it: bulk jobs belong to the
// directorate (the route only hands out bulk jobs).
allow(System, ['runBulkLetterJobs'], (actor) => actor.hasRole('case_officer'));
allow(Job, ['read'], (actor) => isDirectorate(actor));
