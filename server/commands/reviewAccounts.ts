// Finance's review of submitted accounts (approve or return) and the outcome for unspent money
// (carried over, repaid or waived), in one transaction with its audit row. Answers the accounts as
// now presented.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import type { UnspentOutcome, UnspentOutcomeStatus } from '../models/AccountsReport.js';
import { authorize } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { fieldError } from '../errors.js';
import { findAccountsReport, presentAccountsReport } from '../presenters/accountsReport.js';
import { say } from '../i18n/language.js';

export interface AccountsReview {
  status: 'approved' | 'returned';
  unspentOutcome?: UnspentOutcome | null;
  unspentOutcomeStatus?: UnspentOutcomeStatus | null;
  reviewNote?: string | null;
}

export function reviewAccounts(actor: User, reportId: number, review: AccountsReview, req: Request) {
  return withTransaction(async (transaction) => {
    const report = await findAccountsReport(reportId, transaction);
    authorize(
      actor,
      'review',
      report,
      'accounts report',
      say('Bare økonomimedarbeidere vurderer regnskap.', 'Only finance officers review accounts.'),
    );
    const outcome = review.unspentOutcome ?? null;
    if (outcome && report.unspentOre === 0)
      throw fieldError(
        'body.unspentOutcome',
        say('regnskapet har ingen ubrukte midler å ta stilling til', 'the accounts have no unspent money to decide on'),
      );
    if (review.status === 'approved' && report.unspentOre > 0 && !outcome)
      throw fieldError(
        'body.unspentOutcome',
        say(
          'si hva som skjer med de ubrukte midlene (overføres, betales tilbake eller ettergis) for å godkjenne',
          'say what happens to the unspent money (carried_over, repaid or waived) to approve',
        ),
      );
    if (review.unspentOutcomeStatus && !outcome)
      throw fieldError(
        'body.unspentOutcomeStatus',
        say('krever at det er valgt hva som skjer med ubrukte midler', 'needs an unspentOutcome'),
      );
    const before = await presentAccountsReport(report, transaction);
    await report.update(
      {
        status: review.status,
        unspentOutcome: outcome,
        unspentOutcomeStatus: outcome ? (review.unspentOutcomeStatus ?? 'pending') : null,
        reviewNote: review.reviewNote ?? null,
        reviewedAt: new Date(),
        reviewedById: actor.id,
      },
      { transaction },
    );
    const after = await presentAccountsReport((await findAccountsReport(report.id, transaction))!, transaction);
    await recordAudit(transaction, {
      req,
      action: 'review',
      entityType: 'AccountsReport',
      entityId: report.id,
      centreId: report.centreId,
      before,
      after,
    });
    return after;
  });
}
