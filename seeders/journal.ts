// Journal data for the seeded issued letters and their acceptances, as they were registered at the time: the NAPHA 2009
// letter gets a 2009 case and registry entry (09/00412-1), this year's letters numbers of this year.
// The counters start where a directorate's journal of that year would plausibly stand.
import { Op } from 'sequelize';
import { ArchiveCounter, GrantLetter, User } from '../server/models/index.js';
import { journalAcceptance, journalIssuedLetter } from '../server/archive/letterJournal.js';
import type { SeedContext } from './context.js';

const counterStarts = (year: number) => [
  { name: 'case' as const, year: 2009, lastValue: 411 },
  { name: 'registry' as const, year: 2009, lastValue: 1206 },
  { name: 'case' as const, year: year - 1, lastValue: 371 },
  { name: 'registry' as const, year: year - 1, lastValue: 1877 },
  { name: 'case' as const, year, lastValue: 396 },
  { name: 'registry' as const, year, lastValue: 2040 },
];

export async function seedJournal(context: SeedContext, year: number): Promise<void> {
  const { transaction } = context;
  await ArchiveCounter.bulkCreate(
    counterStarts(year).filter((c, i, all) => all.findIndex((o) => o.name === c.name && o.year === c.year) === i),
    { transaction },
  );
  const letters = await GrantLetter.findAll({
    where: { status: 'issued', issuedAt: { [Op.ne]: null } },
    order: [
      ['issuedAt', 'ASC'],
      ['id', 'ASC'],
    ],
    transaction,
  });
  for (const letter of letters) {
    const referenceNumber = await journalIssuedLetter(letter.id, transaction, letter.issuedAt!);
    await letter.update({ referenceNumber }, { transaction });
  }
  for (const letter of letters.filter((l) => l.acceptedAt && l.acceptedById)) {
    const leader = await User.findByPk(letter.acceptedById!, { transaction });
    if (leader) await journalAcceptance(letter.id, leader, transaction);
  }
}
