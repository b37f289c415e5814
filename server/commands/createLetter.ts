// Creates a draft letter (main or supplement) with its ordered parts. One main letter per centre
// and year; a supplement points at the main letter of the same centre and year. A main letter may
// start from the centre's previous letter (priority areas, recurring sections, signatories, copy
// list, open long-term assignments and the open assignments chosen carried over as the same
// assignments: assignmentCarryOver.ts) or from the standard template; parts given in the request
// win over either. Texts copied from last year's letter get that letter's literal years
// as placeholders ({{år}}, {{fjorår}}, {{neste år}}), so they read right for the new year.
import type { Transaction } from 'sequelize';
import { Assignment, GrantLetter } from '../models/index.js';
import type { Centre, User } from '../models/index.js';
import type { LetterKind } from '../models/GrantLetter.js';
import { Conflict, fieldError } from '../errors.js';
import { checkLetterOrganisations, replaceLetterParts } from './letterParts.js';
import type { LetterContent } from './letterParts.js';
import { findDraftBasis } from '../letters/draftBasis.js';
import type { DraftBasis } from '../letters/draftBasis.js';
import { standardSections } from '../letters/standardContent.js';
import { yearsToPlaceholders } from '../../common/yearWords.js';
import { assignmentsToCarry, carriedRow } from '../letters/assignmentCarryOver.js';
import { say } from '../i18n/language.js';

export type LetterStart = 'blank' | 'template' | 'previous_year';

export interface NewLetter extends LetterContent {
  centre: Centre;
  year: number;
  kind: LetterKind;
  parentId?: number | null;
  title: string;
  startFrom?: LetterStart;
  carryOverAssignmentIds?: number[];
}

async function checkParent(letter: NewLetter, transaction: Transaction) {
  if (!letter.parentId) return;
  const parent = await GrantLetter.findByPk(letter.parentId, { transaction });
  if (!parent)
    throw fieldError(
      'body.parentId',
      say(`finnes ikke noe brev med id ${letter.parentId}`, `no letter with id ${letter.parentId}`),
    );
  if (parent.centreId !== letter.centre.id || parent.year !== letter.year || parent.kind !== 'main')
    throw fieldError(
      'body.parentId',
      say('må være hovedbrevet til samme senter og år', 'must be the main letter of the same centre and year'),
    );
}

/** The content the letter starts with, before the request's own parts are laid over it. */
function startingContent(input: NewLetter, basis: DraftBasis | null): LetterContent {
  if (input.startFrom === 'template') return { sections: standardSections() };
  if (input.startFrom !== 'previous_year' || !basis) return {};
  const { previous } = basis;
  const words = (text: string) => yearsToPlaceholders(text, previous.year);
  return {
    sections: previous
      .sections!.filter((s) => s.recurring)
      .map(({ heading, body, recurring }) => ({ heading: words(heading), body: words(body), recurring })),
    priorityAreas: previous.priorityAreas!.map(({ title, description }) => ({
      title: words(title),
      description: description === null ? null : words(description),
    })),
    signatories: previous.signatories!.map(({ name, title, byAuthority }) => ({ name, title, byAuthority })),
    copyRecipients: previous.copyRecipients!.map(({ name, organisationId }) => ({ name, organisationId })),
    senderOrganisationId: previous.senderOrganisationId,
    deadlineRules: previous.deadlineRules,
  };
}

async function loadBasis(input: NewLetter, transaction: Transaction): Promise<DraftBasis | null> {
  const carryOver = input.carryOverAssignmentIds ?? [];
  if (input.startFrom !== 'previous_year') {
    if (carryOver.length)
      throw fieldError(
        'body.carryOverAssignmentIds',
        say('kan bare brukes når brevet bygger på fjorårets brev', "needs startFrom 'previous_year'"),
      );
    return null;
  }
  if (input.kind !== 'main')
    throw fieldError(
      'body.startFrom',
      say('bare et hovedbrev kan bygge på fjorårets brev', 'only a main letter starts from the previous year'),
    );
  const basis = await findDraftBasis(input.centre.id, input.year, transaction);
  if (!basis)
    throw fieldError(
      'body.startFrom',
      say(
        `${input.centre.code} har ikke noe brev før ${input.year} å bygge på`,
        `${input.centre.code} has no letter before ${input.year} to start from`,
      ),
    );
  const open = new Set(basis.openAssignments.map((a) => a.id));
  carryOver.forEach((id, index) => {
    if (!open.has(id))
      throw fieldError(
        `body.carryOverAssignmentIds.${index}`,
        say(
          `oppdrag ${id} er ikke åpent i brevet for ${basis.previous.year}, eller er alt videreført`,
          `assignment ${id} is not open in the ${basis.previous.year} letter, or is already carried over`,
        ),
      );
  });
  return basis;
}

export async function createLetter(actor: User, input: NewLetter, transaction: Transaction): Promise<GrantLetter> {
  await checkParent(input, transaction);
  const basis = await loadBasis(input, transaction);
  const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as NewLetter;
  const content: LetterContent = { ...startingContent(input, basis), ...defined };
  await checkLetterOrganisations(content, transaction);
  const { centre, year, kind } = input;
  if (kind === 'main' && (await GrantLetter.count({ where: { centreId: centre.id, year, kind: 'main' }, transaction })))
    throw Conflict(
      say(
        `${centre.code} har allerede et hovedbrev for ${year}; skriv et tilleggsbrev i stedet.`,
        `${centre.code} already has a main letter for ${year}; write a supplement instead.`,
      ),
    );
  const letter = await GrantLetter.create(
    {
      centreId: centre.id,
      year,
      kind,
      parentId: input.parentId ?? null,
      referenceNumber: null,
      status: 'draft',
      title: input.title,
      language: content.language ?? 'nb',
      letterDate: content.letterDate ?? null,
      theirReference: content.theirReference ?? null,
      senderOrganisationId: content.senderOrganisationId ?? null,
      createdById: actor.id,
      issuedAt: null,
      deadlineRules: content.deadlineRules ?? null,
    },
    { transaction },
  );
  await replaceLetterParts(letter.id, content, transaction);
  if (basis) {
    const words = (text: string) => yearsToPlaceholders(text, basis.previous.year);
    const carried = assignmentsToCarry(basis.openAssignments, year, input.carryOverAssignmentIds ?? []);
    await Assignment.bulkCreate(
      carried.map((previous) => carriedRow(previous, letter, words)),
      { transaction },
    );
  }
  return letter;
}
