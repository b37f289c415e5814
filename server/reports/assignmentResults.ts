// What each year's report said of an assignment, for its history across the years: the status the
// centre reported (its latest submitted version) and the directorate's current assessment once that
// report is accepted (an assessment is shown to the centre only then; the history shows one record).
import { Op } from 'sequelize';
import { AnnualReport, AnnualReportVersion, ReportAssessment } from '../models/index.js';
import type { Achievement } from '../models/AnnualReport.js';
import type { AssignmentYear } from '../models/Assignment.js';
import type { reportAssignmentStatuses } from './reportContent.js';

export interface AssignmentYearResult {
  reportedStatus: (typeof reportAssignmentStatuses)[number] | null;
  achievement: Achievement | null;
}

export async function withReportResults(years: AssignmentYear[]): Promise<(AssignmentYear & AssignmentYearResult)[]> {
  const letterIds = [...new Set(years.map((year) => year.letterId))];
  const reports = letterIds.length
    ? await AnnualReport.findAll({ where: { letterId: letterIds, version: { [Op.gt]: 0 } } })
    : [];
  const [versions, assessments] = reports.length
    ? await Promise.all([
        AnnualReportVersion.findAll({
          where: { [Op.or]: reports.map((report) => ({ reportId: report.id, version: report.version })) },
        }),
        ReportAssessment.findAll({
          where: {
            reportId: reports.filter((report) => report.status === 'accepted').map((report) => report.id),
            assignmentId: years.map((year) => year.assignmentId),
          },
          order: [['id', 'ASC']],
        }),
      ])
    : [[], []];
  return years.map((year) => {
    const report = reports.find((candidate) => candidate.letterId === year.letterId);
    const content = report && versions.find((version) => version.reportId === report.id)?.content;
    const reported = content?.assignments.find((entry) => entry.assignmentId === year.assignmentId);
    // The last assessment written is the current one.
    const achievement = assessments.filter((a) => a.assignmentId === year.assignmentId).at(-1)?.achievement ?? null;
    return { ...year, reportedStatus: reported?.status ?? null, achievement };
  });
}
