// Each person's choice of reminders: one e-mail per reminder, or one daily digest of them all.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

export const reminderDelivery: Migration = {
  name: '20261123-0007-reminder-delivery',
  async up(queryInterface: QueryInterface) {
    await queryInterface.addColumn('users', 'reminder_delivery', {
      type: DataTypes.ENUM('single', 'digest'),
      allowNull: false,
      defaultValue: 'single',
    });
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.removeColumn('users', 'reminder_delivery');
  },
};
