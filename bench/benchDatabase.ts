// A benchmark's database is emptied before it is filled, but only if a benchmark made it: each
// bench database carries a marker table, and a database without it (the app's, a test run's,
// somebody else's) is refused, never dropped.
import { connectToServer, dropDatabase } from '../server/db/ensureDatabase.js';
import { databaseName } from '../server/db/sequelize.js';

const MARKER = 'made_by_styringsdialog_bench';

export async function resetBenchDatabase(databaseUrl: string, prepare: () => Promise<void>): Promise<void> {
  const name = databaseName(databaseUrl);
  const server = await connectToServer(databaseUrl);
  try {
    const [tables] = (await server.query(
      'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ?',
      [name],
    )) as unknown as [{ name: string }[]];
    if (tables.length > 0 && !tables.some((table) => table.name === MARKER))
      throw new Error(
        `The database ${name} has tables and was not made by a benchmark; set BENCH_DATABASE_URL to another database.`,
      );
  } finally {
    await server.end();
  }
  await dropDatabase(databaseUrl);
  await prepare();
  const marked = await connectToServer(databaseUrl);
  try {
    await marked.query(`CREATE TABLE \`${name}\`.\`${MARKER}\` (made_at DATETIME NOT NULL)`);
    await marked.query(`INSERT INTO \`${name}\`.\`${MARKER}\` VALUES (NOW())`);
  } finally {
    await marked.end();
  }
}
