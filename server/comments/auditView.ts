// What the audit trail keeps of a comment: its text and who it named, before and after each change.
import type { Comment } from '../models/index.js';

export const commentAuditView = (comment: Comment) => ({
  subjectType: comment.subjectType,
  subjectId: comment.subjectId,
  internal: comment.internal,
  body: comment.body,
  mentionedUserIds: comment.mentionedUserIds,
});
