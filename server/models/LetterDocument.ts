import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { GrantLetter } from './GrantLetter.js';
import type { LetterViewData } from '../letters/letterView.js';
import { jsonText } from './jsonText.js';

/** The PDF of an issued letter: where it is stored, its SHA-256, and the exact data it was made from. */
export class LetterDocument extends Model<InferAttributes<LetterDocument>, InferCreationAttributes<LetterDocument>> {
  declare id: CreationOptional<number>;
  declare letterId: ForeignKey<GrantLetter['id']>;
  declare storageKey: string;
  declare sha256: string;
  declare byteSize: number;
  declare viewData: LetterViewData;
  declare renderedAt: Date;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

LetterDocument.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    storageKey: { type: DataTypes.STRING(255), allowNull: false },
    sha256: { type: DataTypes.CHAR(64), allowNull: false },
    byteSize: { type: DataTypes.INTEGER, allowNull: false },
    viewData: jsonText<LetterViewData>('viewData', { long: true }),
    renderedAt: { type: DataTypes.DATE, allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'letter_documents', modelName: 'LetterDocument' },
);
