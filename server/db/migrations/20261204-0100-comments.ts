// Comment threads of the steering dialogue: on a letter, a special assignment, a deadline (its
// hand-ins and report) or an agenda item. A directorate-internal note is a comment marked internal;
// centre_id is the subject's centre, so a centre's threads are read without joining each subject.
// An edit stamps edited_at (the audit trail keeps the text before); a deletion empties the body and
// stamps deleted_at, leaving a tombstone in the thread.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

export const comments: Migration = {
  name: '20261204-0100-comments',
  async up(queryInterface: QueryInterface) {
    await queryInterface.createTable(
      'comments',
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
        subject_type: {
          type: DataTypes.ENUM('letter', 'assignment', 'deadline', 'agenda_item'),
          allowNull: false,
        },
        subject_id: { type: DataTypes.INTEGER, allowNull: false },
        centre_id: {
          type: DataTypes.INTEGER,
          allowNull: false,
          references: { model: 'centres', key: 'id' },
          onDelete: 'CASCADE',
          onUpdate: 'CASCADE',
        },
        author_id: {
          type: DataTypes.INTEGER,
          allowNull: true,
          references: { model: 'users', key: 'id' },
          onDelete: 'SET NULL',
          onUpdate: 'CASCADE',
        },
        internal: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        body: { type: DataTypes.TEXT, allowNull: false },
        mentioned_user_ids: { type: DataTypes.TEXT, allowNull: false },
        edited_at: { type: DataTypes.DATE, allowNull: true },
        deleted_at: { type: DataTypes.DATE, allowNull: true },
        created_at: { type: DataTypes.DATE, allowNull: false },
        updated_at: { type: DataTypes.DATE, allowNull: false },
      },
      { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
    );
    await queryInterface.addIndex('comments', ['subject_type', 'subject_id', 'id'], { name: 'comments_subject' });
    await queryInterface.addIndex('comments', ['centre_id', 'created_at'], { name: 'comments_centre_created' });
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.dropTable('comments');
  },
};
