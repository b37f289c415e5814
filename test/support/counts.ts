// Row counts of every table, to show that a refused request wrote nothing. The mail catcher's
// mailbox (caught_emails) is left out: a worker delivering an earlier request's e-mail fills it in
// the background at any moment, which says nothing about the request under test.
import { QueryTypes } from 'sequelize';
import { sequelize } from '../../server/db/sequelize.js';

export async function rowCounts(): Promise<Record<string, number>> {
  const tables = await sequelize.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name NOT IN ('sequelize_meta', 'caught_emails')",
    { type: QueryTypes.SELECT },
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await sequelize.query<{ n: number }>(`SELECT COUNT(*) AS n FROM \`${name}\``, {
      type: QueryTypes.SELECT,
    });
    counts[name] = Number(row!.n);
  }
  return counts;
}
