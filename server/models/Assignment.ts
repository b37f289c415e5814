import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { GrantLetter } from './GrantLetter.js';
import type { JointAssignment } from './JointAssignment.js';

export const assignmentStatuses = ['not_started', 'in_progress', 'delivered', 'completed', 'cancelled'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

/** One year of an assignment followed over several letters (server/letters/assignmentHistory.ts). */
export interface AssignmentYear {
  assignmentId: number;
  letterId: number;
  year: number;
  status: AssignmentStatus;
  /** What that year's report said (server/reports/assignmentResults.ts), when read with it. */
  reportedStatus?: string | null;
  achievement?: string | null;
}

/**
 * A special assignment (særskilt oppdrag) in a letter. `rank` orders them by priority; ties are
 * allowed (the NAPHA 2009 letter has two at rank 1). The deadline is a date or «to be agreed».
 * A long-term assignment spans startYear–endYear and has a row in each year's letter, tied
 * together by carriedFromId (last year's row) and originId (the first year's row); see
 * server/letters/assignmentHistory.ts.
 */
export class Assignment extends Model<InferAttributes<Assignment>, InferCreationAttributes<Assignment>> {
  declare id: CreationOptional<number>;
  declare letterId: ForeignKey<GrantLetter['id']>;
  // Copied from the letter so lists can be filtered by centre without a join.
  declare centreId: ForeignKey<Centre['id']>;
  declare jointAssignmentId: ForeignKey<JointAssignment['id']> | null;
  declare rank: number;
  declare title: string;
  declare description: string | null;
  declare deadlineDate: string | null;
  declare deadlineToBeAgreed: CreationOptional<boolean>;
  declare status: CreationOptional<AssignmentStatus>;
  /** Both null: a one-year assignment in its letter's year. */
  declare startYear: CreationOptional<number | null>;
  declare endYear: CreationOptional<number | null>;
  declare carriedFromId: ForeignKey<Assignment['id']> | null;
  /** The first year's row of the same assignment; null on that row itself. */
  declare originId: ForeignKey<Assignment['id']> | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare letter?: NonAttribute<GrantLetter>;
  declare centre?: NonAttribute<Centre>;
  declare jointAssignment?: NonAttribute<JointAssignment | null>;
  declare carriedFrom?: NonAttribute<Assignment | null>;
  /** Loaded by the assignment routes for the detail: every year of the same assignment. */
  declare history?: NonAttribute<AssignmentYear[]>;
}

Assignment.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    rank: { type: DataTypes.INTEGER, allowNull: false, field: 'priority_rank' },
    title: { type: DataTypes.STRING(500), allowNull: false },
    description: { type: DataTypes.TEXT, allowNull: true },
    deadlineDate: { type: DataTypes.DATEONLY, allowNull: true },
    deadlineToBeAgreed: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    status: { type: DataTypes.ENUM(...assignmentStatuses), allowNull: false, defaultValue: 'not_started' },
    startYear: { type: DataTypes.INTEGER, allowNull: true, defaultValue: null },
    endYear: { type: DataTypes.INTEGER, allowNull: true, defaultValue: null },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'assignments', modelName: 'Assignment' },
);

/** Rank order; ties keep the order they were entered in. */
export const byRank = (a: Assignment, b: Assignment) => a.rank - b.rank || a.id - b.id;
