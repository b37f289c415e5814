// Loads a letter with everything its detail view shows: parts, the centre's frames for the year,
// its deadlines and the year's steering meetings.
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
import { findAllAsJson, findByPkAsJson } from '../db/jsonRecords.js';
import type { JsonInclude } from '../db/jsonRecords.js';

// One statement for the letter and all it includes (server/db/jsonRecords.ts): joined, a letter's
// lists multiply (the NAPHA 2009 letter came back as 1,728 rows and 21 MB per read), and read as
// separate queries they cost Sequelize more to build and parse than the database to answer. The
// stored document comes without its view data, which only the issued preview reads
// (ensureLetterDocument).
const letterSpec: { include: JsonInclude[] } = {
  include: [
    { model: Centre, as: 'centre', include: [{ model: Organisation, as: 'hostOrganisation' }] },
    { model: Organisation, as: 'senderOrganisation' },
    { model: LetterSection, as: 'sections' },
    { model: PriorityArea, as: 'priorityAreas' },
    { model: Assignment, as: 'assignments', include: [carriedFromInclude] },
    { model: LetterSignatory, as: 'signatories' },
    { model: LetterCopyRecipient, as: 'copyRecipients' },
    { model: LetterApproval, as: 'approvals' },
    { model: LetterDocument, as: 'document', exclude: ['viewData'] },
    { model: User, as: 'acceptedBy' },
    { model: User, as: 'returnedBy' },
  ],
};

export async function findLetter(id: number, transaction?: Transaction) {
  return findByPkAsJson(GrantLetter, id, letterSpec, transaction);
}

// What the detail shows beside the letter, each list in one statement (module constants: their SQL is written once).
const withCentre = { include: [{ model: Centre, as: 'centre' }] };
const framesSpec = {
  include: [
    { model: Centre, as: 'centre' },
    { model: BudgetLine, as: 'budgetLine' },
  ],
};

export async function letterDetail(actor: User, letter: GrantLetter, transaction?: Transaction): Promise<LetterDetail> {
  const replacements = { centreId: letter.centreId, year: letter.year, letterId: letter.id };
  const [budgetFrames, deadlines, steeringMeetings] = await Promise.all([
    findAllAsJson(
      BudgetFrame,
      {
        where: 'j.centre_id = :centreId AND (j.year = :year OR j.letter_id = :letterId)',
        orderBy: 'j.year, j.id',
        replacements,
        transaction,
      },
      framesSpec,
    ),
    findAllAsJson(
      Deadline,
      { where: 'j.letter_id = :letterId', orderBy: 'j.due_date, j.id', replacements, transaction },
      withCentre,
    ),
    findAllAsJson(
      SteeringMeeting,
      { where: 'j.centre_id = :centreId AND j.year = :year', orderBy: 'j.sequence', replacements, transaction },
      withCentre,
    ),
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
