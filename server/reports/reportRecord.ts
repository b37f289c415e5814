// A report deadline with its structured report: the stored one, or a new draft not yet saved (so
// the form, the abilities and the first save all start from the same record).
import type { Transaction } from 'sequelize';
import { AnnualReport, Deadline } from '../models/index.js';
import type { User } from '../models/index.js';
import { authorize, refusedForItsDeadline } from '../policies/index.js';
import type { Action } from '../policies/index.js';
import { emptyReportContent } from './reportContent.js';
import { reportBasis } from './reportBasis.js';
import { deadlineStatusName } from '../i18n/statusNames.js';
import { say } from '../i18n/language.js';
import type { ReportBasis } from './reportBasis.js';

export interface ReportRecord {
  deadline: Deadline;
  report: AnnualReport;
  basis: ReportBasis;
}

/**
 * The report for the action; 404 unless the deadline is a report deadline the actor may read, 403
 * when the action is not the actor's to take now. With a transaction, deadline and report are locked.
 */
export async function reportFor(
  actor: User,
  action: Action,
  deadlineId: number,
  transaction?: Transaction,
): Promise<ReportRecord> {
  const lock = transaction ? { transaction, lock: transaction.LOCK.UPDATE } : {};
  const found = await Deadline.findByPk(deadlineId, lock);
  const deadline = found?.kind === 'report' ? found : null;
  authorize(actor, 'read', deadline, 'report');
  const basis = await reportBasis(deadline, transaction);
  const report =
    (await AnnualReport.findOne({ where: { deadlineId }, ...lock })) ??
    AnnualReport.build({
      deadlineId,
      centreId: deadline.centreId,
      year: basis.year,
      letterId: basis.letter?.id ?? null,
      content: emptyReportContent(),
      savedById: null,
    });
  report.deadline = deadline; // the policy reads whether the deadline still takes a hand-in
  authorize(actor, action, report, 'report', closedDeadlineReason(actor, action, report, deadline));
  return { deadline, report, basis };
}

/** Why the centre may not write its report now, when its deadline no longer takes a hand-in. */
function closedDeadlineReason(actor: User, action: Action, report: AnnualReport, deadline: Deadline) {
  if ((action !== 'update' && action !== 'submit') || !refusedForItsDeadline(actor, report)) return undefined;
  const status = deadlineStatusName(deadline.status);
  return say(
    `Rapportfristen er ${status.nb}, så rapporten kan ikke endres eller sendes inn nå.`,
    `The report deadline has been ${status.en}, so the report cannot be changed or submitted now.`,
  );
}
