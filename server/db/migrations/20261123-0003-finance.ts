// Finance: a payment plan per budget frame, disbursements as paid (with the overrides they needed),
// the centres' accounts per year and budget line, and a per-line switch for holding payments while
// accounts or reports are overdue.
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
    'payment_instalments',
    {
      id,
      budget_frame_id: ref('budget_frames', 'CASCADE'),
      due_date: { type: DataTypes.DATEONLY, allowNull: false },
      amount_ore: { type: DataTypes.BIGINT, allowNull: false },
      note: { type: DataTypes.STRING(500), allowNull: true },
      ...timestamps,
    },
  ],
  [
    'disbursements',
    {
      id,
      centre_id: ref('centres', 'RESTRICT'),
      year: { type: DataTypes.INTEGER, allowNull: false },
      budget_frame_id: ref('budget_frames', 'RESTRICT'),
      paid_on: { type: DataTypes.DATEONLY, allowNull: false },
      amount_ore: { type: DataTypes.BIGINT, allowNull: false },
      voucher_reference: { type: DataTypes.STRING(60), allowNull: false },
      note: { type: DataTypes.STRING(500), allowNull: true },
      // Set only when the payment needed the override: the reason given for it.
      over_frame_reason: { type: DataTypes.STRING(500), allowNull: true },
      overdue_override_reason: { type: DataTypes.STRING(500), allowNull: true },
      // The overdue deadlines the override was given for (JSON), so the trail shows what was known.
      overdue_deadlines: { type: DataTypes.TEXT, allowNull: true },
      recorded_by_id: ref('users', 'SET NULL'),
      ...timestamps,
    },
  ],
  [
    'accounts_reports',
    {
      id,
      centre_id: ref('centres', 'RESTRICT'),
      year: { type: DataTypes.INTEGER, allowNull: false },
      budget_line_id: ref('budget_lines', 'RESTRICT'),
      spent_ore: { type: DataTypes.BIGINT, allowNull: false },
      unspent_ore: { type: DataTypes.BIGINT, allowNull: false },
      comment: { type: DataTypes.TEXT, allowNull: true },
      status: { type: DataTypes.ENUM('submitted', 'returned', 'approved'), allowNull: false },
      submitted_at: { type: DataTypes.DATE, allowNull: false },
      submitted_by_id: ref('users', 'SET NULL'),
      unspent_outcome: { type: DataTypes.ENUM('carried_over', 'repaid', 'waived'), allowNull: true },
      unspent_outcome_status: { type: DataTypes.ENUM('pending', 'completed'), allowNull: true },
      review_note: { type: DataTypes.TEXT, allowNull: true },
      reviewed_at: { type: DataTypes.DATE, allowNull: true },
      reviewed_by_id: ref('users', 'SET NULL'),
      ...timestamps,
    },
  ],
];

const indexes: [string, string[], boolean][] = [
  ['payment_instalments', ['budget_frame_id', 'due_date'], false],
  ['disbursements', ['budget_frame_id', 'voucher_reference'], true],
  ['disbursements', ['centre_id', 'year'], false],
  ['disbursements', ['year', 'paid_on'], false],
  ['accounts_reports', ['centre_id', 'budget_line_id'], true],
  ['accounts_reports', ['year'], false],
];

export const finance: Migration = {
  name: '20261123-0003-finance',
  async up(queryInterface: QueryInterface) {
    await queryInterface.addColumn('budget_lines', 'hold_when_overdue', {
      type: DataTypes.BOOLEAN,
      allowNull: false,
      defaultValue: true,
    });
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
    await queryInterface.removeColumn('budget_lines', 'hold_when_overdue');
  },
};
