import { z } from 'zod';
import type { Comment, User } from '../models/index.js';
import { COMMENT_EDIT_WINDOW_MS, commentSubjectTypes } from '../models/Comment.js';
import { abilitiesOf } from '../policies/index.js';

const personSchema = z.object({ id: z.number().int(), name: z.string() });

export const commentSchema = z
  .object({
    id: z.number().int(),
    subjectType: z.enum(commentSubjectTypes),
    subjectId: z.number().int(),
    author: personSchema.extend({ side: z.enum(['directorate', 'centre']) }).nullable(),
    internal: z.boolean().openapi({ description: 'A directorate-internal note: never shown to a centre user' }),
    body: z.string().nullable().openapi({ description: 'Null once deleted: the thread keeps a tombstone' }),
    mentioned: z.array(personSchema),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    deletedAt: z.string().nullable(),
    editableUntil: z.string().openapi({ description: 'The author may change the text until then' }),
    abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
  })
  .openapi('Comment');

export const mentionableSchema = z
  .object({ id: z.number().int(), name: z.string(), side: z.enum(['directorate', 'centre']) })
  .openapi('MentionablePerson');

const sideOf = (user: User) => (user.isCentreUser ? ('centre' as const) : ('directorate' as const));

export const presentMentionable = (user: User) => ({ id: user.id, name: user.name, side: sideOf(user) });

/** Expects `author` loaded; `people` names the mentioned users (absent ones are left out). */
export function presentComment(
  actor: User,
  comment: Comment,
  people: Map<number, User>,
): z.infer<typeof commentSchema> {
  const deleted = comment.isDeleted;
  return {
    id: comment.id,
    subjectType: comment.subjectType,
    subjectId: comment.subjectId,
    author: comment.author ? { id: comment.author.id, name: comment.author.name, side: sideOf(comment.author) } : null,
    internal: comment.internal,
    body: deleted ? null : comment.body,
    mentioned: deleted
      ? []
      : comment.mentionedUserIds.flatMap((id) => {
          const person = people.get(id);
          return person ? [{ id, name: person.name }] : [];
        }),
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
    deletedAt: comment.deletedAt?.toISOString() ?? null,
    editableUntil: new Date(comment.createdAt.getTime() + COMMENT_EDIT_WINDOW_MS).toISOString(),
    abilities: abilitiesOf(actor, comment),
  };
}
