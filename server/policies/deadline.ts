import { Deadline } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

allow(Deadline, ['read'], (actor, deadline) => isDirectorate(actor) || ownsCentre(actor, deadline.centreId));
allow(Deadline, ['create', 'update', 'delete'], (actor) => actor.hasRole('case_officer'));
