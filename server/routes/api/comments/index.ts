// The steering dialogue's comment threads on a letter, an assignment, a deadline or an agenda item.
// A centre user reads the threads of its own centre's subjects it may read, never an internal note.
import type { Router } from 'express';
import { z } from 'zod';
import { Op } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { idParams } from '../common.js';
import { editCommentBody, threadQuery, writeCommentBody } from './schema.js';
import { Comment, User } from '../../../models/index.js';
import type { CommentSubjectType } from '../../../models/Comment.js';
import { abilitiesFor, authorize, can } from '../../../policies/index.js';
import { commentSchema, mentionableSchema, presentComment, presentMentionable } from '../../../presenters/comment.js';
import { findCommentSubject, subjectEntity } from '../../../comments/subjects.js';
import { mentionablePeople } from '../../../comments/mentions.js';
import { writeComment } from '../../../commands/writeComment.js';
import { deleteComment, editComment } from '../../../commands/changeComment.js';

const tag = 'comments';

/** The subject, 404 unless the actor may read it. */
async function readableSubject(actor: User, type: CommentSubjectType, id: number) {
  const subject = await findCommentSubject(type, id);
  authorize(actor, 'read', subject?.record, subjectEntity[type]);
  return subject;
}

/** The comments presented for the actor, naming the people they mention in one query. */
async function presentComments(actor: User, comments: Comment[]) {
  const ids = [...new Set(comments.flatMap((comment) => comment.mentionedUserIds))];
  const people = new Map(
    (ids.length ? await User.findAll({ where: { id: { [Op.in]: ids } }, attributes: ['id', 'name'] }) : []).map(
      (user) => [user.id, user],
    ),
  );
  return comments.map((comment) => presentComment(actor, comment, people));
}

async function presentOne(actor: User, id: number) {
  const comment = await Comment.findByPk(id, { include: [{ model: User, as: 'author' }] });
  return (await presentComments(actor, [comment!]))[0]!;
}

export function registerCommentRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/comments',
    tag,
    summary: 'The thread on a subject, oldest first; a centre user never gets internal notes',
    query: threadQuery,
    response: z.object({
      items: z.array(commentSchema),
      abilities: z
        .object({ comment: z.boolean(), commentInternally: z.boolean() })
        .openapi({ description: 'Whether you may write in the thread, and write internal notes' }),
    }),
    handler: async ({ actor, query }) => {
      const subject = await readableSubject(actor, query.subjectType, query.subjectId);
      const comments = await Comment.findAll({
        where: {
          subjectType: query.subjectType,
          subjectId: query.subjectId,
          // Filtered in the query as well as by the policy: an internal note never leaves the database for a centre user.
          ...(actor.isCentreUser ? { internal: false } : {}),
        },
        include: [{ model: User, as: 'author' }],
        order: [['id', 'ASC']],
      });
      return {
        items: await presentComments(
          actor,
          comments.filter((comment) => can(actor, 'read', comment)),
        ),
        abilities: abilitiesFor(actor, subject.record, ['comment', 'commentInternally'] as const),
      };
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/comments/mentionable',
    tag,
    summary: 'The people who may be named (@) in the thread on a subject',
    query: threadQuery,
    response: z.object({ items: z.array(mentionableSchema) }),
    handler: async ({ actor, query }) => {
      const subject = await readableSubject(actor, query.subjectType, query.subjectId);
      authorize(actor, 'comment', subject.record, subjectEntity[query.subjectType]);
      return { items: (await mentionablePeople(subject)).map(presentMentionable) };
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/comments',
    tag,
    summary: 'Write a comment, or an internal note (directorate), naming people who are then told',
    description: '400 when a named person may not read the comment (a centre user in an internal note).',
    body: writeCommentBody,
    status: 201,
    response: commentSchema,
    handler: async ({ req, actor, body }) => presentOne(actor, (await writeComment(req, actor, body)).id),
  });

  defineRoute(router, {
    method: 'patch',
    path: '/api/comments/:id',
    tag,
    summary: 'Change the text of one’s own comment within 15 minutes of writing it',
    description: '409 comment-edit-closed after that.',
    params: idParams,
    body: editCommentBody,
    response: commentSchema,
    handler: async ({ req, actor, params, body }) =>
      presentOne(actor, (await editComment(req, actor, params.id, body)).id),
  });

  defineRoute(router, {
    method: 'delete',
    path: '/api/comments/:id',
    tag,
    summary: 'Delete one’s own comment; the thread keeps a tombstone',
    params: idParams,
    response: commentSchema,
    handler: async ({ req, actor, params }) => presentOne(actor, (await deleteComment(req, actor, params.id)).id),
  });
}
