import { z } from 'zod';
import { commentSubjectTypes } from '../../../models/Comment.js';
import { text } from '../common.js';

export const threadQuery = z.object({
  subjectType: z.enum(commentSubjectTypes),
  subjectId: z.coerce.number().int().positive(),
});

const mentionUserIds = z
  .array(z.number().int().positive())
  .max(50)
  .openapi({ description: 'The people named (@): told through the outbox' });

export const writeCommentBody = z.object({
  subjectType: z.enum(commentSubjectTypes),
  subjectId: z.number().int().positive(),
  body: text(10_000),
  internal: z.boolean().default(false).openapi({ description: 'A directorate-internal note (directorate only)' }),
  mentionUserIds: mentionUserIds.default([]),
});

export const editCommentBody = z.object({
  body: text(10_000),
  mentionUserIds: mentionUserIds.optional(),
});
