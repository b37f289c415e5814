// Every policy action × every role, from one table. Each row names a model (or the System, or a
// bulk Job), an action, a representative record, and which roles may: on a record of the actor's
// own centre, and on another centre's (records without a centre have one column). The test builds
// an actor per role (centre roles belong to the own centre) and checks can() for each; it also
// fails when a rule is registered that the table does not walk, so a new action needs a row.
import { expect } from 'chai';
import { Job } from 'bullmq';
import {
  AccountsReport,
  AgendaItem,
  AnnualReport,
  Assignment,
  BudgetFrame,
  Comment,
  BudgetLine,
  Centre,
  Deadline,
  Disbursement,
  GrantLetter,
  JointAssignment,
  Organisation,
  SteeringMeeting,
  SurveyIndicator,
  User,
} from '../../../server/models/index.js';
import { centreRoles, roles } from '../../../server/models/User.js';
import type { Role } from '../../../server/models/User.js';
import { can, system } from '../../../server/policies/index.js';
import type { Action } from '../../../server/policies/index.js';
import { registeredActions, System } from '../../../server/policies/allow.js';
import type { DeadlineStatus } from '../../../server/models/Deadline.js';

const OWN = 101;
const OTHER = 202;
const GROUP = 'KORUS';

type ModelClass = abstract new (...args: any[]) => object;
/** A record of a centre (own or other) as the given actor meets it. */
type Make = (centreId: number, actor: User) => object;

interface Row {
  model: ModelClass;
  action: Action;
  record: string;
  make: Make;
  /** Who may on the own centre's record (or on a record of no centre). */
  own: readonly Role[];
  /** Who may on another centre's record; absent for records of no centre. */
  other?: readonly Role[];
}

const isCentreRole = (role: Role) => (centreRoles as readonly Role[]).includes(role);
const directorate = roles.filter((role) => !isCentreRole(role));
const everyone = roles;
const none: Role[] = [];
const directorateTalkers: Role[] = ['case_officer', 'approver', 'finance'];
const talkers: Role[] = [...directorateTalkers, 'centre_leader', 'centre_staff'];

// Representative records, built in memory (can() reads only what is on them).
const centre: Make = (id) => Centre.build({ id, code: `C${id}`, name: `Centre ${id}`, group: GROUP } as never);
const letter =
  (status: GrantLetter['status']): Make =>
  (centreId) =>
    GrantLetter.build({ id: 7, centreId, year: 2027, kind: 'main', status, title: 'Tildelingsbrev' } as never);
const assignment =
  (letterStatus: GrantLetter['status']): Make =>
  (centreId, actor) => {
    const record = Assignment.build({ id: 8, centreId, letterId: 7, rank: 1, title: 'Oppdrag' });
    record.letter = letter(letterStatus)(centreId, actor) as GrantLetter;
    return record;
  };
const frame: Make = (centreId) => BudgetFrame.build({ id: 9, centreId, year: 2027, budgetLineId: 3, amountOre: 100 });
const deadline =
  (status: DeadlineStatus, kind: Deadline['kind'] = 'report'): Make =>
  (centreId) =>
    Deadline.build({ id: 10, centreId, year: 2027, kind, status, title: 'Rapport' } as never);
const meeting: Make = (centreId) =>
  SteeringMeeting.build({ id: 11, centreId, year: 2027, sequence: 1, status: 'scheduled' } as never);
const agendaItem =
  (proposer: 'actor' | 'someone else'): Make =>
  (centreId, actor) => {
    const item = AgendaItem.build({
      id: 12,
      steeringMeetingId: 11,
      position: 1,
      title: 'Sak',
      proposedById: proposer === 'actor' ? actor.id : 9999,
      side: 'centre',
    } as never);
    item.steeringMeeting = meeting(centreId, actor) as SteeringMeeting;
    return item;
  };
const disbursement: Make = (centreId) =>
  Disbursement.build({ id: 13, centreId, budgetFrameId: 9, amountOre: 100 } as never);
const accounts =
  (status: AccountsReport['status']): Make =>
  (centreId) =>
    AccountsReport.build({ id: 14, centreId, year: 2027, budgetLineId: 3, status } as never);
const indicator: Make = (centreId) =>
  SurveyIndicator.build({ id: 15, year: 2023, subjectCode: 'X', centreId, centreGroup: null });
const groupIndicator =
  (group: string): Make =>
  () =>
    SurveyIndicator.build({ id: 16, year: 2023, subjectCode: 'X', centreId: null, centreGroup: group });
const anotherUser: Make = (centreId) =>
  User.build({ id: 9999, email: 'x@example.org', name: 'X', roles: ['centre_leader'], centreId } as never);
const comment =
  (options: { internal?: boolean; author?: 'actor' | 'someone else'; ageMinutes?: number; deleted?: boolean }): Make =>
  (centreId, actor) =>
    Comment.build({
      id: 19,
      subjectType: 'letter',
      subjectId: 7,
      centreId,
      authorId: options.author === 'actor' ? actor.id : 9999,
      internal: options.internal ?? false,
      body: 'Tekst',
      mentionedUserIds: [],
      editedAt: null,
      deletedAt: options.deleted ? new Date() : null,
      createdAt: new Date(Date.now() - (options.ageMinutes ?? 1) * 60_000),
    } as never);
const report =
  (status: AnnualReport['status'], deadlineStatus: DeadlineStatus = 'due_soon'): Make =>
  (centreId, actor) => {
    const record = AnnualReport.build({ id: 20, deadlineId: 10, centreId, letterId: 7, status, content: {} } as never);
    record.deadline = deadline(deadlineStatus)(centreId, actor) as Deadline;
    return record;
  };
const theSystem: Make = () => system;
// A bulk job as BullMQ hands it out; the policy looks at its class only.
const bulkJob: Make = () => Object.create(Job.prototype) as Job;
const organisation: Make = () => Organisation.build({ id: 17, name: 'Helsedirektoratet' } as never);
const budgetLine: Make = () => BudgetLine.build({ id: 3, year: 2027, chapter: 765, item: 21 } as never);
const joint: Make = () => JointAssignment.build({ id: 18, year: 2027, title: 'Felles oppdrag' });

const r = (
  model: ModelClass,
  action: Action,
  record: string,
  make: Make,
  own: readonly Role[],
  other?: readonly Role[],
) => ({ model, action, record, make, own, ...(other ? { other } : {}) }) satisfies Row;

// prettier-ignore
const table: Row[] = [
  // the System: what belongs to no centre, and system-wide work
  r(System, 'read', 'the system', theSystem, everyone),
  r(System, 'createUser', 'the system', theSystem, ['admin']),
  r(System, 'listUsers', 'the system', theSystem, ['admin', 'auditor']),
  r(System, 'createCentre', 'the system', theSystem, ['admin']),
  r(System, 'createOrganisation', 'the system', theSystem, ['admin']),
  r(System, 'createBudgetLine', 'the system', theSystem, ['finance']),
  r(System, 'importBudgetFrames', 'the system', theSystem, ['finance']),
  r(System, 'copyBudgetFrames', 'the system', theSystem, ['finance']),
  r(System, 'importIndicators', 'the system', theSystem, ['admin', 'case_officer']),
  r(System, 'createJointAssignment', 'the system', theSystem, ['case_officer']),
  r(System, 'listJointAssignments', 'the system', theSystem, directorate),
  r(System, 'readAuditTrail', 'the system', theSystem, ['admin', 'auditor']),
  r(System, 'exportArchive', 'the system', theSystem, ['admin', 'auditor']),
  r(System, 'manageOutbox', 'the system', theSystem, ['admin']),
  r(System, 'manageQueues', 'the system', theSystem, ['admin']),
  r(System, 'runBulkLetterJobs', 'the system', theSystem, ['case_officer']),
  r(System, 'draftLetters', 'the system', theSystem, ['case_officer']),
  r(System, 'approveLetters', 'the system', theSystem, ['approver']),
  r(System, 'readCentreOverview', 'the system', theSystem, directorate),
  r(System, 'readResults', 'the system', theSystem, directorate),
  r(System, 'listSteeringMeetings', 'the system', theSystem, directorate),
  r(System, 'manageBudgetFrames', 'the system', theSystem, ['finance']),
  r(Job, 'read', 'a bulk job', bulkJob, directorate),

  // centres, and what is created for a centre
  r(Centre, 'read', 'a centre', centre, everyone, directorate),
  r(Centre, 'update', 'a centre', centre, ['admin'], ['admin']),
  r(Centre, 'delete', 'a centre', centre, ['admin'], ['admin']),
  r(Centre, 'createLetter', 'a centre', centre, ['case_officer'], ['case_officer']),
  r(Centre, 'createDeadline', 'a centre', centre, ['case_officer'], ['case_officer']),
  r(Centre, 'createSteeringMeeting', 'a centre', centre, ['case_officer'], ['case_officer']),
  r(Centre, 'createBudgetFrame', 'a centre', centre, ['finance'], ['finance']),
  r(Centre, 'createAccountsReport', 'a centre', centre, ['finance', 'centre_leader'], ['finance']),

  r(Organisation, 'read', 'an organisation', organisation, everyone),
  r(Organisation, 'update', 'an organisation', organisation, ['admin']),
  r(Organisation, 'delete', 'an organisation', organisation, ['admin']),

  r(User, 'read', 'another user', anotherUser, ['admin', 'auditor'], ['admin', 'auditor']),
  r(User, 'update', 'another user', anotherUser, ['admin'], ['admin']),
  r(User, 'delete', 'another user', anotherUser, ['admin'], ['admin']),

  // letters and their workflow
  r(GrantLetter, 'read', 'an issued letter', letter('issued'), everyone, directorate),
  r(GrantLetter, 'read', 'a draft letter', letter('draft'), directorate, directorate),
  r(GrantLetter, 'update', 'a draft letter', letter('draft'), ['case_officer'], ['case_officer']),
  r(GrantLetter, 'update', 'a letter in review', letter('in_review'), none, none),
  r(GrantLetter, 'delete', 'a draft letter', letter('draft'), ['case_officer'], ['case_officer']),
  r(GrantLetter, 'delete', 'an issued letter', letter('issued'), none, none),
  r(GrantLetter, 'submit', 'a draft letter', letter('draft'), ['case_officer'], ['case_officer']),
  r(GrantLetter, 'submit', 'a letter in review', letter('in_review'), none, none),
  r(GrantLetter, 'approve', 'a letter in review', letter('in_review'), ['approver'], ['approver']),
  r(GrantLetter, 'approve', 'a draft letter', letter('draft'), none, none),
  r(GrantLetter, 'reopen', 'an approved letter', letter('approved'), ['case_officer', 'approver'], ['case_officer', 'approver']),
  r(GrantLetter, 'reopen', 'an issued letter', letter('issued'), none, none),
  r(GrantLetter, 'issue', 'an approved letter', letter('approved'), ['case_officer'], ['case_officer']),
  r(GrantLetter, 'issue', 'an issued letter (a safe retry)', letter('issued'), ['case_officer'], ['case_officer']),
  r(GrantLetter, 'issue', 'a letter in review', letter('in_review'), none, none),
  r(GrantLetter, 'accept', 'an issued letter', letter('issued'), ['centre_leader'], none),
  r(GrantLetter, 'accept', 'an approved letter', letter('approved'), none, none),
  r(GrantLetter, 'createAssignment', 'a draft letter', letter('draft'), ['case_officer'], ['case_officer']),

  r(Assignment, 'read', 'an assignment in an issued letter', assignment('issued'), everyone, directorate),
  r(Assignment, 'read', 'an assignment in a draft letter', assignment('draft'), directorate, directorate),
  r(Assignment, 'update', 'an assignment', assignment('draft'), ['case_officer'], ['case_officer']),
  r(Assignment, 'delete', 'an assignment', assignment('draft'), ['case_officer'], ['case_officer']),
  r(JointAssignment, 'read', 'a joint assignment', joint, directorate),

  // money
  r(BudgetLine, 'read', 'a budget line', budgetLine, everyone),
  r(BudgetLine, 'update', 'a budget line', budgetLine, ['finance']),
  r(BudgetFrame, 'read', 'a budget frame', frame, everyone, directorate),
  r(BudgetFrame, 'update', 'a budget frame', frame, ['finance'], ['finance']),
  r(BudgetFrame, 'delete', 'a budget frame', frame, ['finance'], ['finance']),
  r(BudgetFrame, 'createDisbursement', 'a budget frame', frame, ['finance'], ['finance']),
  r(BudgetFrame, 'planPayments', 'a budget frame', frame, ['finance'], ['finance']),
  r(Disbursement, 'read', 'a disbursement', disbursement, everyone, directorate),
  r(Disbursement, 'delete', 'a disbursement', disbursement, ['finance'], ['finance']),
  r(Disbursement, 'reverse', 'a disbursement', disbursement, ['finance'], ['finance']),
  r(AccountsReport, 'read', 'submitted accounts', accounts('submitted'), everyone, directorate),
  r(AccountsReport, 'update', 'submitted accounts', accounts('submitted'), ['finance', 'centre_leader'], ['finance']),
  r(AccountsReport, 'update', 'approved accounts', accounts('approved'), ['finance'], ['finance']),
  r(AccountsReport, 'review', 'submitted accounts', accounts('submitted'), ['finance'], ['finance']),

  // deadlines
  r(Deadline, 'read', 'a deadline', deadline('upcoming'), everyone, directorate),
  r(Deadline, 'update', 'a deadline', deadline('upcoming'), ['case_officer'], ['case_officer']),
  r(Deadline, 'delete', 'a deadline', deadline('upcoming'), ['case_officer'], ['case_officer']),
  r(Deadline, 'handIn', 'an overdue report deadline', deadline('overdue'), ['centre_leader', 'centre_staff'], none),
  r(Deadline, 'handIn', 'a returned report deadline', deadline('returned'), ['centre_leader', 'centre_staff'], none),
  r(Deadline, 'handIn', 'a submitted report deadline', deadline('submitted'), none, none),
  r(Deadline, 'handIn', 'an agenda deadline', deadline('upcoming', 'meeting'), none, none),
  r(Deadline, 'review', 'a submitted deadline', deadline('submitted'), ['case_officer'], ['case_officer']),
  r(Deadline, 'review', 'an upcoming deadline', deadline('upcoming'), none, none),
  r(Deadline, 'moveDueDate', 'an upcoming deadline', deadline('upcoming'), ['case_officer'], ['case_officer']),
  r(Deadline, 'moveDueDate', 'an accepted deadline', deadline('accepted'), none, none),
  r(Deadline, 'moveDueDate', 'an agenda deadline', deadline('upcoming', 'meeting'), none, none),

  // steering meetings
  r(SteeringMeeting, 'read', 'a meeting', meeting, everyone, directorate),
  r(SteeringMeeting, 'update', 'a meeting', meeting, ['case_officer'], ['case_officer']),
  r(SteeringMeeting, 'delete', 'a meeting', meeting, ['case_officer'], ['case_officer']),
  r(SteeringMeeting, 'invite', 'a meeting', meeting, ['case_officer'], ['case_officer']),
  r(SteeringMeeting, 'manageAgenda', 'a meeting', meeting, ['case_officer'], ['case_officer']),
  r(SteeringMeeting, 'writeMinutes', 'a meeting', meeting, ['case_officer'], ['case_officer']),
  r(SteeringMeeting, 'attend', 'a meeting', meeting, ['case_officer', 'approver', 'centre_leader', 'centre_staff'], ['case_officer', 'approver']),
  r(SteeringMeeting, 'proposeAgendaItem', 'a meeting', meeting, ['case_officer', 'centre_leader', 'centre_staff'], ['case_officer']),
  r(SteeringMeeting, 'approveMinutes', 'a meeting', meeting, ['case_officer', 'approver', 'centre_leader'], ['case_officer', 'approver']),
  r(AgendaItem, 'read', 'an agenda item', agendaItem('someone else'), everyone, directorate),
  r(AgendaItem, 'update', "someone else's agenda item", agendaItem('someone else'), ['case_officer'], ['case_officer']),
  r(AgendaItem, 'update', 'an agenda item the actor proposed', agendaItem('actor'), ['case_officer', 'centre_leader', 'centre_staff'], ['case_officer']),
  r(AgendaItem, 'delete', "someone else's agenda item", agendaItem('someone else'), ['case_officer'], ['case_officer']),
  r(AgendaItem, 'delete', 'an agenda item the actor proposed', agendaItem('actor'), ['case_officer', 'centre_leader', 'centre_staff'], ['case_officer']),

  // the steering dialogue's threads: who takes part in it and may read the subject
  r(GrantLetter, 'comment', 'an issued letter', letter('issued'), talkers, directorateTalkers),
  r(GrantLetter, 'comment', 'a draft letter', letter('draft'), directorateTalkers, directorateTalkers),
  r(GrantLetter, 'commentInternally', 'an issued letter', letter('issued'), directorateTalkers, directorateTalkers),
  r(Assignment, 'comment', "an issued letter's assignment", assignment('issued'), talkers, directorateTalkers),
  r(Assignment, 'commentInternally', "an issued letter's assignment", assignment('issued'), directorateTalkers, directorateTalkers),
  r(Deadline, 'comment', 'a deadline', deadline('upcoming'), talkers, directorateTalkers),
  r(Deadline, 'commentInternally', 'a deadline', deadline('upcoming'), directorateTalkers, directorateTalkers),
  r(AgendaItem, 'comment', 'an agenda item', agendaItem('someone else'), talkers, directorateTalkers),
  r(AgendaItem, 'commentInternally', 'an agenda item', agendaItem('someone else'), directorateTalkers, directorateTalkers),
  r(Comment, 'read', 'a comment', comment({}), everyone, directorate),
  r(Comment, 'read', 'an internal note', comment({ internal: true }), directorate, directorate),
  r(Comment, 'update', "someone else's comment", comment({}), none, none),
  r(Comment, 'update', 'the actor’s comment of a minute ago', comment({ author: 'actor' }), everyone, everyone),
  r(Comment, 'update', 'the actor’s comment of 16 minutes ago', comment({ author: 'actor', ageMinutes: 16 }), none, none),
  r(Comment, 'update', 'the actor’s deleted comment', comment({ author: 'actor', deleted: true }), none, none),
  r(Comment, 'delete', "someone else's comment", comment({}), none, none),
  r(Comment, 'delete', 'the actor’s comment of 16 minutes ago', comment({ author: 'actor', ageMinutes: 16 }), everyone, everyone),
  r(Comment, 'delete', 'the actor’s deleted comment', comment({ author: 'actor', deleted: true }), none, none),

  // structured reports
  r(AnnualReport, 'read', 'a report', report('draft'), everyone, directorate),
  r(AnnualReport, 'update', 'a draft report', report('draft'), ['centre_leader', 'centre_staff'], none),
  r(AnnualReport, 'update', 'a returned report', report('returned'), ['centre_leader', 'centre_staff'], none),
  r(AnnualReport, 'update', 'a submitted report', report('submitted'), none, none),
  r(AnnualReport, 'update', 'a draft report of a deadline handed in as files', report('draft', 'submitted'), none, none),
  r(AnnualReport, 'update', 'a returned report of a returned deadline', report('returned', 'returned'), ['centre_leader', 'centre_staff'], none),
  r(AnnualReport, 'submit', 'a draft report of an accepted deadline', report('draft', 'accepted'), none, none),
  r(AnnualReport, 'submit', 'a draft report of a cancelled deadline', report('draft', 'cancelled'), none, none),
  r(AnnualReport, 'submit', 'a draft report', report('draft'), ['centre_leader', 'centre_staff'], none),
  r(AnnualReport, 'submit', 'an accepted report', report('accepted'), none, none),
  r(AnnualReport, 'assess', 'a submitted report', report('submitted'), ['case_officer'], ['case_officer']),
  r(AnnualReport, 'assess', 'an accepted report', report('accepted'), ['case_officer'], ['case_officer']),
  r(AnnualReport, 'assess', 'a draft report', report('draft'), none, none),
  r(AnnualReport, 'readAssessments', 'a submitted report', report('submitted'), directorate, directorate),
  r(AnnualReport, 'readAssessments', 'an accepted report', report('accepted'), everyone, directorate),

  // survey indicators
  r(SurveyIndicator, 'read', "a centre's figures", indicator, everyone, directorate),
  r(SurveyIndicator, 'read', "the actor's group's figures", groupIndicator(GROUP), everyone),
  r(SurveyIndicator, 'read', "another group's figures", groupIndicator('RVTS'), directorate),
];

/** One actor per role; centre roles work at the own centre (of the group GROUP). */
const actors = roles.map((role, i) => {
  const actor = User.build({
    id: 500 + i,
    email: `${role}@example.org`,
    name: role,
    roles: [role],
    centreId: isCentreRole(role) ? OWN : null,
  } as never);
  if (isCentreRole(role)) actor.centre = centre(OWN, actor) as Centre;
  return { role, actor };
});

const mayOn = (row: Row, centreId: number) =>
  actors.filter(({ actor }) => can(actor, row.action, row.make(centreId, actor))).map(({ role }) => role);
const sorted = (list: readonly Role[]) => [...list].sort();

describe('policies: every action × role from one table', () => {
  for (const row of table) {
    it(`${row.model.name}.${row.action} on ${row.record}`, () => {
      expect(sorted(mayOn(row, OWN)), 'own centre').to.deep.equal(sorted(row.own));
      if (row.other) expect(sorted(mayOn(row, OTHER)), 'another centre').to.deep.equal(sorted(row.other));
    });
  }

  it('walks every action that has a rule, and only those', () => {
    const registered = registeredActions().flatMap(({ model, actions }) =>
      actions.map((action) => `${model.name}.${action}`),
    );
    const walked = new Set(table.map((row) => `${row.model.name}.${row.action}`));
    expect([...walked].sort()).to.deep.equal([...new Set(registered)].sort());
  });

  it('lets everyone read themselves', () => {
    for (const { role, actor } of actors) expect(can(actor, 'read', actor), role).to.equal(true);
  });

  it('has an actor for every role', () => {
    expect(actors.map(({ role }) => role)).to.deep.equal([...roles]);
  });
});
