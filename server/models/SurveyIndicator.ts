import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import { jsonText } from './jsonText.js';

/** The contact channels the municipal survey asks about, in the order it lists them. */
export const surveyChannels = [
  'web',
  'phone',
  'collaboration',
  'elearning',
  'articles',
  'course',
  'programme',
  'other',
] as const;
export type SurveyChannel = (typeof surveyChannels)[number];
/** Municipalities per channel; null where the source gives no figure. */
export type ChannelCounts = Record<SurveyChannel, number | null>;

/**
 * One centre's (or centre group's) figures in one year of the municipal survey: how many
 * municipalities answered, the share that had been in contact with it, and contacts per channel.
 * Earlier years may hold only the share. The survey names KORUS and RVTS as groups.
 */
export class SurveyIndicator extends Model<InferAttributes<SurveyIndicator>, InferCreationAttributes<SurveyIndicator>> {
  declare id: CreationOptional<number>;
  declare year: number;
  declare subjectCode: string;
  declare centreId: ForeignKey<Centre['id']> | null;
  declare centreGroup: string | null;
  declare respondents: number | null;
  declare contactedPct: number | null;
  declare channels: ChannelCounts | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare centre?: NonAttribute<Centre | null>;
}

SurveyIndicator.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    subjectCode: { type: DataTypes.STRING(40), allowNull: false },
    centreGroup: { type: DataTypes.STRING(40), allowNull: true },
    respondents: { type: DataTypes.INTEGER, allowNull: true },
    contactedPct: { type: DataTypes.TINYINT.UNSIGNED, allowNull: true },
    channels: jsonText<ChannelCounts>('channels', { allowNull: true }),
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'survey_indicators', modelName: 'SurveyIndicator' },
);
