// A structured report as its page shows it: the letter's assignments and priority areas it is
// written on, the working copy, its submitted versions, the assessments (to a centre user only
// once accepted), that year's accounts with their variance, and what the caller may do.
import { z } from 'zod';
import { AccountsReport, AnnualReportVersion, BudgetLine, Centre, ReportAssessment, User } from '../models/index.js';
import { achievements, reportStatuses } from '../models/AnnualReport.js';
import type { ReportRecord } from '../reports/reportRecord.js';
import { reportContentSchema } from '../reports/reportContent.js';
import { abilitiesFor, can } from '../policies/index.js';
import type { User as UserModel } from '../models/index.js';
import { accountsReportSchema, presentAccountsReports } from './accountsReport.js';
import { centreRef, centreRefSchema } from './centre.js';

const reportAbilities = ['update', 'submit', 'assess', 'readAssessments'] as const;

export const reportAssessmentSchema = z
  .object({
    id: z.number().int(),
    assignmentId: z.number().int().nullable().openapi({ description: 'Null: the report as a whole' }),
    achievement: z.enum(achievements),
    justification: z.string(),
    moneyControl: z.string().nullable(),
    assessedBy: z.string().nullable(),
    createdAt: z.string(),
    supersedesId: z.number().int().nullable(),
    current: z.boolean().openapi({ description: 'The latest assessment of its assignment (or of the whole)' }),
  })
  .openapi('ReportAssessment');

export const reportVersionSchema = z
  .object({
    version: z.number().int(),
    submittedAt: z.string(),
    submittedBy: z.string().nullable(),
    returnComment: z.string().nullable(),
    returnedAt: z.string().nullable(),
  })
  .openapi('ReportVersion');

export const annualReportSchema = z
  .object({
    id: z.number().int().nullable().openapi({ description: 'Null until the centre first saves it' }),
    deadline: z.object({
      id: z.number().int(),
      title: z.string(),
      dueDate: z.string(),
      status: z.string(),
      year: z.number().int(),
      periodYear: z.number().int().nullable(),
    }),
    centre: centreRefSchema,
    year: z.number().int().openapi({ description: 'The year reported on' }),
    letter: z
      .object({ id: z.number().int(), year: z.number().int(), title: z.string() })
      .nullable()
      .openapi({ description: 'The letter of the year reported on; null when that year has none here' }),
    status: z.enum(reportStatuses),
    version: z.number().int(),
    content: reportContentSchema,
    savedAt: z.string().nullable(),
    savedBy: z.string().nullable(),
    basis: z.object({
      assignments: z.array(
        z.object({
          id: z.number().int(),
          rank: z.number().int(),
          title: z.string(),
          description: z.string().nullable(),
        }),
      ),
      priorityAreas: z.array(z.object({ id: z.number().int(), title: z.string() })),
    }),
    versions: z.array(reportVersionSchema),
    assessments: z.array(reportAssessmentSchema),
    accounts: z.array(accountsReportSchema).openapi({ description: 'The accounts of the year reported on' }),
    abilities: z.object(
      Object.fromEntries(reportAbilities.map((a) => [a, z.boolean()])) as Record<
        (typeof reportAbilities)[number],
        z.ZodBoolean
      >,
    ),
  })
  .openapi('AnnualReport');

export const reportVersionContentSchema = reportVersionSchema.extend({ content: reportContentSchema });

const nameOf = (user: UserModel | null | undefined) => user?.name ?? null;

export async function presentReport(actor: UserModel, { deadline, report, basis }: ReportRecord) {
  const stored = report.id !== undefined && report.id !== null;
  const [versions, assessments, centre, accounts, savedBy] = await Promise.all([
    stored
      ? AnnualReportVersion.findAll({
          where: { reportId: report.id },
          include: [{ model: User, as: 'submittedBy', attributes: ['id', 'name'] }],
          order: [['version', 'ASC']],
        })
      : [],
    stored && can(actor, 'readAssessments', report)
      ? ReportAssessment.findAll({
          where: { reportId: report.id },
          include: [{ model: User, as: 'assessedBy', attributes: ['id', 'name'] }],
          order: [['id', 'ASC']],
        })
      : [],
    Centre.findByPk(deadline.centreId),
    AccountsReport.findAll({
      where: { centreId: deadline.centreId, year: basis.year },
      include: [
        { model: Centre, as: 'centre' },
        { model: BudgetLine, as: 'budgetLine' },
        { model: User, as: 'submittedBy' },
        { model: User, as: 'reviewedBy' },
      ],
      order: [['id', 'ASC']],
    }),
    report.savedById ? User.findByPk(report.savedById, { attributes: ['id', 'name'] }) : null,
  ]);
  const superseded = new Set(assessments.map((a) => a.supersedesId).filter((id) => id !== null));
  return {
    id: stored ? report.id : null,
    deadline: {
      id: deadline.id,
      title: deadline.title,
      dueDate: deadline.dueDate,
      status: deadline.status,
      year: deadline.year,
      periodYear: deadline.periodYear,
    },
    centre: centreRef(centre ?? undefined),
    year: basis.year,
    letter: basis.letter && { id: basis.letter.id, year: basis.letter.year, title: basis.letter.title },
    status: report.status ?? 'draft',
    version: report.version ?? 0,
    content: report.content,
    savedAt: stored ? report.updatedAt.toISOString() : null,
    savedBy: nameOf(savedBy),
    basis: {
      assignments: basis.assignments.map((a) => ({
        id: a.id,
        rank: a.rank,
        title: a.title,
        description: a.description,
      })),
      priorityAreas: basis.priorityAreas.map((a) => ({ id: a.id, title: a.title })),
    },
    versions: versions.map(presentVersion),
    assessments: assessments.map((a) => ({
      id: a.id,
      assignmentId: a.assignmentId,
      achievement: a.achievement,
      justification: a.justification,
      moneyControl: a.moneyControl,
      assessedBy: nameOf(a.assessedBy),
      createdAt: a.createdAt.toISOString(),
      supersedesId: a.supersedesId,
      current: !superseded.has(a.id),
    })),
    accounts: await presentAccountsReports(accounts),
    abilities: abilitiesFor(actor, report, reportAbilities),
  };
}

export function presentVersion(version: AnnualReportVersion) {
  return {
    version: version.version,
    submittedAt: version.submittedAt.toISOString(),
    submittedBy: nameOf(version.submittedBy),
    returnComment: version.returnComment,
    returnedAt: version.returnedAt?.toISOString() ?? null,
  };
}
