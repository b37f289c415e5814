import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { User } from './User.js';
import { jsonText } from './jsonText.js';

/** What a thread hangs on. */
export const commentSubjectTypes = ['letter', 'assignment', 'deadline', 'agenda_item'] as const;
export type CommentSubjectType = (typeof commentSubjectTypes)[number];

/** An author may change a comment's text this long after writing it. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60_000;

/**
 * One comment in the thread on a letter, an assignment, a deadline or an agenda item, between the
 * directorate and the centre. `internal` marks a directorate-internal note, which no centre user
 * ever reads. `centreId` is the subject's centre. A deleted comment keeps its row as a tombstone.
 */
export class Comment extends Model<InferAttributes<Comment>, InferCreationAttributes<Comment>> {
  declare id: CreationOptional<number>;
  declare subjectType: CommentSubjectType;
  declare subjectId: number;
  declare centreId: ForeignKey<Centre['id']>;
  declare authorId: ForeignKey<User['id']> | null;
  declare internal: boolean;
  declare body: string;
  /** The people the author named (@), told through the outbox. */
  declare mentionedUserIds: number[];
  declare editedAt: Date | null;
  declare deletedAt: Date | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare author?: NonAttribute<User | null>;

  get isDeleted(): NonAttribute<boolean> {
    return this.deletedAt !== null;
  }
}

Comment.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    subjectType: { type: DataTypes.ENUM(...commentSubjectTypes), allowNull: false },
    subjectId: { type: DataTypes.INTEGER, allowNull: false },
    internal: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    mentionedUserIds: jsonText<number[]>('mentionedUserIds'),
    editedAt: { type: DataTypes.DATE, allowNull: true },
    deletedAt: { type: DataTypes.DATE, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'comments', modelName: 'Comment' },
);
