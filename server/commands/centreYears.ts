// The years a centre has anything in: a letter (for the centre's own users only issued ones, as
// they see no drafts), a deadline or a steering meeting. Its people pick among these, so next
// year's letter is reachable as soon as it exists.
import type { Transaction } from 'sequelize';
import { Deadline, GrantLetter, SteeringMeeting } from '../models/index.js';

export async function centreYears(
  centreId: number,
  { issuedLettersOnly }: { issuedLettersOnly: boolean },
  transaction?: Transaction,
): Promise<number[]> {
  const yearsOf = async (rows: Promise<{ year: number }[]>) => (await rows).map((row) => Number(row.year));
  const options = { attributes: ['year'], group: ['year'], raw: true as const, transaction };
  const found = await Promise.all([
    yearsOf(
      GrantLetter.findAll({
        ...options,
        where: { centreId, ...(issuedLettersOnly ? { status: 'issued' as const } : {}) },
      }),
    ),
    yearsOf(Deadline.findAll({ ...options, where: { centreId } })),
    yearsOf(SteeringMeeting.findAll({ ...options, where: { centreId } })),
  ]);
  return [...new Set(found.flat())].sort((a, b) => b - a);
}
