import { Centre } from '../models/index.js';
import { allow, isDirectorate, ownsCentre, System } from './allow.js';

allow(Centre, ['read'], (actor, centre) => isDirectorate(actor) || ownsCentre(actor, centre.id));
// The year view of every centre (letter status, next deadline, next meeting): the directorate's.
allow(System, ['readCentreOverview'], (actor) => isDirectorate(actor));
allow(System, ['createCentre'], (actor) => actor.hasRole('admin'));
allow(Centre, ['update', 'delete'], (actor) => actor.hasRole('admin'));
