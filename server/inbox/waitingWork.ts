// "Mine oppgaver": what waits for one person, across years. One query per kind of work (never one
// per centre), asked only of people whose roles ever take that step, confined to the centre of a
// centre user (confinedCentreId); every row is then checked against the same policy rule the
// action itself is authorized by, so the inbox never offers what the person may not do.
import { Op } from 'sequelize';
import type { WhereOptions } from 'sequelize';
import {
  AccountsReport,
  Centre,
  Deadline,
  GrantLetter,
  MeetingMinutes,
  SteeringMeeting,
  User,
} from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import { can, confinedCentreId } from '../policies/index.js';
import type { Action } from '../policies/index.js';
import { takesLetterStep } from '../policies/grantLetter.js';
import { osloToday } from '../calendar.js';

export const taskKinds = [
  'approveLetter',
  'issueLetter',
  'acceptLetter',
  'handIn',
  'reviewHandIn',
  'reviewAccounts',
  'approveMinutes',
  'proposeAgendaItems',
] as const;
export type TaskKind = (typeof taskKinds)[number];

export interface WaitingTask {
  /** Stable per record and kind, e.g. "approveLetter:12". */
  key: string;
  kind: TaskKind;
  title: string;
  centre: Centre;
  year: number;
  dueDate: string | null;
  /** The client path where the person acts. */
  link: string;
}

const centreInclude = { model: Centre, as: 'centre', attributes: ['id', 'code', 'name'] };

/** The rows' centre condition: a centre user's own centre, or every centre. */
function scoped(actor: User): WhereOptions {
  const centreId = confinedCentreId(actor);
  return centreId === undefined ? {} : { centreId };
}

/** The actor's roles ever take the action on such a record? A cheap probe before the query. */
const mayEver = (actor: User, action: Action, probe: object) => can(actor, action, probe);

async function letterTasks(actor: User): Promise<WaitingTask[]> {
  const steps = [
    { kind: 'approveLetter', action: 'approve', step: 'approve', status: 'in_review' },
    { kind: 'issueLetter', action: 'issue', step: 'issue', status: 'approved' },
    { kind: 'acceptLetter', action: 'accept', step: 'accept', status: 'issued' },
  ] as const;
  const wanted = steps.filter(({ step }) => takesLetterStep(actor, step));
  if (!wanted.length) return [];
  const letters = await GrantLetter.findAll({
    attributes: ['id', 'centreId', 'year', 'kind', 'status', 'title', 'acceptedAt'],
    where: {
      ...scoped(actor),
      [Op.or]: wanted.map(({ status }) => (status === 'issued' ? { status, acceptedAt: null } : { status })),
    },
    include: [centreInclude],
    order: [
      ['year', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  return letters.flatMap((letter) =>
    wanted
      .filter(
        ({ status, action }) => letter.status === status && can(actor, 'read', letter) && can(actor, action, letter),
      )
      .map(({ kind }) => ({
        key: `${kind}:${letter.id}`,
        kind,
        title: letter.title,
        centre: letter.centre!,
        year: letter.year,
        dueDate: null,
        link: `/letters/${letter.id}`,
      })),
  );
}

async function deadlineTasks(actor: User): Promise<WaitingTask[]> {
  const probe = Deadline.build({ centreId: actor.centreId ?? 0, kind: 'plan', status: 'submitted' } as never);
  const reviews = mayEver(actor, 'review', probe);
  const handsIn =
    actor.isCentreUser && mayEver(actor, 'handIn', Deadline.build({ ...probe.get(), status: 'upcoming' } as never));
  if (!reviews && !handsIn) return [];
  const statuses = [...(reviews ? ['submitted'] : []), ...(handsIn ? openDeadlineStatuses : [])];
  const deadlines = await Deadline.findAll({
    attributes: ['id', 'centreId', 'year', 'kind', 'title', 'dueDate', 'status', 'ownerId'],
    where: { ...scoped(actor), status: statuses, kind: { [Op.ne]: 'meeting' } },
    include: [centreInclude, { model: User, as: 'owner', attributes: ['id', 'centreId'] }],
    order: [
      ['dueDate', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  return deadlines.flatMap((deadline): WaitingTask[] => {
    const kind: TaskKind | null =
      deadline.status === 'submitted'
        ? can(actor, 'review', deadline)
          ? 'reviewHandIn'
          : null
        : // A follow-up owned by someone at the directorate is theirs, not the centre's.
          can(actor, 'handIn', deadline) && deadline.owner?.centreId !== null
          ? 'handIn'
          : null;
    if (!kind) return [];
    return [
      {
        key: `${kind}:${deadline.id}`,
        kind,
        title: deadline.title,
        centre: deadline.centre!,
        year: deadline.year,
        dueDate: deadline.dueDate,
        link: `/deadlines/${deadline.id}`,
      },
    ];
  });
}

async function accountsTasks(actor: User): Promise<WaitingTask[]> {
  if (!mayEver(actor, 'review', AccountsReport.build({ centreId: 0, status: 'submitted' } as never))) return [];
  const reports = await AccountsReport.findAll({
    attributes: ['id', 'centreId', 'year', 'status'],
    where: { ...scoped(actor), status: 'submitted' },
    include: [centreInclude],
    order: [
      ['year', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  // One task per centre and year: its accounts are reviewed together on the accounts review page.
  const byCentreYear = new Map<string, WaitingTask>();
  for (const report of reports.filter((r) => can(actor, 'review', r))) {
    const key = `reviewAccounts:${report.centre!.code}:${report.year}`;
    if (!byCentreYear.has(key))
      byCentreYear.set(key, {
        key,
        kind: 'reviewAccounts',
        title: `Regnskap ${report.year}`,
        centre: report.centre!,
        year: report.year,
        dueDate: null,
        link: `/finance/accounts?year=${report.year}&centre=${encodeURIComponent(report.centre!.code)}`,
      });
  }
  return [...byCentreYear.values()];
}

async function minutesTasks(actor: User, today: string): Promise<WaitingTask[]> {
  const probe = SteeringMeeting.build({ centreId: actor.centreId ?? 0 } as never);
  if (!mayEver(actor, 'approveMinutes', probe)) return [];
  // The side the actor approves for has not yet approved; the meeting has taken place.
  const pendingSide = actor.isCentreUser ? { centreApprovedAt: null } : { directorateApprovedAt: null };
  const meetings = await SteeringMeeting.findAll({
    attributes: ['id', 'centreId', 'year', 'sequence', 'meetingDate', 'status'],
    where: {
      ...scoped(actor),
      status: { [Op.ne]: 'cancelled' },
      [Op.or]: [{ meetingDate: null }, { meetingDate: { [Op.lte]: today } }],
    },
    include: [
      centreInclude,
      {
        model: MeetingMinutes,
        as: 'minutes',
        required: true,
        attributes: ['id'],
        where: { lockedAt: null, ...pendingSide },
      },
    ],
    order: [
      ['meetingDate', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  return meetings
    .filter((meeting) => can(actor, 'approveMinutes', meeting))
    .map((meeting) => ({
      key: `approveMinutes:${meeting.id}`,
      kind: 'approveMinutes',
      title: `Referat fra styringsmøte ${meeting.sequence}/${meeting.year}`,
      centre: meeting.centre!,
      year: meeting.year,
      dueDate: null,
      link: `/meetings/${meeting.id}`,
    }));
}

async function agendaTasks(actor: User, today: string): Promise<WaitingTask[]> {
  // The directorate adds to an agenda until it is final; only the centre has a deadline to meet.
  if (!actor.isCentreUser) return [];
  if (!mayEver(actor, 'proposeAgendaItem', SteeringMeeting.build({ centreId: actor.centreId } as never))) return [];
  const deadlines = await Deadline.findAll({
    attributes: ['id', 'centreId', 'year', 'dueDate', 'steeringMeetingId'],
    where: { ...scoped(actor), kind: 'meeting', status: openDeadlineStatuses, dueDate: { [Op.gte]: today } },
    include: [
      centreInclude,
      {
        model: SteeringMeeting,
        as: 'steeringMeeting',
        required: true,
        attributes: ['id', 'centreId', 'year', 'sequence', 'status', 'agendaStatus'],
        where: { agendaStatus: 'open', status: { [Op.notIn]: ['held', 'cancelled'] } },
      },
    ],
    order: [
      ['dueDate', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  return deadlines.flatMap((deadline) => {
    const meeting = deadline.steeringMeeting!;
    if (!can(actor, 'proposeAgendaItem', meeting)) return [];
    return [
      {
        key: `proposeAgendaItems:${meeting.id}`,
        kind: 'proposeAgendaItems' as const,
        title: `Saker til dagsorden for styringsmøte ${meeting.sequence}/${meeting.year}`,
        centre: deadline.centre!,
        year: meeting.year,
        dueDate: deadline.dueDate,
        link: `/meetings/${meeting.id}`,
      },
    ];
  });
}

/** Everything waiting for the actor, soonest due first (undated work after dated). */
export async function waitingWork(actor: User, today = osloToday()): Promise<WaitingTask[]> {
  const parts = await Promise.all([
    letterTasks(actor),
    deadlineTasks(actor),
    accountsTasks(actor),
    minutesTasks(actor, today),
    agendaTasks(actor, today),
  ]);
  return parts
    .flat()
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.year - b.year ||
        a.centre.code.localeCompare(b.centre.code) ||
        a.key.localeCompare(b.key),
    );
}
