// What a new letter can start from: the centre's latest earlier main letter — its priority areas,
// recurring sections, signatories and copy list — and the assignments still open in it or in its
// supplements, which the case officer may carry over (long-term ones go on by themselves, see
// assignmentCarryOver.ts). A row already carried on into some letter is not offered again: one
// assignment goes on in one place.
import { Op } from 'sequelize';
import type { Transaction } from 'sequelize';
import {
  Assignment,
  GrantLetter,
  LetterCopyRecipient,
  LetterSection,
  LetterSignatory,
  PriorityArea,
} from '../models/index.js';
import { byRank } from '../models/Assignment.js';
import type { AssignmentStatus } from '../models/Assignment.js';
import { byPosition } from '../models/ordering.js';

const openAssignmentStatuses: AssignmentStatus[] = ['not_started', 'in_progress', 'delivered'];

export interface DraftBasis {
  previous: GrantLetter;
  openAssignments: Assignment[];
}

export async function findDraftBasis(
  centreId: number,
  year: number,
  transaction?: Transaction,
): Promise<DraftBasis | null> {
  const previous = await GrantLetter.findOne({
    where: { centreId, kind: 'main', year: { [Op.lt]: year } },
    order: [['year', 'DESC']],
    include: [
      { model: LetterSection, as: 'sections' },
      { model: PriorityArea, as: 'priorityAreas' },
      { model: LetterSignatory, as: 'signatories' },
      { model: LetterCopyRecipient, as: 'copyRecipients' },
    ],
    transaction,
  });
  if (!previous) return null;
  previous.sections = [...(previous.sections ?? [])].sort(byPosition);
  previous.priorityAreas = [...(previous.priorityAreas ?? [])].sort(byPosition);
  previous.signatories = [...(previous.signatories ?? [])].sort(byPosition);
  previous.copyRecipients = [...(previous.copyRecipients ?? [])].sort(byPosition);
  const letterIds = (
    await GrantLetter.findAll({ where: { centreId, year: previous.year }, attributes: ['id'], transaction })
  ).map((l) => l.id);
  const open = await Assignment.findAll({
    where: { letterId: letterIds, status: openAssignmentStatuses },
    transaction,
  });
  const carriedOn = new Set(
    (
      await Assignment.findAll({
        where: { carriedFromId: open.map((a) => a.id) },
        attributes: ['carriedFromId'],
        transaction,
      })
    ).map((a) => a.carriedFromId),
  );
  const openAssignments = open.filter((a) => !carriedOn.has(a.id)).sort(byRank);
  return { previous, openAssignments };
}
