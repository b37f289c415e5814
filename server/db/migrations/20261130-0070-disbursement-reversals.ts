// A payment recorded in error is reversed, never deleted: the reversal is a disbursement of its own
// with the negative amount, pointing at the payment it reverses and carrying the reason. The unique
// index lets a payment be reversed once.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

export const disbursementReversals: Migration = {
  name: '20261130-0070-disbursement-reversals',
  async up(queryInterface: QueryInterface) {
    await queryInterface.addColumn('disbursements', 'reverses_id', {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'disbursements', key: 'id' },
      onDelete: 'RESTRICT',
      onUpdate: 'CASCADE',
    });
    await queryInterface.addColumn('disbursements', 'reversal_reason', {
      type: DataTypes.STRING(500),
      allowNull: true,
    });
    await queryInterface.addIndex('disbursements', ['reverses_id'], {
      unique: true,
      name: 'disbursements_reverses_id_unique',
    });
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.sequelize.query('DELETE FROM disbursements WHERE reverses_id IS NOT NULL');
    await queryInterface.removeColumn('disbursements', 'reversal_reason');
    await queryInterface.removeConstraint('disbursements', 'disbursements_reverses_id_unique').catch(() => undefined);
    await queryInterface.removeColumn('disbursements', 'reverses_id');
  },
};
