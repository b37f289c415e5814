// The content of every table, to show that a refused request wrote nothing: per table its row count
// and MariaDB's CHECKSUM TABLE (a CRC over every column of every row), so an UPDATE that changes no
// count shows too. Compare two results with deep.equal; a difference names the table. The mail
// catcher's mailbox (caught_emails) is left out: a worker delivering an earlier request's e-mail
// fills it in the background at any moment, which says nothing about the request under test.
import { QueryTypes } from 'sequelize';
import { sequelize } from '../../server/db/sequelize.js';

export async function rowCounts(): Promise<Record<string, string>> {
  const names = (
    await sequelize.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name NOT IN ('sequelize_meta', 'caught_emails') ORDER BY table_name",
      { type: QueryTypes.SELECT },
    )
  ).map(({ name }) => name);
  if (!names.length) return {};
  const quoted = names.map((name) => `\`${name.replace(/`/g, '``')}\``);
  const counts = await sequelize.query<{ name: string; n: number | string }>(
    quoted
      .map((table, i) => `SELECT ${sequelize.escape(names[i]!)} AS name, COUNT(*) AS n FROM ${table}`)
      .join(' UNION ALL '),
    { type: QueryTypes.SELECT },
  );
  // One row per table, named "database.table"; the checksum of an empty table is 0.
  const checksums = await sequelize.query<{ Table: string; Checksum: number | string | null }>(
    `CHECKSUM TABLE ${quoted.join(', ')}`,
    { type: QueryTypes.SELECT },
  );
  const checksumOf = new Map(checksums.map((row) => [row.Table.slice(row.Table.indexOf('.') + 1), row.Checksum]));
  const result: Record<string, string> = {};
  for (const { name, n } of counts) result[name] = `${Number(n)} rows, checksum ${String(checksumOf.get(name))}`;
  return result;
}
