// Loads a letter with everything its detail view shows: parts, the centre's frames for the year,
// its deadlines and the year's steering meetings.
import { Op } from 'sequelize';
import type { Transaction } from 'sequelize';
import {
  Assignment,
  BudgetFrame,
  BudgetLine,
  Centre,
  Deadline,
  GrantLetter,
  LetterApproval,
  LetterDocument,
  User,
  LetterCopyRecipient,
  LetterSection,
  LetterSignatory,
  Organisation,
  PriorityArea,
  SteeringMeeting,
} from '../models/index.js';
import { abilitiesOf, can } from '../policies/index.js';
import type { LetterDetail } from '../presenters/grantLetter.js';
import { loadMeetingPreparation } from '../meetings/meetingPreparation.js';

export async function findLetter(id: number, transaction?: Transaction) {
  return GrantLetter.findByPk(id, {
    include: [
      { model: Centre, as: 'centre', include: [{ model: Organisation, as: 'hostOrganisation' }] },
      { model: Organisation, as: 'senderOrganisation' },
      { model: LetterSection, as: 'sections' },
      { model: PriorityArea, as: 'priorityAreas' },
      { model: Assignment, as: 'assignments' },
      { model: LetterSignatory, as: 'signatories' },
      { model: LetterCopyRecipient, as: 'copyRecipients' },
      { model: LetterApproval, as: 'approvals' },
      { model: LetterDocument, as: 'document' },
      { model: User, as: 'acceptedBy' },
      { model: User, as: 'returnedBy' },
    ],
    transaction,
  });
}

export async function letterDetail(actor: User, letter: GrantLetter, transaction?: Transaction): Promise<LetterDetail> {
  const centreInclude = { model: Centre, as: 'centre' };
  const [budgetFrames, deadlines, steeringMeetings] = await Promise.all([
    BudgetFrame.findAll({
      where: { centreId: letter.centreId, [Op.or]: [{ year: letter.year }, { letterId: letter.id }] },
      include: [centreInclude, { model: BudgetLine, as: 'budgetLine' }],
      order: [
        ['year', 'ASC'],
        ['id', 'ASC'],
      ],
      transaction,
    }),
    Deadline.findAll({
      where: { letterId: letter.id },
      include: [centreInclude],
      order: [
        ['dueDate', 'ASC'],
        ['id', 'ASC'],
      ],
      transaction,
    }),
    SteeringMeeting.findAll({
      where: { centreId: letter.centreId, year: letter.year },
      include: [centreInclude],
      order: [['sequence', 'ASC']],
      transaction,
    }),
  ]);
  const meetingPreparation = await loadMeetingPreparation(steeringMeetings, transaction);
  return {
    letter,
    budgetFrames,
    deadlines,
    steeringMeetings,
    meetingPreparation,
    abilities: letterAbilities(actor, letter),
  };
}

function letterAbilities(actor: User, letter: GrantLetter) {
  return {
    ...abilitiesOf(actor, letter),
    submit: can(actor, 'submit', letter),
    approve: can(actor, 'approve', letter),
    reopen: can(actor, 'reopen', letter),
    issue: can(actor, 'issue', letter) && letter.status !== 'issued',
    accept: can(actor, 'accept', letter) && !letter.acceptedAt,
    // A supplement follows an issued main letter: a new letter for the same centre.
    createSupplement:
      letter.kind === 'main' &&
      letter.status === 'issued' &&
      !!letter.centre &&
      can(actor, 'createLetter', letter.centre),
    // Assignments are followed up after issuing too: their status moves on, their content does not.
    setAssignmentStatus: (letter.assignments ?? []).some((assignment) => can(actor, 'update', assignment)),
  };
}
