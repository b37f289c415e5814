// Noark 5 journal numbers: allocated under row locks in the step's transaction, never shared.
import { expect } from 'chai';
import { testYears } from '../../support/testYears.js';
import { makeCentre } from '../../support/factories.js';
import { as } from '../../support/http.js';
import { approvedLetters } from '../../support/letters.js';
import { ArchiveCase, ArchiveEntry, ArchiveParty, GrantLetter } from '../../../server/models/index.js';
import { withTransaction } from '../../../server/db/transaction.js';
import { registerEntry } from '../../../server/archive/journal.js';
import { osloToday } from '../../../server/calendar.js';

describe('archive: journal numbers', () => {
  it('gives two letters issued at once their own journal numbers and references', async () => {
    const ids = await approvedLetters(['NAPHA', 'KORUS-MIDT'], testYears.journalIssue);
    const officer = await as('caseOfficer');
    const replies = await Promise.all(ids.map((id) => officer.post(`/api/letters/${id}/issue`)));
    for (const reply of replies) expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
    const references = replies.map((r) => r.body.referenceNumber as string);
    expect(new Set(references).size).to.equal(2);
    for (const reference of references) expect(reference).to.match(/^\d{2}\/\d{5}-1$/);
    const entries = await ArchiveEntry.findAll({ where: { letterId: ids, kind: 'letter' } });
    expect(entries).to.have.length(2);
    expect(new Set(entries.map((e) => `${e.journalYear}/${e.journalSequence}`)).size).to.equal(2);
    expect(entries.every((e) => e.entryType === 'outgoing')).to.equal(true);
    const parties = await ArchiveParty.findAll({ where: { entryId: entries[0]!.id }, order: [['position', 'ASC']] });
    expect(parties.map((p) => p.role)).to.include.members(['sender', 'recipient']);
    const letters = await GrantLetter.findAll({ where: { id: ids } });
    expect(letters.map((l) => l.referenceNumber).sort()).to.deep.equal([...references].sort());
  });

  it('opens one case per centre and year and numbers its entries without gaps or sharing, however many at once', async () => {
    // A centre of its own: another file's hand-ins would already have numbers in a seeded centre's case.
    const centre = await makeCentre();
    const today = osloToday();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        withTransaction((transaction) =>
          registerEntry(
            {
              centreId: centre.id,
              year: 2034,
              kind: 'hand_in',
              entryType: 'incoming',
              journalDate: today,
              documentDate: today,
              title: `Innlevering ${index + 1}`,
              caseOfficer: 'Saksbehandler',
              parties: [{ role: 'sender', name: 'Senteret' }],
            },
            transaction,
          ),
        ),
      ),
    );
    expect(await ArchiveCase.count({ where: { centreId: centre.id, year: 2034 } })).to.equal(1);
    expect(results.map((r) => r.entry.registryNumber).sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(new Set(results.map((r) => r.entry.journalSequence)).size).to.equal(6);
    expect(new Set(results.map((r) => r.reference)).size).to.equal(6);
  });

  it('gives a rolled-back step’s number to the next step: no gap, and never two holders', async () => {
    const centre = await makeCentre();
    const today = osloToday();
    const input = {
      centreId: centre.id,
      year: 2034,
      kind: 'hand_in' as const,
      entryType: 'incoming' as const,
      journalDate: today,
      documentDate: today,
      title: 'Innlevering',
      caseOfficer: 'Saksbehandler',
      parties: [],
    };
    const before = await ArchiveEntry.max<number, ArchiveEntry>('journalSequence', {
      where: { journalYear: Number(today.slice(0, 4)) },
    });
    await withTransaction(async (transaction) => {
      await registerEntry(input, transaction);
      throw new Error('rolled back');
    }).catch(() => undefined);
    const kept = await withTransaction((transaction) => registerEntry(input, transaction));
    expect(kept.entry.journalSequence).to.equal((before ?? 0) + 1);
  });
});
