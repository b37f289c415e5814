import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { GrantLetter } from './GrantLetter.js';

/** A person signing a letter, with title; byAuthority marks «e.f.» (etter fullmakt). */
export class LetterSignatory extends Model<InferAttributes<LetterSignatory>, InferCreationAttributes<LetterSignatory>> {
  declare id: CreationOptional<number>;
  declare letterId: ForeignKey<GrantLetter['id']>;
  declare position: number;
  declare name: string;
  declare title: string;
  declare byAuthority: CreationOptional<boolean>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

LetterSignatory.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    position: { type: DataTypes.INTEGER, allowNull: false },
    name: { type: DataTypes.STRING(255), allowNull: false },
    title: { type: DataTypes.STRING(255), allowNull: false },
    byAuthority: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'letter_signatories', modelName: 'LetterSignatory' },
);
