// The first schema: organisations, centres, users, letters and their parts, budget, deadlines,
// steering meetings, reference groups and the audit trail.
import { DataTypes } from 'sequelize';
import type { ModelAttributes, QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const id = { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false };
const timestamps = {
  created_at: { type: DataTypes.DATE, allowNull: false },
  updated_at: { type: DataTypes.DATE, allowNull: false },
};
const ref = (table: string, onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT', allowNull = onDelete === 'SET NULL') => ({
  type: DataTypes.INTEGER,
  allowNull,
  references: { model: table, key: 'id' },
  onDelete,
  onUpdate: 'CASCADE',
});

const tables: [string, ModelAttributes][] = [
  [
    'organisations',
    {
      id,
      code: { type: DataTypes.STRING(40), allowNull: true, unique: true },
      name: { type: DataTypes.STRING(255), allowNull: false },
      type: {
        type: DataTypes.ENUM('directorate', 'ministry', 'host', 'county_governor', 'user_organisation'),
        allowNull: false,
      },
      address: { type: DataTypes.STRING(255), allowNull: true },
      ...timestamps,
    },
  ],
  [
    'centres',
    {
      id,
      code: { type: DataTypes.STRING(40), allowNull: false, unique: true },
      name: { type: DataTypes.STRING(255), allowNull: false },
      centre_group: { type: DataTypes.STRING(40), allowNull: true },
      scope: { type: DataTypes.ENUM('national', 'regional'), allowNull: false },
      host_organisation_id: ref('organisations', 'SET NULL'),
      city: { type: DataTypes.STRING(120), allowNull: true },
      address: { type: DataTypes.STRING(255), allowNull: true },
      established: { type: DataTypes.INTEGER, allowNull: true },
      staff_approx: { type: DataTypes.INTEGER, allowNull: true },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      note: { type: DataTypes.TEXT, allowNull: true },
      ...timestamps,
    },
  ],
  [
    'centre_teams',
    {
      id,
      centre_id: ref('centres', 'CASCADE'),
      position: { type: DataTypes.INTEGER, allowNull: false },
      name: { type: DataTypes.STRING(120), allowNull: false },
      regions: { type: DataTypes.TEXT, allowNull: false },
      ...timestamps,
    },
  ],
  [
    'users',
    {
      id,
      email: { type: DataTypes.STRING(255), allowNull: false, unique: true },
      name: { type: DataTypes.STRING(255), allowNull: false },
      title: { type: DataTypes.STRING(255), allowNull: true },
      password_hash: { type: DataTypes.STRING(255), allowNull: false },
      roles: { type: DataTypes.STRING(255), allowNull: false },
      centre_id: ref('centres', 'RESTRICT', true),
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      last_login_at: { type: DataTypes.DATE, allowNull: true },
      ...timestamps,
    },
  ],
  [
    'grant_letters',
    {
      id,
      centre_id: ref('centres', 'RESTRICT'),
      year: { type: DataTypes.INTEGER, allowNull: false },
      kind: { type: DataTypes.ENUM('main', 'supplement'), allowNull: false },
      // 1 for a main letter, NULL for supplements: with the unique index below, one main letter per centre and year.
      main_slot: { type: DataTypes.TINYINT, allowNull: true },
      parent_id: ref('grant_letters', 'RESTRICT', true),
      reference_number: { type: DataTypes.STRING(40), allowNull: true, unique: true },
      status: { type: DataTypes.ENUM('draft', 'in_review', 'approved', 'issued'), allowNull: false },
      title: { type: DataTypes.STRING(500), allowNull: false },
      language: { type: DataTypes.ENUM('nb', 'en'), allowNull: false, defaultValue: 'nb' },
      letter_date: { type: DataTypes.DATEONLY, allowNull: true },
      sender_organisation_id: ref('organisations', 'SET NULL'),
      created_by_id: ref('users', 'SET NULL'),
      issued_at: { type: DataTypes.DATE, allowNull: true },
      ...timestamps,
    },
  ],
  [
    'letter_sections',
    {
      id,
      letter_id: ref('grant_letters', 'CASCADE'),
      position: { type: DataTypes.INTEGER, allowNull: false },
      heading: { type: DataTypes.STRING(500), allowNull: false },
      body: { type: DataTypes.TEXT('medium'), allowNull: false },
      recurring: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      ...timestamps,
    },
  ],
  [
    'letter_signatories',
    {
      id,
      letter_id: ref('grant_letters', 'CASCADE'),
      position: { type: DataTypes.INTEGER, allowNull: false },
      name: { type: DataTypes.STRING(255), allowNull: false },
      title: { type: DataTypes.STRING(255), allowNull: false },
      by_authority: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      ...timestamps,
    },
  ],
  [
    'letter_copy_recipients',
    {
      id,
      letter_id: ref('grant_letters', 'CASCADE'),
      position: { type: DataTypes.INTEGER, allowNull: false },
      organisation_id: ref('organisations', 'SET NULL'),
      name: { type: DataTypes.STRING(255), allowNull: false },
      ...timestamps,
    },
  ],
  [
    'letter_approvals',
    {
      id,
      letter_id: ref('grant_letters', 'CASCADE'),
      user_id: ref('users', 'SET NULL'),
      name: { type: DataTypes.STRING(255), allowNull: false },
      title: { type: DataTypes.STRING(255), allowNull: true },
      method: { type: DataTypes.ENUM('electronic'), allowNull: false, defaultValue: 'electronic' },
      approved_at: { type: DataTypes.DATE, allowNull: false },
      ...timestamps,
    },
  ],
  [
    'priority_areas',
    {
      id,
      letter_id: ref('grant_letters', 'CASCADE'),
      position: { type: DataTypes.INTEGER, allowNull: false },
      title: { type: DataTypes.STRING(500), allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: true },
      ...timestamps,
    },
  ],
  [
    'joint_assignments',
    {
      id,
      year: { type: DataTypes.INTEGER, allowNull: false },
      title: { type: DataTypes.STRING(500), allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: true },
      created_by_id: ref('users', 'SET NULL'),
      ...timestamps,
    },
  ],
  [
    'assignments',
    {
      id,
      letter_id: ref('grant_letters', 'CASCADE'),
      centre_id: ref('centres', 'RESTRICT'),
      joint_assignment_id: ref('joint_assignments', 'SET NULL'),
      // "rank" is reserved in MySQL 8, hence the longer column name.
      priority_rank: { type: DataTypes.INTEGER, allowNull: false },
      title: { type: DataTypes.STRING(500), allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: true },
      deadline_date: { type: DataTypes.DATEONLY, allowNull: true },
      deadline_to_be_agreed: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      status: {
        type: DataTypes.ENUM('not_started', 'in_progress', 'delivered', 'completed', 'cancelled'),
        allowNull: false,
        defaultValue: 'not_started',
      },
      ...timestamps,
    },
  ],
  [
    'budget_lines',
    {
      id,
      year: { type: DataTypes.INTEGER, allowNull: false },
      chapter: { type: DataTypes.INTEGER, allowNull: false },
      item: { type: DataTypes.INTEGER, allowNull: false },
      name: { type: DataTypes.STRING(255), allowNull: false },
      organisation_id: ref('organisations', 'SET NULL'),
      ...timestamps,
    },
  ],
  [
    'budget_frames',
    {
      id,
      centre_id: ref('centres', 'RESTRICT'),
      year: { type: DataTypes.INTEGER, allowNull: false },
      budget_line_id: ref('budget_lines', 'RESTRICT'),
      amount_ore: { type: DataTypes.BIGINT, allowNull: false },
      // The letter that states the frame, when it is stated in a letter of another year (2008's frame in the 2009 letter).
      letter_id: ref('grant_letters', 'SET NULL'),
      note: { type: DataTypes.STRING(500), allowNull: true },
      ...timestamps,
    },
  ],
  [
    'steering_meetings',
    {
      id,
      centre_id: ref('centres', 'RESTRICT'),
      year: { type: DataTypes.INTEGER, allowNull: false },
      sequence: { type: DataTypes.INTEGER, allowNull: false },
      meeting_date: { type: DataTypes.DATEONLY, allowNull: true },
      planned_month: { type: DataTypes.TINYINT, allowNull: true },
      status: { type: DataTypes.ENUM('planned', 'scheduled', 'held', 'cancelled'), allowNull: false },
      location: { type: DataTypes.STRING(255), allowNull: true },
      letter_id: ref('grant_letters', 'SET NULL'),
      ...timestamps,
    },
  ],
  [
    'deadlines',
    {
      id,
      centre_id: ref('centres', 'RESTRICT'),
      year: { type: DataTypes.INTEGER, allowNull: false },
      kind: {
        type: DataTypes.ENUM('plan', 'accounts', 'report', 'assignment', 'meeting', 'action', 'custom'),
        allowNull: false,
      },
      title: { type: DataTypes.STRING(500), allowNull: false },
      due_date: { type: DataTypes.DATEONLY, allowNull: false },
      period_year: { type: DataTypes.INTEGER, allowNull: true },
      status: {
        type: DataTypes.ENUM('upcoming', 'due_soon', 'overdue', 'submitted', 'accepted', 'returned', 'cancelled'),
        allowNull: false,
        defaultValue: 'upcoming',
      },
      letter_id: ref('grant_letters', 'SET NULL'),
      assignment_id: ref('assignments', 'CASCADE', true),
      steering_meeting_id: ref('steering_meetings', 'CASCADE', true),
      ...timestamps,
    },
  ],
  [
    'reference_groups',
    {
      id,
      centre_id: ref('centres', 'CASCADE'),
      name: { type: DataTypes.STRING(255), allowNull: false },
      mandate: { type: DataTypes.TEXT, allowNull: true },
      ...timestamps,
    },
  ],
  [
    'reference_group_members',
    {
      id,
      reference_group_id: ref('reference_groups', 'CASCADE'),
      position: { type: DataTypes.INTEGER, allowNull: false },
      name: { type: DataTypes.STRING(255), allowNull: false },
      organisation_id: ref('organisations', 'SET NULL'),
      organisation_name: { type: DataTypes.STRING(255), allowNull: true },
      role: { type: DataTypes.STRING(120), allowNull: true },
      ...timestamps,
    },
  ],
  [
    'audit_events',
    {
      id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true, allowNull: false },
      actor_id: ref('users', 'SET NULL'),
      actor_email: { type: DataTypes.STRING(255), allowNull: true },
      action: { type: DataTypes.STRING(40), allowNull: false },
      entity_type: { type: DataTypes.STRING(60), allowNull: false },
      entity_id: { type: DataTypes.STRING(60), allowNull: true },
      // No foreign key: the trail outlives what it describes.
      centre_id: { type: DataTypes.INTEGER, allowNull: true },
      before_data: { type: DataTypes.TEXT('long'), allowNull: true },
      after_data: { type: DataTypes.TEXT('long'), allowNull: true },
      request_id: { type: DataTypes.STRING(64), allowNull: true },
      created_at: { type: DataTypes.DATE(3), allowNull: false },
    },
  ],
];

const indexes: [string, string[], boolean][] = [
  ['centre_teams', ['centre_id', 'position'], false],
  ['grant_letters', ['centre_id', 'year', 'main_slot'], true],
  ['grant_letters', ['year', 'status'], false],
  ['letter_sections', ['letter_id', 'position'], false],
  ['priority_areas', ['letter_id', 'position'], false],
  ['assignments', ['letter_id', 'priority_rank'], false],
  ['assignments', ['centre_id'], false],
  ['budget_lines', ['year', 'chapter', 'item'], true],
  ['budget_frames', ['centre_id', 'budget_line_id'], true],
  ['budget_frames', ['year'], false],
  ['steering_meetings', ['centre_id', 'year', 'sequence'], true],
  ['deadlines', ['centre_id', 'year'], false],
  ['deadlines', ['due_date', 'status'], false],
  ['audit_events', ['entity_type', 'entity_id'], false],
  ['audit_events', ['created_at'], false],
];

export const initial: Migration = {
  name: '20261122-0001-initial',
  async up(queryInterface: QueryInterface) {
    for (const [table, attributes] of tables) {
      await queryInterface.createTable(table, attributes, { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' });
    }
    for (const [table, fields, unique] of indexes) {
      await queryInterface.addIndex(table, fields, { unique });
    }
  },
  async down(queryInterface: QueryInterface) {
    for (const [table] of [...tables].reverse()) {
      await queryInterface.dropTable(table);
    }
  },
};
