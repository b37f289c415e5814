// The case officer records an assessment of a submitted report: of one special assignment, or of
// the whole report with the control of the use of money. Nothing recorded is changed: the new
// assessment supersedes the latest one of the same target, after acceptance too (a correction).
import type { Request } from 'express';
import { ReportAssessment } from '../models/index.js';
import type { User } from '../models/index.js';
import type { Achievement } from '../models/AnnualReport.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { fieldError } from '../errors.js';
import { say } from '../i18n/language.js';
import { reportFor } from '../reports/reportRecord.js';

export interface AssessmentInput {
  /** Null: the whole report. */
  assignmentId: number | null;
  achievement: Achievement;
  justification: string;
  moneyControl?: string | null;
}

export function assessReport(req: Request, actor: User, deadlineId: number, input: AssessmentInput) {
  return withTransaction(async (transaction) => {
    const { report, basis } = await reportFor(actor, 'assess', deadlineId, transaction);
    if (input.assignmentId !== null && !basis.assignments.some((a) => a.id === input.assignmentId))
      throw fieldError(
        'body.assignmentId',
        say(
          `oppdrag ${input.assignmentId} er ikke et av oppdragene rapporten gjelder`,
          `assignment ${input.assignmentId} is not one the report is on`,
        ),
      );
    if (input.assignmentId === null && !input.moneyControl?.trim())
      throw fieldError(
        'body.moneyControl',
        say('må fylles ut når rapporten vurderes som helhet', 'is required when assessing the report as a whole'),
      );
    if (input.assignmentId !== null && input.moneyControl)
      throw fieldError(
        'body.moneyControl',
        say('hører til vurderingen av rapporten som helhet', 'belongs to the assessment of the whole report'),
      );
    const latest = await ReportAssessment.findOne({
      where: { reportId: report.id, assignmentId: input.assignmentId },
      order: [['id', 'DESC']],
      transaction,
    });
    const assessment = await ReportAssessment.create(
      {
        reportId: report.id,
        assignmentId: input.assignmentId,
        achievement: input.achievement,
        justification: input.justification,
        moneyControl: input.moneyControl ?? null,
        assessedById: actor.id,
        supersedesId: latest?.id ?? null,
      },
      { transaction },
    );
    await recordAudit(transaction, {
      req,
      action: 'assess_report',
      entityType: 'ReportAssessment',
      entityId: assessment.id,
      centreId: report.centreId,
      after: {
        reportId: report.id,
        assignmentId: input.assignmentId,
        achievement: input.achievement,
        justification: input.justification,
        moneyControl: assessment.moneyControl,
        supersedesId: assessment.supersedesId,
        afterAcceptance: report.status === 'accepted',
      },
    });
    return assessment;
  });
}
