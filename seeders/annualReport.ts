// NAPHA's structured report on last year, handed in against this year's report deadline and
// assessed by the case officer (not yet accepted, so the assessments are still the directorate's
// own), so a new user sees the steering dialogue at once. Seeded only once the report is due.
import { Op } from 'sequelize';
import {
  AnnualReport,
  AnnualReportVersion,
  Deadline,
  DeadlineSubmission,
  ReportAssessment,
} from '../server/models/index.js';
import type { ReportContent } from '../server/reports/reportContent.js';
import { reportBasis } from '../server/reports/reportBasis.js';
import { lookUp } from './context.js';
import type { SeedContext } from './context.js';
import { caseOfficerEmail } from './users.js';

const DAY = 24 * 3600_000;

export async function seedNaphaReport(context: SeedContext, year: number): Promise<void> {
  const { transaction } = context;
  const napha = lookUp(context.centres, 'NAPHA', 'centre');
  const leader = lookUp(context.users, 'leder@napha.example', 'user');
  const officer = lookUp(context.users, caseOfficerEmail, 'user');
  const deadline = await Deadline.findOne({
    where: { centreId: napha.id, kind: 'report', periodYear: year - 1, status: { [Op.in]: ['submitted'] } },
    transaction,
  });
  const basis = deadline && (await reportBasis(deadline, transaction));
  if (!deadline || !basis?.letter) return;

  const [first, second, third] = basis.assignments;
  const content: ReportContent = {
    summary:
      'Året ga god framdrift på FACT ung og recovery-orientert praksis. Kartleggingen av lavterskeltilbud ble ' +
      'forsinket, og fullføres i vår.',
    assignments: basis.assignments.map((assignment) => ({
      assignmentId: assignment.id,
      status: assignment === first ? 'completed' : assignment === second ? 'postponed' : 'delivered',
      done:
        assignment === first
          ? 'Veiledningsmateriellet er skrevet sammen med tre FACT ung-team og lagt ut på nettsidene.'
          : assignment === second
            ? 'Spørreskjema og utvalg er klare; datainnsamlingen startet i november.'
            : `Arbeidet med «${assignment.title}» er gjennomført som planlagt.`,
      results:
        assignment === first
          ? 'Materiellet er tatt i bruk i flere kommuner som etablerer team.'
          : assignment === third
            ? 'Godt oppmøte, og innspillene er tatt inn i planen for neste år.'
            : '',
      deviations: assignment === second ? 'Forsinket fordi rekrutteringen av kommuner tok lengre tid enn ventet.' : '',
      nextSteps: assignment === second ? 'Rapport fra kartleggingen leveres innen 1. mai.' : '',
    })),
    priorityAreas: basis.priorityAreas.map((area) => ({
      priorityAreaId: area.id,
      narrative: `Arbeidet innen «${area.title}» er videreført i tråd med planen.`,
    })),
    activities: [
      { channel: 'course', count: 24, participants: 1150 },
      { channel: 'elearning', count: 4, participants: 2300 },
      { channel: 'articles', count: 18, participants: null },
      { channel: 'programme', count: 2, participants: 160 },
      { channel: 'collaboration', count: 30, participants: null },
    ],
  };

  const submittedAt = new Date(Math.min(Date.parse(`${deadline.dueDate}T08:00:00Z`), Date.now() - 5 * DAY));
  const submission = await DeadlineSubmission.create(
    { deadlineId: deadline.id, submittedById: leader.id, comment: 'Rapporten for året.', submittedAt },
    { transaction },
  );
  const report = await AnnualReport.create(
    {
      deadlineId: deadline.id,
      centreId: napha.id,
      year: basis.year,
      letterId: basis.letter.id,
      status: 'submitted',
      content,
      version: 1,
      savedById: leader.id,
    },
    { transaction },
  );
  await AnnualReportVersion.create(
    {
      reportId: report.id,
      version: 1,
      content,
      submissionId: submission.id,
      submittedById: leader.id,
      submittedAt,
      returnComment: null,
      returnedAt: null,
    },
    { transaction },
  );
  const assessed = [
    first && {
      assignmentId: first.id,
      achievement: 'achieved' as const,
      justification: 'Levert som avtalt og i bruk.',
    },
    second && {
      assignmentId: second.id,
      achievement: 'partly_achieved' as const,
      justification: 'Forsinket, men med en god plan for ferdigstilling; følges opp i vårmøtet.',
    },
    {
      assignmentId: null,
      achievement: 'partly_achieved' as const,
      justification: 'God måloppnåelse på de prioriterte områdene; ett oppdrag er forsinket.',
      moneyControl: 'Regnskapet viser forbruk innenfor rammen; mindreforbruket er forklart og søkt overført.',
    },
  ];
  for (const assessment of assessed)
    if (assessment)
      await ReportAssessment.create(
        {
          reportId: report.id,
          assignmentId: assessment.assignmentId,
          achievement: assessment.achievement,
          justification: assessment.justification,
          moneyControl: 'moneyControl' in assessment ? assessment.moneyControl : null,
          assessedById: officer.id,
          supersedesId: null,
        },
        { transaction },
      );
}
