// Loads a letter with everything its detail view shows: parts, the centre's frames for the year,
// its deadlines and the year's steering meetings.
import type { Transaction } from 'sequelize';
import {
  AgendaItem,
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
  MeetingMinutes,
  Organisation,
  PriorityArea,
  SteeringMeeting,
} from '../models/index.js';
import { abilitiesOf, can } from '../policies/index.js';
import type { LetterDetail } from '../presenters/grantLetter.js';
import { meetingPreparationFrom } from '../meetings/meetingPreparation.js';
import { carriedFromInclude } from './assignmentHistory.js';
import { LRUCache } from 'lru-cache';
import { findByPkAsJson, findListsOfAsJson, readByPkWithListsAsJson } from '../db/jsonRecords.js';
import type { JsonList, JsonSpec } from '../db/jsonRecords.js';

// One statement for the letter and all it includes (server/db/jsonRecords.ts): joined, a letter's
// lists multiply (the NAPHA 2009 letter came back as 1,728 rows and 21 MB per read), and read as
// separate queries they cost Sequelize more to build and parse than the database to answer. The
// stored document comes without its view data, which only the issued preview reads
// (ensureLetterDocument).
const letterSpec: JsonSpec = {
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
    // Only who: the detail names them (no address, role or password hash rides along).
    { model: User, as: 'acceptedBy', attributes: ['id', 'name'] },
    { model: User, as: 'returnedBy', attributes: ['id', 'name'] },
  ],
};

export async function findLetter(id: number, transaction?: Transaction) {
  return findByPkAsJson(GrantLetter, id, letterSpec, transaction);
}

// What the preview needs of a letter: its row, to authorize the reader, and once it is issued which
// document was stored with its PDF (not the document's view: the preview of a document it has
// rendered before needs none, see routes/api/letters/issuedPreview.ts).
const previewSpec: JsonSpec = {
  attributes: ['id', 'centreId', 'status'],
  include: [{ model: LetterDocument, as: 'document', attributes: ['id', 'letterId', 'sha256'] }],
};

/** The letter's row with its stored document's id and hash (document is null until the PDF is made). */
export async function findLetterForPreview(id: number) {
  return findByPkAsJson(GrantLetter, id, previewSpec);
}

// What the detail shows beside the letter — the centre's frames (the year's, and any tied to the
// letter), the letter's deadlines, the year's steering meetings and how far each is prepared. Each
// list's `r` is the letter's row. All of them are the letter's centre's, so each gets the letter's
// centre rather than reading it once per row.
const meetingsOfTheYear = 'SELECT m.id FROM steering_meetings m WHERE m.centre_id = r.centre_id AND m.year = r.year';
const detailLists = {
  budgetFrames: {
    model: BudgetFrame,
    where: 'j.centre_id = r.centre_id AND (j.year = r.year OR j.letter_id = r.id)',
    spec: { include: [{ model: BudgetLine, as: 'budgetLine' }] },
    order: (a: BudgetFrame, b: BudgetFrame) => a.year - b.year || a.id - b.id,
  } satisfies JsonList<BudgetFrame>,
  deadlines: {
    model: Deadline,
    where: 'j.letter_id = r.id',
    spec: {},
    order: (a: Deadline, b: Deadline) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id,
  } satisfies JsonList<Deadline>,
  steeringMeetings: {
    model: SteeringMeeting,
    where: 'j.centre_id = r.centre_id AND j.year = r.year',
    spec: {},
    order: (a: SteeringMeeting, b: SteeringMeeting) => a.sequence - b.sequence,
  } satisfies JsonList<SteeringMeeting>,
  agendaItems: {
    model: AgendaItem,
    where: `j.steering_meeting_id IN (${meetingsOfTheYear})`,
    spec: { attributes: ['id', 'steeringMeetingId'] },
  } satisfies JsonList<AgendaItem>,
  agendaDeadlines: {
    model: Deadline,
    where: `j.kind = 'meeting' AND j.steering_meeting_id IN (${meetingsOfTheYear})`,
    spec: { attributes: ['id', 'steeringMeetingId', 'dueDate', 'status'] },
  } satisfies JsonList<Deadline>,
  minutes: {
    model: MeetingMinutes,
    where: `j.steering_meeting_id IN (${meetingsOfTheYear})`,
    spec: {},
  } satisfies JsonList<MeetingMinutes>,
};
type DetailLists = Awaited<ReturnType<typeof findListsOfAsJson<typeof detailLists>>>;

/** The detail of a letter already read (findLetter): its lists in one more statement. */
export async function letterDetail(actor: User, letter: GrantLetter, transaction?: Transaction): Promise<LetterDetail> {
  return detailFrom(actor, letter, await findListsOfAsJson(GrantLetter, letter.id, detailLists, transaction));
}

// Letters as built from the rows the database returned, by the text of those rows. Reading stays
// exact: every request runs the statement, and an entry is only reused for rows equal to those it
// was built from, so a change anywhere in the letter or its lists misses. What is saved is building
// the same ~50 model instances again for every view of an unchanged letter (0.6 ms of the 3 ms a
// detail took in Node). The entries are only read: presented per request, abilities worked out per
// reader.
const builtLetters = new LRUCache<string, { letter: GrantLetter; lists: DetailLists }>({ max: 200 });

/**
 * The letter as findLetter reads it and its detail's lists, in one statement; null when there is no
 * such letter. The caller authorizes the reader on `letter` before it presents the detail; the
 * letter must not be changed (it may be shared with other readers).
 */
export async function findLetterDetail(
  id: number,
): Promise<{ letter: GrantLetter; detail(actor: User): LetterDetail } | null> {
  const read = await readByPkWithListsAsJson(GrantLetter, id, letterSpec, detailLists);
  if (!read) return null;
  let built = builtLetters.get(read.content);
  if (!built) {
    const { record, lists } = read.build();
    builtLetters.set(read.content, (built = { letter: record, lists }));
  }
  const { letter, lists } = built;
  return { letter, detail: (actor) => detailFrom(actor, letter, lists) };
}

function detailFrom(actor: User, letter: GrantLetter, lists: DetailLists): LetterDetail {
  const meetingPreparation = meetingPreparationFrom(
    lists.steeringMeetings.map((m) => m.id),
    {
      agendaItemCounts: lists.agendaItems.map((item) => ({ steeringMeetingId: item.steeringMeetingId, count: 1 })),
      agendaDeadlines: lists.agendaDeadlines,
      minutes: lists.minutes,
    },
  );
  for (const record of [...lists.budgetFrames, ...lists.deadlines, ...lists.steeringMeetings])
    record.centre = letter.centre;
  return {
    letter,
    budgetFrames: lists.budgetFrames,
    deadlines: lists.deadlines,
    steeringMeetings: lists.steeringMeetings,
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
