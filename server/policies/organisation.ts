import { Organisation } from '../models/index.js';
import { allow, System } from './allow.js';

// Organisations (directorates, hosts, county governors) are public facts every user may read.
allow(Organisation, ['read'], () => true);
allow(System, ['createOrganisation'], (actor) => actor.hasRole('admin'));
allow(Organisation, ['update', 'delete'], (actor) => actor.hasRole('admin'));
