// The people a comment names (@): each must be an active participant who may read the comment
// where it stands, so a centre user is never named in an internal note (the notice would carry
// its words), nor in a thread on a draft the centre cannot see. Named people are told through the
// outbox, once per comment, as their single/digest choice says.
import { Op } from 'sequelize';
import type { Transaction } from 'sequelize';
import { User } from '../models/index.js';
import type { Comment, OutboxEmail } from '../models/index.js';
import { can } from '../policies/index.js';
import { fieldError } from '../errors.js';
import { say } from '../i18n/language.js';
import { notify } from '../notifications/notify.js';
import type { CommentSubject } from './subjects.js';

const EXCERPT_LENGTH = 300;

/** The people who may be named in a thread on the subject: who may comment on it. */
export async function mentionablePeople(subject: CommentSubject, transaction?: Transaction): Promise<User[]> {
  const users = await User.findAll({
    where: { active: true, centreId: { [Op.or]: [null, subject.centreId] } },
    order: [['name', 'ASC']],
    transaction,
  });
  return users.filter((user) => can(user, 'comment', subject.record));
}

/** The named users, checked against the comment as it will stand; 400 naming the first who may not read it. */
export async function checkMentions(
  ids: number[],
  comment: Comment,
  subject: CommentSubject,
  transaction: Transaction,
): Promise<User[]> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return [];
  const eligible = new Map((await mentionablePeople(subject, transaction)).map((user) => [user.id, user]));
  const people: User[] = [];
  for (const id of wanted) {
    const person = eligible.get(id);
    if (!person)
      throw fieldError(
        'body.mentionUserIds',
        say(`bruker ${id} kan ikke nevnes i denne tråden`, `user ${id} cannot be mentioned in this thread`),
      );
    if (!can(person, 'read', comment))
      throw fieldError(
        'body.mentionUserIds',
        say(
          `${person.name} hører til senteret og kan ikke lese et internt notat`,
          `${person.name} belongs to the centre and cannot read an internal note`,
        ),
      );
    people.push(person);
  }
  return people;
}

const excerpt = (body: string) => (body.length > EXCERPT_LENGTH ? `${body.slice(0, EXCERPT_LENGTH - 1)}…` : body);

/** Tells each named person once per comment (a later edit tells only the newly named). */
export function noticeOfMentions(
  comment: Comment,
  subject: CommentSubject,
  people: User[],
  actor: User,
  transaction: Transaction,
): Promise<OutboxEmail[]> {
  if (!people.length) return Promise.resolve([]);
  return notify(
    {
      kind: 'comment_mention',
      key: `comment_mention:${comment.id}`,
      centreId: subject.centreId,
      title: `${actor.name} nevnte deg i en kommentar`,
      body: `${comment.internal ? 'Internt notat' : 'Kommentar'} om ${subject.title}: «${excerpt(comment.body)}»`,
      link: subject.link,
    },
    people,
    actor,
    transaction,
  );
}
