import { Assignment, GrantLetter } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

// Visibility follows the letter: the route loads `letter` with the assignment.
allow(
  Assignment,
  ['read'],
  (actor, assignment) =>
    isDirectorate(actor) || (ownsCentre(actor, assignment.centreId) && assignment.letter?.status === 'issued'),
);
// Added to a letter; whether the letter still takes new content is the route's 409.
allow(GrantLetter, ['createAssignment'], (actor) => actor.hasRole('case_officer'));
allow(Assignment, ['update', 'delete'], (actor) => actor.hasRole('case_officer'));
