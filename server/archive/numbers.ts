// The one place that hands out Noark 5 numbers. A counter row per kind and year is raised and
// read under its row lock in the caller's transaction: two steps at once wait for each other, a
// rolled-back step gives its number back, and a committed number is never handed out again (the
// unique keys on the numbered tables hold that too).
import type { Transaction } from 'sequelize';
import { QueryTypes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { CounterName } from '../models/ArchiveCounter.js';

async function lockCounter(name: CounterName, year: number, transaction: Transaction) {
  const [row] = await sequelize.query<{ last_value: number }>(
    'SELECT last_value FROM archive_counters WHERE name = ? AND year = ? FOR UPDATE',
    { replacements: [name, year], transaction, type: QueryTypes.SELECT },
  );
  return row?.last_value;
}

export async function nextNumber(name: CounterName, year: number, transaction: Transaction): Promise<number> {
  // A year's first number: its row is made on its own connection (two transactions inserting the
  // same missing key would deadlock on the gap lock); made with 0, it hands out nothing itself. The
  // look is a plain read, so this transaction holds no lock the insert could wait for.
  const [seen] = await sequelize.query('SELECT 1 FROM archive_counters WHERE name = ? AND year = ?', {
    replacements: [name, year],
    transaction,
    type: QueryTypes.SELECT,
  });
  if (!seen)
    await sequelize.query('INSERT IGNORE INTO archive_counters (name, year, last_value) VALUES (?, ?, 0)', {
      replacements: [name, year],
    });
  const last = await lockCounter(name, year, transaction);
  if (last === undefined) throw new Error(`archive counter ${name} ${year} is missing`);
  await sequelize.query('UPDATE archive_counters SET last_value = ? WHERE name = ? AND year = ?', {
    replacements: [last + 1, name, year],
    transaction,
  });
  return last + 1;
}

/** "Vår ref." in the directorate's style: saksår/sakssekvensnummer-dokumentnummer, e.g. 26/00412-3. */
export const formatCaseReference = (caseYear: number, caseSequence: number, registryNumber: number) =>
  `${String(caseYear % 100).padStart(2, '0')}/${String(caseSequence).padStart(5, '0')}-${registryNumber}`;
