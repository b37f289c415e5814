// The one shape of a change to submitted accounts (correct them, review them): in one transaction,
// lock them, ask the policy, check, change, and audit them as presented before and after (the audit
// action is the policy action). Answers the accounts as now presented.
import type { Request } from 'express';
import type { Attributes } from 'sequelize';
import type { AccountsReport, User } from '../models/index.js';
import { authorize } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { findAccountsReport, presentAccountsReport } from '../presenters/accountsReport.js';
import type { Localized } from '../i18n/language.js';

export function changeAccounts(
  actor: User,
  reportId: number,
  req: Request,
  spec: {
    action: 'update' | 'review';
    /** Why the role may not (403), when the policy's general answer says too little. */
    refusal?: Localized;
    /** Throws a ProblemError to refuse (nothing is written). */
    check: (report: AccountsReport) => void;
    changes: (report: AccountsReport) => Partial<Attributes<AccountsReport>>;
  },
) {
  return withTransaction(async (transaction) => {
    const report = await findAccountsReport(reportId, transaction);
    authorize(actor, spec.action, report, 'accounts report', spec.refusal);
    spec.check(report);
    const before = await presentAccountsReport(report, transaction);
    await report.update(spec.changes(report), { transaction });
    const after = await presentAccountsReport((await findAccountsReport(report.id, transaction))!, transaction);
    await recordAudit(transaction, {
      req,
      action: spec.action,
      entityType: 'AccountsReport',
      entityId: report.id,
      centreId: report.centreId,
      before,
      after,
    });
    return after;
  });
}
