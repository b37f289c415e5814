import { Assignment } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

// Visibility follows the letter: the route loads `letter` with the assignment.
allow(
  Assignment,
  ['read'],
  (actor, assignment) =>
    isDirectorate(actor) || (ownsCentre(actor, assignment.centreId) && assignment.letter?.status === 'issued'),
);
allow(Assignment, ['create', 'update', 'delete'], (actor) => actor.hasRole('case_officer'));
