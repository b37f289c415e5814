import { AgendaItem, Centre, SteeringMeeting } from '../models/index.js';
import { allow, isDirectorate, ownsCentre, System } from './allow.js';

allow(SteeringMeeting, ['read'], (actor, meeting) => isDirectorate(actor) || ownsCentre(actor, meeting.centreId));
// The case officer plans, invites, orders and finalises the agenda, and writes the minutes.
// The list of every centre's meetings of a year; a centre sees its own on its home page.
allow(System, ['listSteeringMeetings'], (actor) => isDirectorate(actor));
allow(Centre, ['createSteeringMeeting'], (actor) => actor.hasRole('case_officer'));
allow(SteeringMeeting, ['update', 'delete', 'invite', 'manageAgenda', 'writeMinutes'], (actor) =>
  actor.hasRole('case_officer'),
);
// Who may be invited (as a user): the directorate's case officers and approvers, and the centre's own users.
allow(
  SteeringMeeting,
  ['attend'],
  (user, meeting) => user.hasRole('case_officer', 'approver') || ownsCentre(user, meeting.centreId),
);
// Both sides propose agenda items; whether the agenda is still open is the command's question.
allow(
  SteeringMeeting,
  ['proposeAgendaItem'],
  (actor, meeting) =>
    actor.hasRole('case_officer') ||
    (ownsCentre(actor, meeting.centreId) && actor.hasRole('centre_leader', 'centre_staff')),
);
// One person from each side approves the minutes: a case officer or approver at the directorate,
// the centre's leader at the centre.
allow(
  SteeringMeeting,
  ['approveMinutes'],
  (actor, meeting) =>
    actor.hasRole('case_officer', 'approver') ||
    (ownsCentre(actor, meeting.centreId) && actor.hasRole('centre_leader')),
);

// Agenda items (and their files) are read with their meeting; the proposer or a case officer may
// change one.
const meetingOf = (item: AgendaItem) => item.steeringMeeting!;
allow(AgendaItem, ['read'], (actor, item) => isDirectorate(actor) || ownsCentre(actor, meetingOf(item).centreId));
allow(
  AgendaItem,
  ['update', 'delete'],
  (actor, item) =>
    actor.hasRole('case_officer') || (item.proposedById === actor.id && ownsCentre(actor, meetingOf(item).centreId)),
);
