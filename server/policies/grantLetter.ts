import { GrantLetter } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

// A centre sees its own letters once issued, never drafts under work.
allow(
  GrantLetter,
  ['read'],
  (actor, letter) => isDirectorate(actor) || (ownsCentre(actor, letter.centreId) && letter.status === 'issued'),
);
allow(GrantLetter, ['create', 'update'], (actor, letter) => actor.hasRole('case_officer') && !letter.isLocked);
allow(GrantLetter, ['delete'], (actor, letter) => actor.hasRole('case_officer') && letter.status === 'draft');
