// A structured report follows the review of its hand-in: returned, it opens again for the centre
// with the case officer's comment on the version; accepted, it is accepted, and its assessments are
// shown to the centre. Accepting asks for the assessment of the whole report first; that replaces
// the review's free-text assessment fields.
import type { Transaction } from 'sequelize';
import { AnnualReport, AnnualReportVersion, ReportAssessment } from '../models/index.js';
import type { Deadline } from '../models/index.js';
import { Conflict } from '../errors.js';
import { say } from '../i18n/language.js';

/** The submitted structured report of the deadline, locked; null when the hand-in was files only. */
export async function submittedReportOf(deadline: Deadline, transaction: Transaction) {
  if (deadline.kind !== 'report') return null;
  return AnnualReport.findOne({
    where: { deadlineId: deadline.id, status: 'submitted' },
    transaction,
    lock: transaction.LOCK.UPDATE,
  });
}

export async function reportFollowsReview(
  report: AnnualReport,
  decision: 'accept' | 'return',
  comment: string | null,
  transaction: Transaction,
) {
  if (decision === 'accept') {
    if (!(await ReportAssessment.count({ where: { reportId: report.id, assignmentId: null }, transaction })))
      throw Conflict(
        say(
          'Vurder rapporten som helhet (måloppnåelse og kontroll av midlene) før den godkjennes.',
          'Assess the report as a whole (goal achievement and control of the funds) before accepting it.',
        ),
      );
    await report.update({ status: 'accepted' }, { transaction });
    return;
  }
  await report.update({ status: 'returned' }, { transaction });
  await AnnualReportVersion.update(
    { returnComment: comment, returnedAt: new Date() },
    { where: { reportId: report.id, version: report.version }, transaction },
  );
}
