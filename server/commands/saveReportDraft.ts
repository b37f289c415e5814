// The centre saves its report while writing it (the form autosaves). A working copy, not a
// hand-in: it is not audited; each submission is, with the version it froze.
import type { User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { reportFor } from '../reports/reportRecord.js';
import { checkReportContent } from '../reports/checkReportContent.js';
import type { ReportContent } from '../reports/reportContent.js';

export function saveReportDraft(actor: User, deadlineId: number, content: ReportContent) {
  return withTransaction(async (transaction) => {
    const { report, basis } = await reportFor(actor, 'update', deadlineId, transaction);
    checkReportContent(content, basis);
    report.set({ content, savedById: actor.id });
    await report.save({ transaction });
    return report;
  });
}
