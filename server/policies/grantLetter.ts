import { GrantLetter } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

// A centre sees its own letters once issued, never drafts under work.
allow(
  GrantLetter,
  ['read'],
  (actor, letter) => isDirectorate(actor) || (ownsCentre(actor, letter.centreId) && letter.status === 'issued'),
);
allow(GrantLetter, ['create', 'update'], (actor, letter) => actor.hasRole('case_officer') && letter.isDraft);
allow(GrantLetter, ['delete'], (actor, letter) => actor.hasRole('case_officer') && letter.status === 'draft');

// The way to issuing: the case officer submits a draft, an approver approves it (or either sends it
// back), the case officer issues it, and the centre leader accepts it.
allow(GrantLetter, ['submit'], (actor, letter) => actor.hasRole('case_officer') && letter.status === 'draft');
allow(GrantLetter, ['approve'], (actor, letter) => actor.hasRole('approver') && letter.status === 'in_review');
allow(
  GrantLetter,
  ['reopen'],
  (actor, letter) =>
    actor.hasRole('case_officer', 'approver') && (letter.status === 'in_review' || letter.status === 'approved'),
);
// Issuing an issued letter again is allowed and does nothing, so retries are safe.
allow(
  GrantLetter,
  ['issue'],
  (actor, letter) => actor.hasRole('case_officer') && (letter.status === 'approved' || letter.status === 'issued'),
);
allow(
  GrantLetter,
  ['accept'],
  (actor, letter) => actor.hasRole('centre_leader') && ownsCentre(actor, letter.centreId) && letter.status === 'issued',
);
