// Demo and reference data: every centre, the NAPHA 2009 letter, this year's letters in every
// state with their steering meetings prepared, NAPHA's report on last year
// (submitted and assessed) and a short dialogue on it, one user per
// role and the municipal survey 2023.
// Written in one transaction, so a failure leaves nothing behind.
import { sequelize } from '../server/db/sequelize.js';
import * as models from '../server/models/index.js';
import { env } from '../server/env.js';
import { todayInOslo, yearOf } from './calendar.js';
import { seedCurrentYear } from './currentYear.js';
import { seedMeetingPreparation } from './meetings.js';
import { seedNapha2009 } from './napha2009.js';
import { seedReference } from './reference.js';
import { seedIndicators } from './indicators.js';
import { seedUsers } from './users.js';
import { seedJournal } from './journal.js';
import { seedDialogue } from './dialogue.js';
import { seedNaphaReport } from './annualReport.js';

export { demoLogins } from './users.js';

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await models.Centre.count()) === 0;
}

/** Empties every table of the app's models. Not `sequelize.models`: umzug registers its migration log there too. */
async function emptyAllTables(): Promise<void> {
  const tables = Object.values(models).map((model) => model.tableName);
  // FOREIGN_KEY_CHECKS is per connection; the transaction keeps every statement on one pooled
  // connection, and the finally hands that connection back with the checks on again.
  // (TRUNCATE commits implicitly, so the transaction gives no atomicity here.)
  await sequelize.transaction(async (transaction) => {
    await sequelize.query('SET FOREIGN_KEY_CHECKS = 0', { transaction });
    try {
      for (const table of tables) await sequelize.query(`TRUNCATE TABLE \`${table}\``, { transaction });
    } finally {
      await sequelize.query('SET FOREIGN_KEY_CHECKS = 1', { transaction });
    }
  });
}

/** Demo users share one public password, the administrator included: never in production. */
export class DemoDataRefused extends Error {}

export async function seedDemo(options: { password: string; reset?: boolean }): Promise<void> {
  if (env.NODE_ENV === 'production')
    throw new DemoDataRefused(
      'Demo data is never seeded when NODE_ENV=production (its users share a public password).',
    );
  if (options.reset) await emptyAllTables();
  const today = todayInOslo();
  await sequelize.transaction(async (transaction) => {
    const reference = await seedReference(yearOf(today), transaction);
    const users = await seedUsers(reference, options.password, transaction);
    const context = { ...reference, users, transaction };
    await seedNapha2009(context);
    await seedCurrentYear(context, today);
    await seedMeetingPreparation(context, today);
    await seedJournal(context, yearOf(today));
    await seedNaphaReport(context, yearOf(today));
    await seedDialogue(context, yearOf(today));
    await seedIndicators(reference.centres, transaction);
  });
}
