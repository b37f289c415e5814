import { Centre, GrantLetter } from '../models/index.js';
import type { Role, User } from '../models/User.js';
import { allow, isDirectorate, ownsCentre, System } from './allow.js';
import { say } from '../i18n/language.js';

// A centre sees its own letters once issued, never drafts under work.
allow(
  GrantLetter,
  ['read'],
  (actor, letter) => isDirectorate(actor) || (ownsCentre(actor, letter.centreId) && letter.status === 'issued'),
);
// A case officer drafts a centre's letters (and reads what a new one can start from).
allow(Centre, ['createLetter'], (actor) => actor.hasRole('case_officer'));
allow(GrantLetter, ['update'], (actor, letter) => actor.hasRole('case_officer') && letter.isDraft);
allow(GrantLetter, ['delete'], (actor, letter) => actor.hasRole('case_officer') && letter.status === 'draft');

// The way to issuing: the case officer submits a draft, an approver approves it (or either sends it
// back), the case officer issues it, and the centre leader accepts it.
export const letterStepRoles = {
  submit: ['case_officer'],
  approve: ['approver'],
  reopen: ['case_officer', 'approver'],
  issue: ['case_officer'],
  accept: ['centre_leader'],
} as const satisfies Record<string, readonly Role[]>;
export type LetterStep = keyof typeof letterStepRoles;

/** Whether the actor's roles ever take the step; when they do, only the letter's status (409) may stand in the way. */
export const takesLetterStep = (actor: User, step: LetterStep) => actor.hasRole(...letterStepRoles[step]);
const roleNamesNb: Record<string, string> = {
  case_officer: 'saksbehandler',
  approver: 'godkjenner',
  centre_leader: 'senterleder',
};
const stepNamesNb: Record<LetterStep, string> = {
  submit: 'sende et brev til godkjenning',
  approve: 'godkjenne et brev',
  reopen: 'åpne et brev igjen',
  issue: 'utstede et brev',
  accept: 'akseptere et brev',
};
export const letterStepRefusal = (step: LetterStep) =>
  say(
    `Bare en bruker med rollen ${letterStepRoles[step].map((role) => roleNamesNb[role] ?? role).join(' eller ')} kan ${stepNamesNb[step]}.`,
    `Only a user with the role ${letterStepRoles[step].join(' or ')} can ${step} a letter.`,
  );

allow(GrantLetter, ['submit'], (actor, letter) => takesLetterStep(actor, 'submit') && letter.status === 'draft');
allow(GrantLetter, ['approve'], (actor, letter) => takesLetterStep(actor, 'approve') && letter.status === 'in_review');
allow(
  GrantLetter,
  ['reopen'],
  (actor, letter) =>
    takesLetterStep(actor, 'reopen') && (letter.status === 'in_review' || letter.status === 'approved'),
);
// Issuing an issued letter again is allowed and does nothing, so retries are safe.
allow(
  GrantLetter,
  ['issue'],
  (actor, letter) => takesLetterStep(actor, 'issue') && (letter.status === 'approved' || letter.status === 'issued'),
);
// Across the system: who drafts letters (new letters, bulk issue, drafts on the year view) and who
// approves them; the case officer's year view is the home of both.
allow(System, ['draftLetters'], (actor) => actor.hasRole('case_officer'));
allow(System, ['approveLetters'], (actor) => takesLetterStep(actor, 'approve'));
allow(
  GrantLetter,
  ['accept'],
  (actor, letter) =>
    takesLetterStep(actor, 'accept') && ownsCentre(actor, letter.centreId) && letter.status === 'issued',
);
