import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { GrantLetter } from './GrantLetter.js';

/** An ordered, editable section of a letter (heading and body text). Recurring sections are copied into next year's draft. */
export class LetterSection extends Model<InferAttributes<LetterSection>, InferCreationAttributes<LetterSection>> {
  declare id: CreationOptional<number>;
  declare letterId: ForeignKey<GrantLetter['id']>;
  declare position: number;
  declare heading: string;
  declare body: string;
  declare recurring: CreationOptional<boolean>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

LetterSection.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    position: { type: DataTypes.INTEGER, allowNull: false },
    heading: { type: DataTypes.STRING(500), allowNull: false },
    body: { type: DataTypes.TEXT('medium'), allowNull: false },
    recurring: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'letter_sections', modelName: 'LetterSection' },
);
