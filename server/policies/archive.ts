// The archive extract (Noark 5) of a year: for the archivist's roles, admin and auditor.
import { allow, System } from './allow.js';

allow(System, ['exportArchive'], (actor) => actor.hasRole('admin', 'auditor'));
