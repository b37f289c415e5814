// Corrects submitted accounts (until approved), in one transaction with its audit row: they go back
// to "submitted" for a new review. Answers the accounts as now presented.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import { Conflict } from '../errors.js';
import { say } from '../i18n/language.js';
import { changeAccounts } from './accountsChange.js';

export interface AccountsCorrection {
  spentOre?: number;
  unspentOre?: number;
  comment?: string | null;
}

export function correctAccounts(actor: User, reportId: number, correction: AccountsCorrection, req: Request) {
  return changeAccounts(actor, reportId, req, {
    action: 'update',
    check: (report) => {
      if (report.isLocked)
        throw Conflict(
          say(
            `Regnskap ${report.id} er godkjent og kan ikke lenger rettes.`,
            `Accounts ${report.id} are approved and can no longer be corrected.`,
          ),
        );
    },
    // Corrected accounts are reviewed anew: the earlier review no longer holds.
    changes: () => ({
      ...correction,
      status: 'submitted',
      submittedAt: new Date(),
      submittedById: actor.id,
      unspentOutcome: null,
      unspentOutcomeStatus: null,
      reviewedAt: null,
      reviewedById: null,
      reviewNote: null,
    }),
  });
}
