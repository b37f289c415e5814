// Creates a draft letter (main or supplement) with its ordered parts. One main letter per centre
// and year; a supplement points at the main letter of the same centre and year.
import type { Transaction } from 'sequelize';
import { GrantLetter } from '../models/index.js';
import type { Centre, User } from '../models/index.js';
import type { LetterKind } from '../models/GrantLetter.js';
import { Conflict, fieldError } from '../errors.js';
import { checkLetterOrganisations, replaceLetterParts } from './letterParts.js';
import type { LetterContent } from './letterParts.js';

export interface NewLetter extends LetterContent {
  centre: Centre;
  year: number;
  kind: LetterKind;
  parentId?: number | null;
  title: string;
}

async function checkParent(letter: NewLetter, transaction: Transaction) {
  if (!letter.parentId) return;
  const parent = await GrantLetter.findByPk(letter.parentId, { transaction });
  if (!parent) throw fieldError('body.parentId', `no letter with id ${letter.parentId}`);
  if (parent.centreId !== letter.centre.id || parent.year !== letter.year || parent.kind !== 'main')
    throw fieldError('body.parentId', 'must be the main letter of the same centre and year');
}

export async function createLetter(actor: User, input: NewLetter, transaction: Transaction): Promise<GrantLetter> {
  await checkParent(input, transaction);
  await checkLetterOrganisations(input, transaction);
  const { centre, year, kind } = input;
  if (kind === 'main' && (await GrantLetter.count({ where: { centreId: centre.id, year, kind: 'main' }, transaction })))
    throw Conflict(`${centre.code} already has a main letter for ${year}; write a supplement instead.`);
  const letter = await GrantLetter.create(
    {
      centreId: centre.id,
      year,
      kind,
      parentId: input.parentId ?? null,
      referenceNumber: null,
      status: 'draft',
      title: input.title,
      language: input.language ?? 'nb',
      letterDate: input.letterDate ?? null,
      senderOrganisationId: input.senderOrganisationId ?? null,
      createdById: actor.id,
      issuedAt: null,
      deadlineRules: input.deadlineRules ?? null,
    },
    { transaction },
  );
  await replaceLetterParts(letter.id, input, transaction);
  return letter;
}
