// Writes a comment in a thread, in one transaction with its audit row and the notices to the people
// it names; their e-mails are queued once it has committed.
import type { Request } from 'express';
import { Comment } from '../models/index.js';
import type { User } from '../models/index.js';
import type { CommentSubjectType } from '../models/Comment.js';
import { authorize } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { findCommentSubject, subjectEntity } from '../comments/subjects.js';
import { checkMentions, noticeOfMentions } from '../comments/mentions.js';
import { commentAuditView } from '../comments/auditView.js';
import { queueAfterCommit } from '../notifications/queueAfterCommit.js';

export interface NewComment {
  subjectType: CommentSubjectType;
  subjectId: number;
  body: string;
  internal: boolean;
  mentionUserIds: number[];
}

export async function writeComment(req: Request, actor: User, input: NewComment): Promise<Comment> {
  const { comment, emails } = await withTransaction(async (transaction) => {
    const subject = await findCommentSubject(input.subjectType, input.subjectId, transaction);
    authorize(
      actor,
      input.internal ? 'commentInternally' : 'comment',
      subject?.record,
      subjectEntity[input.subjectType],
    );
    const comment = Comment.build({
      subjectType: subject.type,
      subjectId: subject.id,
      centreId: subject.centreId,
      authorId: actor.id,
      internal: input.internal,
      body: input.body,
      mentionedUserIds: [],
      editedAt: null,
      deletedAt: null,
    });
    const named = await checkMentions(input.mentionUserIds, comment, subject, transaction);
    comment.mentionedUserIds = named.map((user) => user.id);
    await comment.save({ transaction });
    comment.author = actor;
    await recordAudit(transaction, {
      req,
      action: 'create',
      entityType: 'Comment',
      entityId: comment.id,
      centreId: comment.centreId,
      after: commentAuditView(comment),
    });
    return { comment, emails: await noticeOfMentions(comment, subject, named, actor, transaction) };
  });
  await queueAfterCommit(emails, { commentId: comment.id });
  return comment;
}
