// A letter sent back to draft carries the reason, who sent it back and when, so the case officer
// sees why on the letter (the audit trail keeps every return).
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const letterColumns = {
  return_reason: { type: DataTypes.TEXT, allowNull: true },
  returned_at: { type: DataTypes.DATE, allowNull: true },
  returned_by_id: {
    type: DataTypes.INTEGER,
    allowNull: true,
    references: { model: 'users', key: 'id' },
    onDelete: 'SET NULL',
    onUpdate: 'CASCADE',
  },
};

export const letterReturnReason: Migration = {
  name: '20261130-0050-letter-return-reason',
  async up(queryInterface: QueryInterface) {
    for (const [column, attributes] of Object.entries(letterColumns)) {
      await queryInterface.addColumn('grant_letters', column, attributes);
    }
  },
  async down(queryInterface: QueryInterface) {
    for (const column of Object.keys(letterColumns).reverse()) {
      await queryInterface.removeColumn('grant_letters', column);
    }
  },
};
