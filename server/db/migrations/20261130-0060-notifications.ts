// Notifications: one row per (step, person) when a step hands work to someone. A person who takes
// e-mails one by one gets an outbox e-mail at once; one who chose the digest gets the day's
// notifications in one e-mail (written by the reminder sweep). The dedupe key makes a retried
// step write nothing twice.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const ref = (table: string, allowNull: boolean, onDelete: 'CASCADE' | 'SET NULL') => ({
  type: DataTypes.INTEGER,
  allowNull,
  references: { model: table, key: 'id' },
  onDelete,
  onUpdate: 'CASCADE',
});

export const notifications: Migration = {
  name: '20261130-0060-notifications',
  async up(queryInterface: QueryInterface) {
    await queryInterface.createTable(
      'notifications',
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
        dedupe_key: { type: DataTypes.STRING(191), allowNull: false, unique: true },
        kind: { type: DataTypes.STRING(40), allowNull: false },
        user_id: ref('users', false, 'CASCADE'),
        centre_id: ref('centres', true, 'SET NULL'),
        title: { type: DataTypes.STRING(500), allowNull: false },
        body: { type: DataTypes.TEXT, allowNull: false },
        link: { type: DataTypes.STRING(300), allowNull: false },
        outbox_email_id: ref('outbox_emails', true, 'SET NULL'),
        created_at: { type: DataTypes.DATE, allowNull: false },
        updated_at: { type: DataTypes.DATE, allowNull: false },
      },
      { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
    );
    await queryInterface.addIndex('notifications', ['user_id', 'created_at']);
    await queryInterface.addIndex('notifications', ['outbox_email_id']);
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.dropTable('notifications');
  },
};
