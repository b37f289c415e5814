// The results across centres and years: for each submitted report (its latest version), the
// special assignments by the status the centre gave and by the directorate's current assessment,
// and the whole-report assessment; joint assignments rolled up over their centres; the activity
// figures summed per year and channel. Read in five queries, whatever the number of reports.
import { Op } from 'sequelize';
import {
  AnnualReport,
  AnnualReportVersion,
  Assignment,
  Centre,
  JointAssignment,
  ReportAssessment,
} from '../models/index.js';
import { achievements } from '../models/AnnualReport.js';
import type { Achievement, ReportStatus } from '../models/AnnualReport.js';
import { activityChannels, reportAssignmentStatuses } from './reportContent.js';

type StatusCounts = Record<(typeof reportAssignmentStatuses)[number] | 'none', number>;
type AchievementCounts = Record<Achievement | 'unassessed', number>;

export interface CentreResult {
  centre: { code: string; name: string };
  year: number;
  reportStatus: ReportStatus;
  version: number;
  assignments: number;
  byStatus: StatusCounts;
  byAchievement: AchievementCounts;
  overall: Achievement | null;
}

export interface JointResult {
  id: number;
  title: string;
  year: number;
  centres: string[];
  byStatus: StatusCounts;
  byAchievement: AchievementCounts;
}

export interface ActivityResult {
  year: number;
  channel: (typeof activityChannels)[number];
  count: number;
  participants: number;
}

export interface ResultsPortfolio {
  fromYear: number;
  toYear: number;
  centres: CentreResult[];
  joint: JointResult[];
  activities: ActivityResult[];
}

const noStatuses = (): StatusCounts => ({
  ...(Object.fromEntries(reportAssignmentStatuses.map((s) => [s, 0])) as Record<
    (typeof reportAssignmentStatuses)[number],
    number
  >),
  none: 0,
});
const noAchievements = (): AchievementCounts => ({
  ...(Object.fromEntries(achievements.map((a) => [a, 0])) as Record<Achievement, number>),
  unassessed: 0,
});

export async function buildResultsPortfolio(fromYear: number, toYear: number): Promise<ResultsPortfolio> {
  const reports = await AnnualReport.findAll({
    where: { version: { [Op.gt]: 0 }, year: { [Op.between]: [fromYear, toYear] } },
    include: [{ model: Centre, as: 'centre', attributes: ['id', 'code', 'name'] }],
  });
  const reportIds = reports.map((r) => r.id);
  const [versions, assessments, assignments] = reportIds.length
    ? await Promise.all([
        AnnualReportVersion.findAll({
          where: { [Op.or]: reports.map((r) => ({ reportId: r.id, version: r.version })) },
          attributes: ['reportId', 'content'],
        }),
        ReportAssessment.findAll({ where: { reportId: reportIds }, order: [['id', 'ASC']] }),
        Assignment.findAll({
          where: { letterId: reports.flatMap((r) => (r.letterId === null ? [] : [r.letterId])) },
          attributes: ['id', 'letterId', 'jointAssignmentId'],
          include: [{ model: JointAssignment, as: 'jointAssignment', attributes: ['id', 'title', 'year'] }],
        }),
      ])
    : [[], [], []];

  const contentOf = new Map(versions.map((v) => [v.reportId, v.content]));
  // The current assessment of each target: the last one written supersedes the ones before.
  const current = new Map<string, Achievement>();
  for (const a of assessments) current.set(`${a.reportId}:${a.assignmentId ?? 'whole'}`, a.achievement);
  const assignmentById = new Map(assignments.map((a) => [a.id, a]));
  const joint = new Map<number, JointResult>();
  const activities = new Map<string, ActivityResult>();

  const centres: CentreResult[] = reports.map((report) => {
    const content = contentOf.get(report.id);
    const year = report.year;
    const byStatus = noStatuses();
    const byAchievement = noAchievements();
    const letterAssignments = assignments.filter((a) => a.letterId === report.letterId);
    for (const assignment of letterAssignments) {
      const entry = content?.assignments.find((e) => e.assignmentId === assignment.id);
      const status = entry?.status ?? 'none';
      const achievement = current.get(`${report.id}:${assignment.id}`) ?? 'unassessed';
      byStatus[status] += 1;
      byAchievement[achievement] += 1;
      const shared = assignmentById.get(assignment.id)?.jointAssignment;
      if (shared) {
        const rolled = joint.get(shared.id) ?? {
          id: shared.id,
          title: shared.title,
          year: shared.year,
          centres: [],
          byStatus: noStatuses(),
          byAchievement: noAchievements(),
        };
        rolled.centres.push(report.centre!.code);
        rolled.byStatus[status] += 1;
        rolled.byAchievement[achievement] += 1;
        joint.set(shared.id, rolled);
      }
    }
    for (const activity of content?.activities ?? []) {
      const key = `${year}:${activity.channel}`;
      const sum = activities.get(key) ?? { year, channel: activity.channel, count: 0, participants: 0 };
      sum.count += activity.count;
      sum.participants += activity.participants ?? 0;
      activities.set(key, sum);
    }
    return {
      centre: { code: report.centre!.code, name: report.centre!.name },
      year,
      reportStatus: report.status,
      version: report.version,
      assignments: letterAssignments.length,
      byStatus,
      byAchievement,
      overall: current.get(`${report.id}:whole`) ?? null,
    };
  });
  const byYearAndCode = (a: { year: number; centre: { code: string } }, b: typeof a) =>
    a.year - b.year || a.centre.code.localeCompare(b.centre.code, 'nb');
  return {
    fromYear,
    toYear,
    centres: centres.sort(byYearAndCode),
    joint: [...joint.values()].sort((a, b) => a.year - b.year || a.title.localeCompare(b.title, 'nb')),
    activities: [...activities.values()].sort(
      (a, b) => a.year - b.year || activityChannels.indexOf(a.channel) - activityChannels.indexOf(b.channel),
    ),
  };
}
