import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { Deadline } from './Deadline.js';
import type { GrantLetter } from './GrantLetter.js';
import type { User } from './User.js';
import { jsonText } from './jsonText.js';
import type { ReportContent } from '../reports/reportContent.js';

export const reportStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/**
 * The centre's structured report against a report deadline, on the special assignments and
 * priority areas of `letterId` (the letter of the year reported on, when there is one). `content` is the working copy
 * (autosaved while draft or returned); each submission is frozen as an AnnualReportVersion.
 */
export class AnnualReport extends Model<InferAttributes<AnnualReport>, InferCreationAttributes<AnnualReport>> {
  declare id: CreationOptional<number>;
  declare deadlineId: ForeignKey<Deadline['id']>;
  declare centreId: ForeignKey<Centre['id']>;
  /** The year reported on. */
  declare year: number;
  /** That year's issued main letter, whose assignments and priority areas the report covers; null when it has none here. */
  declare letterId: ForeignKey<GrantLetter['id']> | null;
  declare status: CreationOptional<ReportStatus>;
  declare content: ReportContent;
  /** How many times it has been submitted (the latest version's number). */
  declare version: CreationOptional<number>;
  declare savedById: ForeignKey<User['id']> | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare deadline?: NonAttribute<Deadline>;
  declare centre?: NonAttribute<Centre>;
  declare letter?: NonAttribute<GrantLetter>;
  declare versions?: NonAttribute<AnnualReportVersion[]>;
}

AnnualReport.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    status: { type: DataTypes.ENUM(...reportStatuses), allowNull: false, defaultValue: 'draft' },
    content: jsonText<ReportContent>('content', { long: true }),
    version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'annual_reports', modelName: 'AnnualReport' },
);

/** One submission of a report as it was handed in; a return adds the case officer's comment. */
export class AnnualReportVersion extends Model<
  InferAttributes<AnnualReportVersion>,
  InferCreationAttributes<AnnualReportVersion>
> {
  declare id: CreationOptional<number>;
  declare reportId: ForeignKey<AnnualReport['id']>;
  declare version: number;
  declare content: ReportContent;
  declare submissionId: number | null;
  declare submittedById: ForeignKey<User['id']> | null;
  declare submittedAt: Date;
  declare returnComment: string | null;
  declare returnedAt: Date | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare submittedBy?: NonAttribute<User | null>;
}

AnnualReportVersion.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    version: { type: DataTypes.INTEGER, allowNull: false },
    content: jsonText<ReportContent>('content', { long: true }),
    submissionId: { type: DataTypes.INTEGER, allowNull: true },
    submittedAt: { type: DataTypes.DATE, allowNull: false },
    returnComment: { type: DataTypes.TEXT, allowNull: true },
    returnedAt: { type: DataTypes.DATE, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'annual_report_versions', modelName: 'AnnualReportVersion' },
);

export { achievements } from '../../common/reportVocabulary.js';
import { achievements } from '../../common/reportVocabulary.js';
export type Achievement = (typeof achievements)[number];

/**
 * The directorate's assessment of a report: of one special assignment, or (assignmentId null) of
 * the whole report with the control of the use of money. Never changed: a later assessment of the
 * same target supersedes it, so the trail of judgements stays whole.
 */
export class ReportAssessment extends Model<
  InferAttributes<ReportAssessment>,
  InferCreationAttributes<ReportAssessment>
> {
  declare id: CreationOptional<number>;
  declare reportId: ForeignKey<AnnualReport['id']>;
  declare assignmentId: number | null;
  declare achievement: Achievement;
  declare justification: string;
  declare moneyControl: string | null;
  declare assessedById: ForeignKey<User['id']> | null;
  declare supersedesId: number | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare assessedBy?: NonAttribute<User | null>;
  declare report?: NonAttribute<AnnualReport>;
}

ReportAssessment.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    assignmentId: { type: DataTypes.INTEGER, allowNull: true },
    achievement: { type: DataTypes.ENUM(...achievements), allowNull: false },
    justification: { type: DataTypes.TEXT, allowNull: false },
    moneyControl: { type: DataTypes.TEXT, allowNull: true },
    supersedesId: { type: DataTypes.INTEGER, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'report_assessments', modelName: 'ReportAssessment' },
);
