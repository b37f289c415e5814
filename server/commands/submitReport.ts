// The centre submits its report: a hand-in against the report deadline like any other (files,
// journal entry, reminders stopped, the case officer told), which in the same transaction freezes
// the report as its next version and records the submission in the audit trail.
import type { Request } from 'express';
import type { User } from '../models/index.js';
import { AnnualReportVersion } from '../models/index.js';
import { recordAudit } from '../audit.js';
import { reportFor } from '../reports/reportRecord.js';
import { checkReportContent } from '../reports/checkReportContent.js';
import { handInDeadline } from './handInDeadline.js';
import type { HandInFile } from './handInDeadline.js';

export async function submitReport(
  req: Request,
  actor: User,
  deadlineId: number,
  input: { comment: string | null; files: HandInFile[] },
) {
  // Checked before the files are stored; checked again under the lock in the hand-in.
  const { report, basis } = await reportFor(actor, 'submit', deadlineId);
  checkReportContent(report.content, basis, { complete: true });
  return handInDeadline(req, actor, deadlineId, {
    ...input,
    alsoInTransaction: async (submission, transaction) => {
      const locked = await reportFor(actor, 'submit', deadlineId, transaction);
      checkReportContent(locked.report.content, locked.basis, { complete: true });
      const version = locked.report.version + 1;
      await locked.report.update({ status: 'submitted', version }, { transaction });
      await AnnualReportVersion.create(
        {
          reportId: locked.report.id,
          version,
          content: locked.report.content,
          submissionId: submission.id,
          submittedById: actor.id,
          submittedAt: submission.submittedAt,
          returnComment: null,
          returnedAt: null,
        },
        { transaction },
      );
      await recordAudit(transaction, {
        req,
        action: 'submit_report',
        entityType: 'AnnualReport',
        entityId: locked.report.id,
        centreId: locked.report.centreId,
        after: { version, deadlineId, submissionId: submission.id },
      });
    },
  });
}
