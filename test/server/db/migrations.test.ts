import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { createSequelize } from '../../../server/db/sequelize.js';
import { dropDatabase, ensureDatabase } from '../../../server/db/ensureDatabase.js';
import { createMigrator } from '../../../server/db/migrator.js';
import { migrations } from '../../../server/db/migrations/index.js';
import { env } from '../../../server/env.js';

// A database of its own, so rolling everything back does not disturb the other tests.
const url = env.DATABASE_URL.replace(/\/([A-Za-z0-9_]+)$/, '/$1_migrations');

describe('server/db/migrations', () => {
  const sequelize = createSequelize(url);

  before(async () => {
    await dropDatabase(url);
    await ensureDatabase(url);
  });
  after(async () => {
    await sequelize.close();
    await dropDatabase(url);
  });

  const tables = async () =>
    (
      await sequelize.query<{ name: string }>(
        'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
        { type: QueryTypes.SELECT },
      )
    )
      .map((row) => row.name)
      .filter((name) => name !== 'sequelize_meta')
      .sort();

  it('migrate up, all the way down and up again', async () => {
    const migrator = createMigrator(sequelize);
    await migrator.up();
    const created = await tables();
    expect(created).to.include.members(['grant_letters', 'assignments', 'budget_frames', 'deadlines', 'audit_events']);
    expect((await migrator.executed()).map((m) => m.name)).to.deep.equal(migrations.map((m) => m.name));

    await migrator.down({ to: 0 });
    expect(await tables()).to.deep.equal([]);
    expect(await migrator.executed()).to.have.length(0);

    await migrator.up();
    expect(await tables()).to.deep.equal(created);
  });

  it('allows only one main letter per centre and year, but several supplements', async () => {
    await sequelize.query(
      "INSERT INTO centres (code, name, scope, active, created_at, updated_at) VALUES ('X', 'X', 'national', 1, NOW(), NOW())",
    );
    const insert = (kind: string, slot: number | null) =>
      sequelize.query(
        `INSERT INTO grant_letters (centre_id, year, kind, main_slot, status, title, language, created_at, updated_at)
         SELECT id, 2030, ?, ?, 'draft', 't', 'nb', NOW(), NOW() FROM centres WHERE code = 'X'`,
        { replacements: [kind, slot] },
      );
    await insert('main', 1);
    await insert('supplement', null);
    await insert('supplement', null);
    let error: unknown;
    await insert('main', 1).catch((e: unknown) => (error = e));
    expect(error).to.have.nested.property('original.code', 'ER_DUP_ENTRY');
  });
});
