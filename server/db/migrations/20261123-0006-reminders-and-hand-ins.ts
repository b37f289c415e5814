// Reminders (one row per deadline, due date, step and recipient — unique, so no sweep, retry or
// second worker can make two) and hand-ins: a centre's submission against a deadline, its files,
// and the case officer's review with the assessment of goal achievement and use of money.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const id = { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false };
const timestamps = {
  created_at: { type: DataTypes.DATE, allowNull: false },
  updated_at: { type: DataTypes.DATE, allowNull: false },
};
const ref = (table: string, onDelete: 'CASCADE' | 'SET NULL') => ({
  type: DataTypes.INTEGER,
  allowNull: onDelete === 'SET NULL',
  references: { model: table, key: 'id' },
  onDelete,
  onUpdate: 'CASCADE',
});
const tableOptions = { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' };

export const remindersAndHandIns: Migration = {
  name: '20261123-0006-reminders-and-hand-ins',
  async up(queryInterface: QueryInterface) {
    await queryInterface.changeColumn('outbox_emails', 'status', {
      type: DataTypes.ENUM('pending', 'sent', 'failed', 'cancelled'),
      allowNull: false,
      defaultValue: 'pending',
    });
    await queryInterface.createTable(
      'reminders',
      {
        id,
        deadline_id: ref('deadlines', 'CASCADE'),
        due_date: { type: DataTypes.DATEONLY, allowNull: false },
        step: { type: DataTypes.INTEGER, allowNull: false },
        user_id: ref('users', 'CASCADE'),
        send_on: { type: DataTypes.DATEONLY, allowNull: false },
        status: {
          type: DataTypes.ENUM('pending', 'sent', 'cancelled', 'failed'),
          allowNull: false,
          defaultValue: 'pending',
        },
        outbox_email_id: ref('outbox_emails', 'SET NULL'),
        ...timestamps,
      },
      tableOptions,
    );
    await queryInterface.addIndex('reminders', ['deadline_id', 'due_date', 'step', 'user_id'], {
      unique: true,
      name: 'reminders_once',
    });
    await queryInterface.addIndex('reminders', ['send_on', 'status']);
    await queryInterface.createTable(
      'deadline_submissions',
      {
        id,
        deadline_id: ref('deadlines', 'CASCADE'),
        submitted_by_id: ref('users', 'SET NULL'),
        comment: { type: DataTypes.TEXT, allowNull: true },
        submitted_at: { type: DataTypes.DATE, allowNull: false },
        review_status: {
          type: DataTypes.ENUM('pending', 'accepted', 'returned'),
          allowNull: false,
          defaultValue: 'pending',
        },
        reviewed_by_id: ref('users', 'SET NULL'),
        reviewed_at: { type: DataTypes.DATE, allowNull: true },
        review_comment: { type: DataTypes.TEXT, allowNull: true },
        assessment_goals: { type: DataTypes.TEXT, allowNull: true },
        assessment_funds: { type: DataTypes.TEXT, allowNull: true },
        ...timestamps,
      },
      tableOptions,
    );
    await queryInterface.createTable(
      'submission_files',
      {
        id,
        submission_id: ref('deadline_submissions', 'CASCADE'),
        filename: { type: DataTypes.STRING(255), allowNull: false },
        content_type: { type: DataTypes.STRING(120), allowNull: false },
        byte_size: { type: DataTypes.INTEGER, allowNull: false },
        sha256: { type: DataTypes.CHAR(64), allowNull: false },
        storage_key: { type: DataTypes.STRING(255), allowNull: false },
        ...timestamps,
      },
      tableOptions,
    );
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.dropTable('submission_files');
    await queryInterface.dropTable('deadline_submissions');
    await queryInterface.dropTable('reminders');
    await queryInterface.bulkDelete('outbox_emails', { status: 'cancelled' });
    await queryInterface.changeColumn('outbox_emails', 'status', {
      type: DataTypes.ENUM('pending', 'sent', 'failed'),
      allowNull: false,
      defaultValue: 'pending',
    });
  },
};
