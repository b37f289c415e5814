import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import { jsonText } from './jsonText.js';

export interface CaughtAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  sha256: string;
}

/** A message received by the embedded SMTP catcher (used when SMTP_URL is not set). */
export class CaughtEmail extends Model<InferAttributes<CaughtEmail>, InferCreationAttributes<CaughtEmail>> {
  declare id: CreationOptional<number>;
  declare messageId: string | null;
  declare envelopeFrom: string | null;
  declare envelopeTo: string[];
  declare subject: string | null;
  declare textBody: string | null;
  declare htmlBody: string | null;
  declare attachments: CaughtAttachment[];
  declare receivedAt: Date;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

CaughtEmail.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    messageId: { type: DataTypes.STRING(255), allowNull: true },
    envelopeFrom: { type: DataTypes.STRING(255), allowNull: true },
    envelopeTo: jsonText<string[]>('envelopeTo'),
    subject: { type: DataTypes.STRING(500), allowNull: true },
    textBody: { type: DataTypes.TEXT('medium'), allowNull: true },
    htmlBody: { type: DataTypes.TEXT('medium'), allowNull: true },
    attachments: jsonText<CaughtAttachment[]>('attachments'),
    receivedAt: { type: DataTypes.DATE, allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'caught_emails', modelName: 'CaughtEmail' },
);
