// Structured reports: the centre writes and submits its own while it is a draft or returned and its
// deadline still takes a hand-in (not once files alone were handed in against it, nor once it is
// accepted or cancelled; the report's deadline must be loaded as `deadline`). The case officer
// assesses it once submitted (also after acceptance, as a correction). The centre reads the
// assessments once the report is accepted, never before.
import { AnnualReport } from '../models/index.js';
import type { User } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

allow(AnnualReport, ['read'], (actor, report) => isDirectorate(actor) || ownsCentre(actor, report.centreId));
/** The centre's own report, in a state the centre writes in. */
const centreWritesIt = (actor: User, report: AnnualReport) =>
  actor.hasRole('centre_leader', 'centre_staff') &&
  ownsCentre(actor, report.centreId) &&
  (report.status === 'draft' || report.status === 'returned');
const deadlineTakesHandIn = (report: AnnualReport) =>
  !!report.deadline && openDeadlineStatuses.includes(report.deadline.status);

allow(
  AnnualReport,
  ['update', 'submit'],
  (actor, report) => centreWritesIt(actor, report) && deadlineTakesHandIn(report),
);

/** True when only the report's deadline (met by files, accepted or cancelled) keeps `actor` from writing it. */
export const refusedForItsDeadline = (actor: User, report: AnnualReport) =>
  centreWritesIt(actor, report) && !deadlineTakesHandIn(report);
allow(
  AnnualReport,
  ['assess'],
  (actor, report) => actor.hasRole('case_officer') && (report.status === 'submitted' || report.status === 'accepted'),
);
allow(
  AnnualReport,
  ['readAssessments'],
  (actor, report) => isDirectorate(actor) || (ownsCentre(actor, report.centreId) && report.status === 'accepted'),
);
