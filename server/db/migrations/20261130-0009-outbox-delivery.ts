// Delivery that survives faults: an e-mail is claimed ('sending', with a lease) before it goes to
// SMTP, so a crashed sender's row is taken over once the lease runs out; a failed attempt waits
// until next_attempt_at (backing off up to a day) instead of relying on the job queue to remember.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const statuses = ['pending', 'sending', 'sent', 'failed', 'cancelled'];

export const outboxDelivery: Migration = {
  name: '20261130-0009-outbox-delivery',
  async up(queryInterface: QueryInterface) {
    await queryInterface.changeColumn('outbox_emails', 'status', {
      type: DataTypes.ENUM(...statuses),
      allowNull: false,
      defaultValue: 'pending',
    });
    await queryInterface.addColumn('outbox_emails', 'next_attempt_at', { type: DataTypes.DATE(3), allowNull: true });
    await queryInterface.addColumn('outbox_emails', 'lease_until', { type: DataTypes.DATE(3), allowNull: true });
    await queryInterface.addColumn('outbox_emails', 'first_attempt_at', { type: DataTypes.DATE(3), allowNull: true });
    await queryInterface.addIndex('outbox_emails', ['status', 'next_attempt_at'], {
      name: 'outbox_emails_status_next_attempt',
    });
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.removeIndex('outbox_emails', 'outbox_emails_status_next_attempt');
    await queryInterface.removeColumn('outbox_emails', 'first_attempt_at');
    await queryInterface.removeColumn('outbox_emails', 'lease_until');
    await queryInterface.removeColumn('outbox_emails', 'next_attempt_at');
    await queryInterface.sequelize.query("UPDATE outbox_emails SET status = 'pending' WHERE status = 'sending'");
    await queryInterface.changeColumn('outbox_emails', 'status', {
      type: DataTypes.ENUM('pending', 'sent', 'failed', 'cancelled'),
      allowNull: false,
      defaultValue: 'pending',
    });
  },
};
