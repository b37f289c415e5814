import { Centre } from '../models/index.js';
import { allow, isDirectorate, ownsCentre } from './allow.js';

allow(Centre, ['read'], (actor, centre) => isDirectorate(actor) || ownsCentre(actor, centre.id));
allow(Centre, ['create', 'update', 'delete'], (actor) => actor.hasRole('admin'));
