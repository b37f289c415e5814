// The meeting pack's view of the centre's latest structured report (the latest submitted version
// of any year up to the meeting's): its summary, and the directorate's current assessments — only
// once the report is accepted, since the pack goes to the centre's participants too.
import { Op } from 'sequelize';
import { AnnualReport, AnnualReportVersion, Assignment, ReportAssessment } from '../models/index.js';
import type { SteeringMeeting } from '../models/index.js';
import type { MeetingPackTexts } from '../../templates/meetings/texts.js';
import type { ReportStatus } from '../models/AnnualReport.js';
import { resolveYearWords } from '../../common/yearWords.js';

export interface PackReport {
  title: string;
  status: string;
  summary: string;
  assessments: { target: string; achievement: string; justification: string; moneyControl: string | null }[];
}

export async function latestReportOf(meeting: SteeringMeeting, t: MeetingPackTexts): Promise<PackReport | null> {
  const report = await AnnualReport.findOne({
    where: { centreId: meeting.centreId, version: { [Op.gt]: 0 }, year: { [Op.lte]: meeting.year } },
    order: [
      ['year', 'DESC'],
      ['id', 'DESC'],
    ],
  });
  if (!report) return null;
  const version = await AnnualReportVersion.findOne({ where: { reportId: report.id, version: report.version } });
  const assessments =
    report.status === 'accepted'
      ? await ReportAssessment.findAll({ where: { reportId: report.id }, order: [['id', 'ASC']] })
      : [];
  // The current assessment of each target is the last one written.
  const current = new Map(assessments.map((a) => [a.assignmentId, a]));
  const assignments =
    current.size && report.letterId !== null
      ? await Assignment.findAll({ where: { letterId: report.letterId }, attributes: ['id', 'rank', 'title'] })
      : [];
  const year = report.year;
  const rankOf = (id: number | null) => assignments.find((a) => a.id === id)?.rank ?? 0;
  return {
    title: t.reportOn(year, report.version),
    status: t.reportStatus[report.status as ReportStatus],
    summary: version?.content.summary ?? '',
    assessments: [...current.values()]
      .sort((a, b) =>
        a.assignmentId === null ? 1 : b.assignmentId === null ? -1 : rankOf(a.assignmentId) - rankOf(b.assignmentId),
      )
      .map((a) => ({
        target:
          a.assignmentId === null
            ? t.reportWhole
            : resolveYearWords(assignments.find((x) => x.id === a.assignmentId)?.title ?? '', year),
        achievement: t.achievement[a.achievement],
        justification: a.justification,
        moneyControl: a.moneyControl,
      })),
  };
}
