// Outbox e-mails are claimed a batch at a time (server/mail/outboxDelivery.ts): the claim writes
// one random token on every row it takes, so the sender reads back exactly the rows it won.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

export const outboxClaimToken: Migration = {
  name: '20261204-0130-outbox-claim-token',
  async up(queryInterface: QueryInterface) {
    await queryInterface.addColumn('outbox_emails', 'claim_token', { type: DataTypes.CHAR(36), allowNull: true });
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.removeColumn('outbox_emails', 'claim_token');
  },
};
