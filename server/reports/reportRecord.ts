// A report deadline with its structured report: the stored one, or a new draft not yet saved (so
// the form, the abilities and the first save all start from the same record).
import type { Transaction } from 'sequelize';
import { AnnualReport, Deadline } from '../models/index.js';
import type { User } from '../models/index.js';
import { authorize } from '../policies/index.js';
import type { Action } from '../policies/index.js';
import { emptyReportContent } from './reportContent.js';
import { reportBasis } from './reportBasis.js';
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
  authorize(actor, action, report, 'report');
  return { deadline, report, basis };
}
