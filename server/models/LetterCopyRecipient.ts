import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { GrantLetter } from './GrantLetter.js';
import type { Organisation } from './Organisation.js';
/** A copy recipient (kopi til) of a letter, optionally a known organisation. */
export class LetterCopyRecipient extends Model<
  InferAttributes<LetterCopyRecipient>,
  InferCreationAttributes<LetterCopyRecipient>
> {
  declare id: CreationOptional<number>;
  declare letterId: ForeignKey<GrantLetter['id']>;
  declare position: number;
  declare organisationId: ForeignKey<Organisation['id']> | null;
  declare name: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare organisation?: NonAttribute<Organisation | null>;
}

LetterCopyRecipient.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    position: { type: DataTypes.INTEGER, allowNull: false },
    name: { type: DataTypes.STRING(255), allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'letter_copy_recipients', modelName: 'LetterCopyRecipient' },
);
