// Finance's review of submitted accounts (approve or return) and the outcome for unspent money
// (carried over, repaid or waived), in one transaction with its audit row. Answers the accounts as
// now presented.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import type { UnspentOutcome, UnspentOutcomeStatus } from '../models/AccountsReport.js';
import { fieldError } from '../errors.js';
import { say } from '../i18n/language.js';
import { changeAccounts } from './accountsChange.js';

export interface AccountsReview {
  status: 'approved' | 'returned';
  unspentOutcome?: UnspentOutcome | null;
  unspentOutcomeStatus?: UnspentOutcomeStatus | null;
  reviewNote?: string | null;
}

export function reviewAccounts(actor: User, reportId: number, review: AccountsReview, req: Request) {
  const outcome = review.unspentOutcome ?? null;
  return changeAccounts(actor, reportId, req, {
    action: 'review',
    refusal: say('Bare økonomimedarbeidere vurderer regnskap.', 'Only finance officers review accounts.'),
    check: (report) => {
      if (outcome && report.unspentOre === 0)
        throw fieldError(
          'body.unspentOutcome',
          say(
            'regnskapet har ingen ubrukte midler å ta stilling til',
            'the accounts have no unspent money to decide on',
          ),
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
    },
    changes: () => ({
      status: review.status,
      unspentOutcome: outcome,
      unspentOutcomeStatus: outcome ? (review.unspentOutcomeStatus ?? 'pending') : null,
      reviewNote: review.reviewNote ?? null,
      reviewedAt: new Date(),
      reviewedById: actor.id,
    }),
  });
}
