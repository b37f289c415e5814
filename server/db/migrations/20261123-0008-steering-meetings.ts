// Steering meetings grow into the shared workspace both sides prepare them in: a time and a video
// link, participants, the calendar invitation's sequence, a shared agenda with attachments, the
// stored meeting pack, and minutes with action items that become deadlines. Deadlines get an
// optional owner (an action item's reminders go to that person), and users a calendar feed token.
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
const side = { type: DataTypes.ENUM('directorate', 'centre'), allowNull: false };

const meetingColumns = {
  start_time: { type: DataTypes.STRING(5), allowNull: true },
  duration_minutes: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 120 },
  video_link: { type: DataTypes.STRING(500), allowNull: true },
  invitation_sequence: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
  invited_at: { type: DataTypes.DATE, allowNull: true },
  agenda_status: { type: DataTypes.ENUM('open', 'final'), allowNull: false, defaultValue: 'open' },
  agenda_finalised_at: { type: DataTypes.DATE, allowNull: true },
  pack_storage_key: { type: DataTypes.STRING(191), allowNull: true },
  pack_sha256: { type: DataTypes.CHAR(64), allowNull: true },
  pack_stored_at: { type: DataTypes.DATE, allowNull: true },
};

export const steeringMeetings: Migration = {
  name: '20261123-0008-steering-meetings',
  async up(queryInterface: QueryInterface) {
    for (const [column, spec] of Object.entries(meetingColumns))
      await queryInterface.addColumn('steering_meetings', column, spec);
    await queryInterface.addColumn('deadlines', 'owner_id', ref('users', 'SET NULL'));
    await queryInterface.addColumn('users', 'calendar_feed_token_hash', { type: DataTypes.CHAR(64), allowNull: true });
    await queryInterface.addIndex('users', ['calendar_feed_token_hash'], { unique: true });

    await queryInterface.createTable(
      'meeting_participants',
      {
        id,
        steering_meeting_id: ref('steering_meetings', 'CASCADE'),
        user_id: ref('users', 'SET NULL'),
        name: { type: DataTypes.STRING(200), allowNull: false },
        email: { type: DataTypes.STRING(255), allowNull: false },
        side,
        ...timestamps,
      },
      tableOptions,
    );
    await queryInterface.addIndex('meeting_participants', ['steering_meeting_id', 'email'], { unique: true });

    await queryInterface.createTable(
      'agenda_items',
      {
        id,
        steering_meeting_id: ref('steering_meetings', 'CASCADE'),
        position: { type: DataTypes.INTEGER, allowNull: false },
        title: { type: DataTypes.STRING(300), allowNull: false },
        description: { type: DataTypes.TEXT, allowNull: true },
        proposed_by_id: ref('users', 'SET NULL'),
        side,
        ...timestamps,
      },
      tableOptions,
    );
    await queryInterface.addIndex('agenda_items', ['steering_meeting_id', 'position']);

    await queryInterface.createTable(
      'agenda_item_files',
      {
        id,
        agenda_item_id: ref('agenda_items', 'CASCADE'),
        filename: { type: DataTypes.STRING(255), allowNull: false },
        content_type: { type: DataTypes.STRING(120), allowNull: false },
        byte_size: { type: DataTypes.INTEGER, allowNull: false },
        sha256: { type: DataTypes.CHAR(64), allowNull: false },
        storage_key: { type: DataTypes.STRING(191), allowNull: false },
        ...timestamps,
      },
      tableOptions,
    );

    await queryInterface.createTable(
      'meeting_minutes',
      {
        id,
        steering_meeting_id: { ...ref('steering_meetings', 'CASCADE'), unique: true },
        summary: { type: DataTypes.TEXT, allowNull: true },
        decisions: { type: DataTypes.TEXT, allowNull: false },
        directorate_approved_by_id: ref('users', 'SET NULL'),
        directorate_approved_at: { type: DataTypes.DATE, allowNull: true },
        centre_approved_by_id: ref('users', 'SET NULL'),
        centre_approved_at: { type: DataTypes.DATE, allowNull: true },
        locked_at: { type: DataTypes.DATE, allowNull: true },
        ...timestamps,
      },
      tableOptions,
    );

    await queryInterface.createTable(
      'action_items',
      {
        id,
        meeting_minutes_id: ref('meeting_minutes', 'CASCADE'),
        position: { type: DataTypes.INTEGER, allowNull: false },
        title: { type: DataTypes.STRING(500), allowNull: false },
        owner_id: ref('users', 'SET NULL'),
        due_date: { type: DataTypes.DATEONLY, allowNull: false },
        deadline_id: ref('deadlines', 'SET NULL'),
        ...timestamps,
      },
      tableOptions,
    );
  },
  async down(queryInterface: QueryInterface) {
    for (const table of [
      'action_items',
      'meeting_minutes',
      'agenda_item_files',
      'agenda_items',
      'meeting_participants',
    ])
      await queryInterface.dropTable(table);
    await queryInterface.removeIndex('users', ['calendar_feed_token_hash']);
    await queryInterface.removeColumn('users', 'calendar_feed_token_hash');
    await queryInterface.removeColumn('deadlines', 'owner_id');
    for (const column of Object.keys(meetingColumns).reverse())
      await queryInterface.removeColumn('steering_meetings', column);
  },
};
