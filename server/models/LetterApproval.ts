import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { GrantLetter } from './GrantLetter.js';
import type { User } from './User.js';
/** An electronic approval of a letter: who (name and title kept as they were) and when. */
export class LetterApproval extends Model<InferAttributes<LetterApproval>, InferCreationAttributes<LetterApproval>> {
  declare id: CreationOptional<number>;
  declare letterId: ForeignKey<GrantLetter['id']>;
  declare userId: ForeignKey<User['id']> | null;
  declare name: string;
  declare title: string | null;
  declare method: CreationOptional<'electronic'>;
  declare approvedAt: Date;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

LetterApproval.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    name: { type: DataTypes.STRING(255), allowNull: false },
    title: { type: DataTypes.STRING(255), allowNull: true },
    method: { type: DataTypes.ENUM('electronic'), allowNull: false, defaultValue: 'electronic' },
    approvedAt: { type: DataTypes.DATE, allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'letter_approvals', modelName: 'LetterApproval' },
);
