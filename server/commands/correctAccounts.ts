// Corrects submitted accounts (until approved), in one transaction with its audit row: they go back
// to "submitted" for a new review. Answers the accounts as now presented.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import { authorize } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { Conflict } from '../errors.js';
import { findAccountsReport, presentAccountsReport } from '../presenters/accountsReport.js';
import { say } from '../i18n/language.js';

export interface AccountsCorrection {
  spentOre?: number;
  unspentOre?: number;
  comment?: string | null;
}

export function correctAccounts(actor: User, reportId: number, correction: AccountsCorrection, req: Request) {
  return withTransaction(async (transaction) => {
    const report = await findAccountsReport(reportId, transaction);
    authorize(actor, 'update', report, 'accounts report');
    if (report.isLocked)
      throw Conflict(
        say(
          `Regnskap ${report.id} er godkjent og kan ikke lenger rettes.`,
          `Accounts ${report.id} are approved and can no longer be corrected.`,
        ),
      );
    const before = await presentAccountsReport(report, transaction);
    // Corrected accounts are reviewed anew: the earlier review no longer holds.
    await report.update(
      {
        ...correction,
        status: 'submitted',
        submittedAt: new Date(),
        submittedById: actor.id,
        unspentOutcome: null,
        unspentOutcomeStatus: null,
        reviewedAt: null,
        reviewedById: null,
        reviewNote: null,
      },
      { transaction },
    );
    const after = await presentAccountsReport((await findAccountsReport(report.id, transaction))!, transaction);
    await recordAudit(transaction, {
      req,
      action: 'update',
      entityType: 'AccountsReport',
      entityId: report.id,
      centreId: report.centreId,
      before,
      after,
    });
    return after;
  });
}
