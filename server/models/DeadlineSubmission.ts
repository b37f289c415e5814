import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Deadline } from './Deadline.js';
import type { User } from './User.js';
import type { StoredFile } from './StoredFile.js';

export const reviewStatuses = ['pending', 'accepted', 'returned'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** A hand-in (leveranse) against a deadline, and the case officer's review of it. */
export class DeadlineSubmission extends Model<
  InferAttributes<DeadlineSubmission>,
  InferCreationAttributes<DeadlineSubmission>
> {
  declare id: CreationOptional<number>;
  declare deadlineId: ForeignKey<Deadline['id']>;
  declare submittedById: ForeignKey<User['id']> | null;
  declare comment: string | null;
  declare submittedAt: Date;
  declare reviewStatus: CreationOptional<ReviewStatus>;
  declare reviewedById: CreationOptional<ForeignKey<User['id']> | null>;
  declare reviewedAt: CreationOptional<Date | null>;
  declare reviewComment: CreationOptional<string | null>;
  /** Måloppnåelse: how far the centre reached its goals (reports and accounts). */
  declare assessmentGoals: CreationOptional<string | null>;
  /** How the money was used (reports and accounts). */
  declare assessmentFunds: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare files?: NonAttribute<StoredFile[]>;
  declare submittedBy?: NonAttribute<User | null>;
  declare reviewedBy?: NonAttribute<User | null>;
}

DeadlineSubmission.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    comment: { type: DataTypes.TEXT, allowNull: true },
    submittedAt: { type: DataTypes.DATE, allowNull: false },
    reviewStatus: { type: DataTypes.ENUM(...reviewStatuses), allowNull: false, defaultValue: 'pending' },
    reviewedAt: { type: DataTypes.DATE, allowNull: true },
    reviewComment: { type: DataTypes.TEXT, allowNull: true },
    assessmentGoals: { type: DataTypes.TEXT, allowNull: true },
    assessmentFunds: { type: DataTypes.TEXT, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'deadline_submissions', modelName: 'DeadlineSubmission' },
);
