// An author edits a comment within the edit window, or deletes it (a tombstone stays in the
// thread). Each change is one transaction with its audit row, which keeps the text before.
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import { Comment, User } from '../models/index.js';
import { COMMENT_EDIT_WINDOW_MS } from '../models/Comment.js';
import { authorize, can } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { CommentEditClosed } from '../errors.js';
import { findCommentSubject } from '../comments/subjects.js';
import { checkMentions, noticeOfMentions } from '../comments/mentions.js';
import { commentAuditView } from '../comments/auditView.js';
import { queueAfterCommit } from '../notifications/queueAfterCommit.js';

/** The comment with its author, locked; 404 when the actor may not read it. */
async function lockedComment(actor: User, id: number, transaction: Transaction) {
  const comment = await Comment.findByPk(id, {
    include: [{ model: User, as: 'author' }],
    transaction,
    lock: transaction.LOCK.UPDATE,
  });
  authorize(actor, 'read', comment, 'comment');
  return comment;
}

export async function editComment(
  req: Request,
  actor: User,
  id: number,
  input: { body: string; mentionUserIds?: number[] },
): Promise<Comment> {
  const { comment, emails } = await withTransaction(async (transaction) => {
    const comment = await lockedComment(actor, id, transaction);
    // The author's own live comment past its window: say why, rather than a bare 403.
    if (
      comment.authorId === actor.id &&
      !comment.isDeleted &&
      !can(actor, 'update', comment) &&
      Date.now() - comment.createdAt.getTime() >= COMMENT_EDIT_WINDOW_MS
    )
      throw CommentEditClosed(COMMENT_EDIT_WINDOW_MS / 60_000);
    authorize(actor, 'update', comment, 'comment');
    const subject = (await findCommentSubject(comment.subjectType, comment.subjectId, transaction))!;
    const before = commentAuditView(comment);
    const named = await checkMentions(input.mentionUserIds ?? comment.mentionedUserIds, comment, subject, transaction);
    const newlyNamed = named.filter((user) => !comment.mentionedUserIds.includes(user.id));
    await comment.update(
      { body: input.body, mentionedUserIds: named.map((user) => user.id), editedAt: new Date() },
      { transaction },
    );
    await recordAudit(transaction, {
      req,
      action: 'update',
      entityType: 'Comment',
      entityId: comment.id,
      centreId: comment.centreId,
      before,
      after: commentAuditView(comment),
    });
    return { comment, emails: await noticeOfMentions(comment, subject, newlyNamed, actor, transaction) };
  });
  await queueAfterCommit(emails, { commentId: comment.id });
  return comment;
}

export async function deleteComment(req: Request, actor: User, id: number): Promise<Comment> {
  return withTransaction(async (transaction) => {
    const comment = await lockedComment(actor, id, transaction);
    authorize(actor, 'delete', comment, 'comment');
    const before = commentAuditView(comment);
    await comment.update({ body: '', mentionedUserIds: [], deletedAt: new Date() }, { transaction });
    await recordAudit(transaction, {
      req,
      action: 'delete',
      entityType: 'Comment',
      entityId: comment.id,
      centreId: comment.centreId,
      before,
    });
    return comment;
  });
}
