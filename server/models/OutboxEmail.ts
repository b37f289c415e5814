import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { User } from './User.js';
import { jsonText } from './jsonText.js';

export const outboxStatuses = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];
export interface OutboxAttachment {
  filename: string;
  contentType: string;
  storageKey: string;
}

/**
 * An e-mail the app means to send. The dedupe key (e.g. "letter-issued:12:user:7") is unique, so
 * whatever retries or duplicate jobs happen, one message exists per purpose and recipient.
 * Delivery (server/mail/outboxDelivery.ts): pending → sending (claimed, with a lease) → sent;
 * a failed attempt goes back to pending until nextAttemptAt, or to failed after the give-up time.
 */
export class OutboxEmail extends Model<InferAttributes<OutboxEmail>, InferCreationAttributes<OutboxEmail>> {
  declare id: CreationOptional<number>;
  declare dedupeKey: string;
  declare kind: string;
  declare toAddress: string;
  declare toUserId: ForeignKey<User['id']> | null;
  declare subject: string;
  declare textBody: string;
  declare htmlBody: string;
  declare attachments: OutboxAttachment[];
  declare status: CreationOptional<OutboxStatus>;
  declare attempts: CreationOptional<number>;
  declare lastError: CreationOptional<string | null>;
  declare messageId: CreationOptional<string | null>;
  declare sentAt: CreationOptional<Date | null>;
  /** A pending row is not tried before this (backoff after a failed attempt); null = at once. */
  declare nextAttemptAt: CreationOptional<Date | null>;
  /** While 'sending': the claim runs out at this time, and another worker may take the row over. */
  declare leaseUntil: CreationOptional<Date | null>;
  /** Written by the claim that holds the row (one per batch), so the sender reads back what it won. */
  declare claimToken: CreationOptional<string | null>;
  /** The first attempt of this round; the row fails for good MAIL_GIVE_UP_HOURS after it. */
  declare firstAttemptAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

OutboxEmail.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    dedupeKey: { type: DataTypes.STRING(191), allowNull: false, unique: true },
    kind: { type: DataTypes.STRING(60), allowNull: false },
    toAddress: { type: DataTypes.STRING(255), allowNull: false },
    subject: { type: DataTypes.STRING(500), allowNull: false },
    textBody: { type: DataTypes.TEXT('medium'), allowNull: false },
    htmlBody: { type: DataTypes.TEXT('medium'), allowNull: false },
    attachments: jsonText<OutboxAttachment[]>('attachments'),
    status: { type: DataTypes.ENUM(...outboxStatuses), allowNull: false, defaultValue: 'pending' },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    lastError: { type: DataTypes.TEXT, allowNull: true },
    messageId: { type: DataTypes.STRING(255), allowNull: true },
    sentAt: { type: DataTypes.DATE, allowNull: true },
    nextAttemptAt: { type: DataTypes.DATE(3), allowNull: true },
    leaseUntil: { type: DataTypes.DATE(3), allowNull: true },
    claimToken: { type: DataTypes.CHAR(36), allowNull: true },
    firstAttemptAt: { type: DataTypes.DATE(3), allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'outbox_emails', modelName: 'OutboxEmail' },
);
