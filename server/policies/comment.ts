// The steering dialogue's threads. Whoever takes part in the dialogue and may read the subject (a
// letter, an assignment, a deadline, an agenda item) may comment on it; only the directorate writes
// internal notes, and no centre user reads one. An author may change the text for a short while
// after writing, and delete their own comment (a tombstone stays).
import { AgendaItem, Assignment, Comment, Deadline, GrantLetter } from '../models/index.js';
import { COMMENT_EDIT_WINDOW_MS } from '../models/Comment.js';
import type { User } from '../models/index.js';
import { allow, can, isDirectorate, ownsCentre } from './allow.js';

/** The roles that hold the dialogue (the admin and the auditor oversee it without taking part). */
const takesPart = (actor: User) =>
  actor.hasRole('case_officer', 'approver', 'finance', 'centre_leader', 'centre_staff');

for (const subject of [GrantLetter, Assignment, Deadline, AgendaItem]) {
  allow(subject as typeof GrantLetter, ['comment'], (actor, record) => takesPart(actor) && can(actor, 'read', record));
  allow(
    subject as typeof GrantLetter,
    ['commentInternally'],
    (actor, record) => takesPart(actor) && isDirectorate(actor) && can(actor, 'read', record),
  );
}

allow(
  Comment,
  ['read'],
  (actor, comment) => isDirectorate(actor) || (ownsCentre(actor, comment.centreId) && !comment.internal),
);
const ownLiveComment = (actor: User, comment: Comment) => comment.authorId === actor.id && !comment.isDeleted;
allow(
  Comment,
  ['update'],
  (actor, comment) =>
    ownLiveComment(actor, comment) && Date.now() - comment.createdAt.getTime() < COMMENT_EDIT_WINDOW_MS,
);
allow(Comment, ['delete'], ownLiveComment);
