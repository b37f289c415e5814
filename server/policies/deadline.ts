import { Centre, Deadline } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

allow(Deadline, ['read'], (actor, deadline) => isDirectorate(actor) || ownsCentre(actor, deadline.centreId));
allow(Centre, ['createDeadline'], (actor) => actor.hasRole('case_officer'));
allow(Deadline, ['update', 'delete'], (actor) => actor.hasRole('case_officer'));
// The centre hands in while the deadline is open (also after a return) — not against an agenda
// deadline, which is met by proposing agenda items; the case officer reviews what was handed in,
// and may move the due date at any time before it is accepted (an agenda deadline moves with its
// meeting instead).
allow(
  Deadline,
  ['handIn'],
  (actor, deadline) =>
    actor.hasRole('centre_leader', 'centre_staff') &&
    ownsCentre(actor, deadline.centreId) &&
    deadline.kind !== 'meeting' &&
    openDeadlineStatuses.includes(deadline.status),
);
allow(Deadline, ['review'], (actor, deadline) => actor.hasRole('case_officer') && deadline.status === 'submitted');
allow(
  Deadline,
  ['moveDueDate'],
  (actor, deadline) =>
    actor.hasRole('case_officer') &&
    deadline.kind !== 'meeting' &&
    !['accepted', 'cancelled'].includes(deadline.status),
);
