import { allow, System } from './allow.js';

// The trail is read by admins and auditors and written only by the server itself.
allow(System, ['readAuditTrail'], (actor) => actor.hasRole('admin', 'auditor'));
