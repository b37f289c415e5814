import { AccountsReport, Centre } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

// The centre leader submits the centre's accounts and may correct them until they are approved;
// finance may register them on the centre's behalf, and alone reviews them.
allow(AccountsReport, ['read'], (actor, report) => isDirectorate(actor) || ownsCentre(actor, report.centreId));
allow(
  Centre,
  ['createAccountsReport'],
  (actor, centre) => actor.hasRole('finance') || (actor.hasRole('centre_leader') && ownsCentre(actor, centre.id)),
);
allow(
  AccountsReport,
  ['update'],
  (actor, report) =>
    actor.hasRole('finance') ||
    (actor.hasRole('centre_leader') && ownsCentre(actor, report.centreId) && !report.isLocked),
);
/** Recording the review (status, outcome for unspent money) is finance's alone. */
allow(AccountsReport, ['review'], (actor) => actor.hasRole('finance'));
