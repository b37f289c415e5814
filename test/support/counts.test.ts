// The "nothing written" check itself: it must see a changed value, not only a changed row count.
import { expect } from 'chai';
import { rowCounts } from './counts.js';
import { sequelize } from '../../server/db/sequelize.js';

describe('test/support/counts', () => {
  it('names every table with its rows and a checksum of their content', async () => {
    const counts = await rowCounts();
    expect(counts).to.include.keys('centres', 'users', 'audit_events', 'grant_letters');
    expect(counts).not.to.have.key('sequelize_meta');
    expect(counts.centres).to.match(/^\d+ rows, checksum \d+$/);
  });

  it('sees an UPDATE of one non-key column that leaves every count as it was, and its undoing', async () => {
    // Plain SQL, so updated_at stays as it was and the undoing restores the row exactly.
    const rename = (suffix: string) =>
      sequelize.query(`UPDATE centres SET name = CONCAT(TRIM(TRAILING '.' FROM name), ?) WHERE code = 'NKROP'`, {
        replacements: [suffix],
      });
    const before = await rowCounts();
    await rename('.');
    try {
      const changed = await rowCounts();
      expect(changed.centres).not.to.equal(before.centres);
      expect(changed.centres!.split(',')[0]).to.equal(before.centres!.split(',')[0]); // same count
      expect({ ...changed, centres: before.centres }).to.deep.equal(before); // nothing else moved
    } finally {
      await rename('');
    }
    expect(await rowCounts()).to.deep.equal(before);
  });
});
