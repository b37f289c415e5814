import { JointAssignment } from '../models/index.js';
import { allow, isDirectorate, System } from './allow.js';

// A joint assignment spans centres, so only the directorate sees it whole; each centre follows
// its own copy through /api/assignments.
allow(JointAssignment, ['read'], (actor) => isDirectorate(actor));
allow(System, ['listJointAssignments'], (actor) => isDirectorate(actor));
allow(System, ['createJointAssignment'], (actor) => actor.hasRole('case_officer'));
