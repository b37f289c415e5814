import { Organisation } from '../models/index.js';
import { allow } from './allow.js';

// Organisations (directorates, hosts, county governors) are public facts every user may read.
allow(Organisation, ['read'], () => true);
allow(Organisation, ['create', 'update', 'delete'], (actor) => actor.hasRole('admin'));
