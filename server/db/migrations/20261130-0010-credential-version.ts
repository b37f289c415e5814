// A user's credential version: raised when their password changes (or they are deactivated), so
// every session begun before it ends (middlewares/currentUser compares it with the session's).
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

export const credentialVersion: Migration = {
  name: '20261130-0010-credential-version',
  async up(queryInterface: QueryInterface) {
    await queryInterface.addColumn('users', 'credential_version', {
      type: DataTypes.INTEGER.UNSIGNED,
      allowNull: false,
      defaultValue: 0,
    });
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.removeColumn('users', 'credential_version');
  },
};
