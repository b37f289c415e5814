// Structured reports: the centre writes and submits its own while it is a draft or returned and
// its deadline still takes a hand-in (not once files alone were handed in against it, or it was
// accepted or cancelled: the report's deadline must be loaded as `deadline`); the case officer assesses it once submitted (also after acceptance, as a correction). The centre
// reads the assessments once the report is accepted, never before.
import { AnnualReport } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

allow(AnnualReport, ['read'], (actor, report) => isDirectorate(actor) || ownsCentre(actor, report.centreId));
allow(
  AnnualReport,
  ['update', 'submit'],
  (actor, report) =>
    actor.hasRole('centre_leader', 'centre_staff') &&
    ownsCentre(actor, report.centreId) &&
    (report.status === 'draft' || report.status === 'returned') &&
    !!report.deadline &&
    openDeadlineStatuses.includes(report.deadline.status),
);
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
