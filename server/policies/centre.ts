import { Centre } from '../models/index.js';
import { allow, isDirectorate, ownsCentre, System } from './allow.js';

allow(Centre, ['read'], (actor, centre) => isDirectorate(actor) || ownsCentre(actor, centre.id));
allow(System, ['createCentre'], (actor) => actor.hasRole('admin'));
allow(Centre, ['update', 'delete'], (actor) => actor.hasRole('admin'));
