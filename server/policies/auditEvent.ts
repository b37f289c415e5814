import { AuditEvent } from '../models/index.js';
import { allow } from './allow.js';

// The trail is read by admins and auditors and written only by the server itself.
allow(AuditEvent, ['read'], (actor) => actor.hasRole('admin', 'auditor'));
