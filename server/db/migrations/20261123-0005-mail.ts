// E-mail: the outbox (one row per message the app means to send, unique on its dedupe key, so a
// retried job cannot send twice) and the mailbox of the embedded SMTP catcher used without SMTP_URL.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const id = { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false };
const timestamps = {
  created_at: { type: DataTypes.DATE, allowNull: false },
  updated_at: { type: DataTypes.DATE, allowNull: false },
};
const tableOptions = { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' };

export const mail: Migration = {
  name: '20261123-0005-mail',
  async up(queryInterface: QueryInterface) {
    await queryInterface.createTable(
      'outbox_emails',
      {
        id,
        dedupe_key: { type: DataTypes.STRING(191), allowNull: false, unique: true },
        kind: { type: DataTypes.STRING(60), allowNull: false },
        to_address: { type: DataTypes.STRING(255), allowNull: false },
        to_user_id: {
          type: DataTypes.INTEGER,
          allowNull: true,
          references: { model: 'users', key: 'id' },
          onDelete: 'SET NULL',
          onUpdate: 'CASCADE',
        },
        subject: { type: DataTypes.STRING(500), allowNull: false },
        text_body: { type: DataTypes.TEXT('medium'), allowNull: false },
        html_body: { type: DataTypes.TEXT('medium'), allowNull: false },
        attachments: { type: DataTypes.TEXT, allowNull: false },
        status: { type: DataTypes.ENUM('pending', 'sent', 'failed'), allowNull: false, defaultValue: 'pending' },
        attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        last_error: { type: DataTypes.TEXT, allowNull: true },
        message_id: { type: DataTypes.STRING(255), allowNull: true },
        sent_at: { type: DataTypes.DATE, allowNull: true },
        ...timestamps,
      },
      tableOptions,
    );
    await queryInterface.createTable(
      'caught_emails',
      {
        id,
        message_id: { type: DataTypes.STRING(255), allowNull: true },
        envelope_from: { type: DataTypes.STRING(255), allowNull: true },
        envelope_to: { type: DataTypes.TEXT, allowNull: false },
        subject: { type: DataTypes.STRING(500), allowNull: true },
        text_body: { type: DataTypes.TEXT('medium'), allowNull: true },
        html_body: { type: DataTypes.TEXT('medium'), allowNull: true },
        attachments: { type: DataTypes.TEXT, allowNull: false },
        received_at: { type: DataTypes.DATE, allowNull: false },
        ...timestamps,
      },
      tableOptions,
    );
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.dropTable('caught_emails');
    await queryInterface.dropTable('outbox_emails');
  },
};
