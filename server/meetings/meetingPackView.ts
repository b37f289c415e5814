// The plain view a meeting pack template gets: the agenda; the centre's special assignments of the
// year by rank with status and deadline; money (frames, paid out, accounts); the year's deadlines
// met on time, late and still open; the latest report with its assessments (once accepted); and
// open action items from earlier meetings. Built from the
// database as it is now — the stored pack keeps the version the agenda was final with.
import { Op } from 'sequelize';
import {
  ActionItem,
  AgendaItem,
  StoredFile,
  Assignment,
  Deadline,
  GrantLetter,
  MeetingMinutes,
  SteeringMeeting,
  User,
} from '../models/index.js';
import { byRank } from '../models/Assignment.js';
import type { AssignmentStatus } from '../models/Assignment.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import { buildPortfolio } from '../commands/buildPortfolio.js';
import type { Figures } from '../commands/buildPortfolio.js';
import { osloToday } from '../calendar.js';
import { deadlineOutcome, deliverableDeadlines, standingHandIns } from '../deadlines/deadlineOutcome.js';
import { formatDateShort } from '../../templates/formats.js';
import { describeMeetingTime } from './meetingTime.js';
import type { Language } from '../../templates/formats.js';
import { meetingPackTexts } from '../../templates/meetings/texts.js';
import { resolveYearWords } from '../../common/yearWords.js';
import type { MeetingPackTexts } from '../../templates/meetings/texts.js';
import { latestReportOf } from './meetingPackReport.js';
import type { PackReport } from './meetingPackReport.js';

interface DeadlineLine {
  title: string;
  dueDate: string;
  handedIn: string;
}

export interface MeetingPackView {
  language: Language;
  draft: boolean;
  meetingId: number;
  centreName: string;
  centreCode: string;
  year: number;
  meetingTitle: string;
  when: string;
  location: string | null;
  videoLink: string | null;
  generatedOn: string;
  agenda: { title: string; description: string | null; proposer: string; files: string[] }[];
  assignments: { rank: number; title: string; status: string; deadlineDate: string | null }[];
  money: { rows: (Figures & { line: string })[]; totals: Figures };
  deadlines: { met: DeadlineLine[]; late: DeadlineLine[]; open: DeadlineLine[] };
  actionItems: { title: string; owner: string; dueDate: string; fromMeeting: string }[];
  report: PackReport | null;
}

function whenText(meeting: SteeringMeeting, t: MeetingPackTexts, language: Language): string {
  const agreed = describeMeetingTime(meeting, language);
  if (agreed) return agreed;
  return meeting.plannedMonth ? `${t.plannedMonth} ${meeting.plannedMonth}/${meeting.year}` : t.notAgreed;
}

async function agendaOf(meeting: SteeringMeeting, t: MeetingPackTexts) {
  const items = await AgendaItem.findAll({
    where: { steeringMeetingId: meeting.id },
    include: [
      { model: User, as: 'proposedBy', attributes: ['name'] },
      { model: StoredFile, as: 'files', attributes: ['filename'] },
    ],
    order: [
      ['position', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  return items.map((item) => ({
    title: item.title,
    description: item.description,
    proposer: `${item.proposedBy?.name ?? '–'} (${item.side === 'directorate' ? t.directorate : meeting.centre!.code})`,
    files: (item.files ?? []).map((f) => f.filename),
  }));
}

async function assignmentsOf(meeting: SteeringMeeting, t: MeetingPackTexts) {
  const assignments = await Assignment.findAll({
    where: { centreId: meeting.centreId },
    include: [{ model: GrantLetter, as: 'letter', where: { year: meeting.year, status: 'issued' }, attributes: [] }],
  });
  return assignments.sort(byRank).map((a) => ({
    rank: a.rank,
    title: resolveYearWords(a.title, meeting.year),
    status: t.assignmentStatus[a.status as AssignmentStatus],
    deadlineDate: a.deadlineToBeAgreed ? null : a.deadlineDate,
  }));
}

async function moneyOf(meeting: SteeringMeeting) {
  const portfolio = await buildPortfolio(meeting.year, meeting.centreId);
  return {
    rows: portfolio.rows.map((row) => ({
      ...row,
      line: `kap. ${row.budgetLine.chapter} post ${row.budgetLine.item} ${row.budgetLine.name}`,
    })),
    totals: portfolio.totals,
  };
}

/** The year's deliverable deadlines: met on time, late (or overdue), and not yet due. */
async function deadlinesOf(meeting: SteeringMeeting, t: MeetingPackTexts, today: string) {
  const deadlines = await Deadline.findAll({
    where: { centreId: meeting.centreId, year: meeting.year, ...deliverableDeadlines },
    order: [
      ['dueDate', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  const handIns = await standingHandIns(deadlines);
  const result = { met: [] as DeadlineLine[], late: [] as DeadlineLine[], open: [] as DeadlineLine[] };
  for (const deadline of deadlines) {
    const outcome = deadlineOutcome(deadline, handIns.get(deadline.id), today);
    const handedIn =
      outcome.state === 'open' ? t.notHandedIn : outcome.handedInOn ? formatDateShort(outcome.handedInOn) : t.handedIn;
    const line = { title: deadline.title, dueDate: deadline.dueDate, handedIn };
    const bucket =
      outcome.state === 'open' ? (outcome.overdue ? 'late' : 'open') : outcome.state === 'late' ? 'late' : 'met';
    result[bucket].push(line);
  }
  return result;
}

async function openActionItemsBefore(meeting: SteeringMeeting) {
  const items = await ActionItem.findAll({
    include: [
      { model: User, as: 'owner', attributes: ['name'] },
      { model: Deadline, as: 'deadline', required: true, where: { status: openDeadlineStatuses } },
      {
        model: MeetingMinutes,
        as: 'minutes',
        required: true,
        include: [
          {
            model: SteeringMeeting,
            as: 'steeringMeeting',
            // Earlier meetings only: an earlier year, or an earlier meeting of the same year.
            where: {
              centreId: meeting.centreId,
              [Op.or]: [
                { year: { [Op.lt]: meeting.year } },
                { year: meeting.year, sequence: { [Op.lt]: meeting.sequence } },
              ],
            },
          },
        ],
      },
    ],
    order: [['dueDate', 'ASC']],
  });
  return items.map((item) => {
    const from = (item as ActionItem & { minutes?: MeetingMinutes & { steeringMeeting?: SteeringMeeting } }).minutes!
      .steeringMeeting!;
    return {
      title: item.title,
      owner: item.owner?.name ?? '–',
      dueDate: item.dueDate,
      fromMeeting: `${from.sequence}/${from.year}${from.meetingDate ? ` (${formatDateShort(from.meetingDate)})` : ''}`,
    };
  });
}

/** Expects the meeting with its centre loaded. */
export async function buildMeetingPackView(meeting: SteeringMeeting, now = new Date()): Promise<MeetingPackView> {
  const letter = meeting.letterId ? await GrantLetter.findByPk(meeting.letterId, { attributes: ['language'] }) : null;
  const language: Language = letter?.language ?? 'nb';
  const t = meetingPackTexts[language];
  const today = osloToday(now);
  const [agenda, assignments, money, deadlines, actionItems, report] = await Promise.all([
    agendaOf(meeting, t),
    assignmentsOf(meeting, t),
    moneyOf(meeting),
    deadlinesOf(meeting, t, today),
    openActionItemsBefore(meeting),
    latestReportOf(meeting, t),
  ]);
  return {
    language,
    draft: meeting.agendaStatus !== 'final',
    meetingId: meeting.id,
    centreName: meeting.centre!.name,
    centreCode: meeting.centre!.code,
    year: meeting.year,
    meetingTitle: t.meeting(meeting.sequence, meeting.year),
    when: whenText(meeting, t, language),
    location: meeting.location,
    videoLink: meeting.videoLink,
    generatedOn: today,
    agenda,
    assignments,
    money,
    deadlines,
    actionItems,
    report,
  };
}
