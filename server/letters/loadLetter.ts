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
import { carriedFromInclude } from './assignmentHistory.js';

// Each list is its own query (`separate`): joined, a letter's lists multiply (sections × areas ×
// assignments × …), and the NAPHA 2009 letter came back as 1,728 rows and 21 MB per read. The stored
// document comes without its view data, which only the issued preview reads (ensureLetterDocument).
const eachListApart = { separate: true } as const;

export async function findLetter(id: number, transaction?: Transaction) {
  return GrantLetter.findByPk(id, {
    include: [
      { model: Centre, as: 'centre', include: [{ model: Organisation, as: 'hostOrganisation' }] },
      { model: Organisation, as: 'senderOrganisation' },
      { model: LetterSection, as: 'sections', ...eachListApart },
      { model: PriorityArea, as: 'priorityAreas', ...eachListApart },
      { model: Assignment, as: 'assignments', include: [carriedFromInclude], ...eachListApart },
      { model: LetterSignatory, as: 'signatories', ...eachListApart },
      { model: LetterCopyRecipient, as: 'copyRecipients', ...eachListApart },
      { model: LetterApproval, as: 'approvals', ...eachListApart },
      { model: LetterDocument, as: 'document', attributes: { exclude: ['viewData'] } },
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
