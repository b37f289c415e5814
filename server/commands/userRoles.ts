// The one rule for a user's roles and centre, on creation and on change: centre roles need a
// centre, directorate roles must not have one, and the two kinds do not mix.
import { centreRoles } from '../models/User.js';
import type { Role } from '../models/User.js';
import { fieldError } from '../errors.js';
import { say } from '../i18n/language.js';

export function checkRolesFitCentre(roles: Role[], centreId: number | null) {
  const centreSide = roles.filter((role) => (centreRoles as readonly string[]).includes(role));
  if (centreSide.length > 0 && centreSide.length !== roles.length)
    throw fieldError(
      'body.roles',
      say('kan ikke blande senterroller med roller i direktoratet', 'cannot mix centre roles with directorate roles'),
    );
  if (centreSide.length > 0 && centreId === null)
    throw fieldError('body.centre', say('må fylles ut for senterroller', 'is required for centre roles'));
  if (centreSide.length === 0 && centreId !== null)
    throw fieldError(
      'body.centre',
      say('skal være tom for roller i direktoratet', 'must be empty for directorate roles'),
    );
}
