import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { createSequelize } from '../../../server/db/sequelize.js';
import { dropDatabase, ensureDatabase } from '../../../server/db/ensureDatabase.js';
import { createMigrator } from '../../../server/db/migrator.js';
import { migrations } from '../../../server/db/migrations/index.js';
import { budgetFrameListOrder } from '../../../server/db/migrations/20261205-0140-budget-frame-list-order.js';
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

  it('runs the budget frame index change again after a stop between its two steps', async () => {
    const queryInterface = sequelize.getQueryInterface();
    const indexes = async () =>
      ((await queryInterface.showIndex('budget_frames')) as { name: string }[])
        .map((index) => index.name)
        .filter((name) => name.startsWith('budget_frames_year'))
        .sort();
    expect(await indexes()).to.deep.equal(['budget_frames_year_centre_id']);
    // As if stopped after the new index was made and before the old one went.
    await queryInterface.addIndex('budget_frames', ['year'], { name: 'budget_frames_year' });
    await budgetFrameListOrder.up(queryInterface);
    expect(await indexes()).to.deep.equal(['budget_frames_year_centre_id']);
    await budgetFrameListOrder.up(queryInterface);
    expect(await indexes()).to.deep.equal(['budget_frames_year_centre_id']);
    // And back, twice.
    await budgetFrameListOrder.down(queryInterface);
    await budgetFrameListOrder.down(queryInterface);
    expect(await indexes()).to.deep.equal(['budget_frames_year']);
    await budgetFrameListOrder.up(queryInterface);
    expect(await indexes()).to.deep.equal(['budget_frames_year_centre_id']);
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

  it('moves hand-in files and agenda attachments into one stored_files table and back', async () => {
    const migrator = createMigrator(sequelize);
    const rows = <T extends object>(sql: string) => sequelize.query<T>(sql, { type: QueryTypes.SELECT });
    await migrator.down({ to: '20261130-0011-stored-files' });
    await sequelize.query(
      `INSERT INTO deadlines (centre_id, year, kind, title, due_date, created_at, updated_at)
       SELECT id, 2030, 'report', 'Rapport', '2030-08-01', NOW(), NOW() FROM centres WHERE code = 'X'`,
    );
    await sequelize.query(
      `INSERT INTO deadline_submissions (deadline_id, submitted_at, created_at, updated_at)
       SELECT MAX(id), NOW(), NOW(), NOW() FROM deadlines`,
    );
    await sequelize.query(
      `INSERT INTO steering_meetings (centre_id, year, sequence, status, created_at, updated_at)
       SELECT id, 2030, 1, 'planned', NOW(), NOW() FROM centres WHERE code = 'X'`,
    );
    await sequelize.query(
      `INSERT INTO agenda_items (steering_meeting_id, position, title, side, created_at, updated_at)
       SELECT MAX(id), 1, 'Sak', 'centre', NOW(), NOW() FROM steering_meetings`,
    );
    const file = (name: string) => `'${name}', 'application/pdf', 3, '${'a'.repeat(64)}', 'key/${name}', NOW(), NOW()`;
    const columns = 'filename, content_type, byte_size, sha256, storage_key, created_at, updated_at';
    await sequelize.query(
      `INSERT INTO submission_files (id, submission_id, ${columns}) SELECT 7, MAX(id), ${file('hand-in.pdf')} FROM deadline_submissions`,
    );
    await sequelize.query(
      `INSERT INTO agenda_item_files (id, agenda_item_id, ${columns}) SELECT 7, MAX(id), ${file('agenda.pdf')} FROM agenda_items`,
    );

    await migrator.up();
    const stored = await rows<{
      id: number;
      submission_id: number | null;
      agenda_item_id: number | null;
      filename: string;
    }>('SELECT id, submission_id, agenda_item_id, filename FROM stored_files ORDER BY id');
    expect(stored.map((row) => [row.filename, row.submission_id !== null, row.agenda_item_id !== null])).to.deep.equal([
      ['hand-in.pdf', true, false],
      ['agenda.pdf', false, true],
    ]);
    expect(stored[0]!.id).to.equal(7); // a hand-in file keeps its id; the attachment comes after it
    await migrator.down({ to: '20261130-0011-stored-files' });
    expect(await rows('SELECT id, filename FROM submission_files')).to.deep.equal([{ id: 7, filename: 'hand-in.pdf' }]);
    expect(await rows('SELECT filename FROM agenda_item_files')).to.deep.equal([{ filename: 'agenda.pdf' }]);
    await migrator.up();
    expect(await rows('SELECT filename FROM stored_files ORDER BY id')).to.have.length(2);
  });
});
