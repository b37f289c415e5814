// The plain view object a letter template gets (never models). It is also what an issued letter's
// PDF is stored with, so the exact data behind every issued PDF can be shown afterwards.
import type { Transaction } from 'sequelize';
import { Op } from 'sequelize';
import { ArchiveEntry, BudgetFrame, BudgetLine, Deadline, GrantLetter, User } from '../models/index.js';
import { byRank } from '../models/Assignment.js';
import { letterTexts } from '../../templates/letters/texts.js';
import type { LetterTexts } from '../../templates/letters/texts.js';
import { plannedDeadlines } from './deadlineRules.js';
import { osloDateOf, osloToday } from '../calendar.js';
import { byPosition } from '../models/ordering.js';
import { resolveYearWords } from '../../common/yearWords.js';
import { isMultiYear } from './assignmentYears.js';

export interface LetterViewData {
  letterId: number;
  language: 'nb' | 'en';
  kind: 'main' | 'supplement';
  draft: boolean;
  title: string;
  year: number;
  referenceNumber: string | null;
  parentReference: string | null;
  /** The recipient's reference ("Deres ref."), when known. */
  theirReference?: string | null;
  /** Saksbehandler: from the letter's registry entry once issued, else who drafts it. */
  caseOfficer?: string | null;
  letterDate: string;
  /** The footer's postal address, organisation number and e-mail (absent in views stored before). */
  sender: { name: string; address?: string | null; orgNumber?: string | null; email?: string | null } | null;
  recipient: { centreCode: string; centreName: string; hostName: string | null; addressLines: string[] };
  /** `introduces`: the section whose heading names the priority areas or special assignments prints them. */
  sections: { heading: string; paragraphs: string[]; introduces?: boolean }[];
  priorityAreas: { title: string; description: string | null }[];
  /** `years`: a long-term assignment's span; `carriedFromYear`: the earlier letter it goes on from (both absent in views stored before). */
  assignments: {
    rank: number;
    title: string;
    paragraphs: string[];
    deadlineDate: string | null;
    years?: { start: number; end: number } | null;
    carriedFromYear?: number | null;
  }[];
  budget: { year: number; chapter: number; item: number; name: string; amountOre: number; note: string | null }[];
  deadlines: { title: string; dueDate: string }[];
  signatories: { name: string; title: string; byAuthority: boolean }[];
  approvedElectronically: boolean;
  approvals: { name: string; title: string | null; approvedOn: string }[];
  copyRecipients: string[];
}

/** What a template receives: the data plus the fixed words in the letter's language. */
export type LetterView = LetterViewData & { t: LetterTexts; prioritiesPlaced: boolean };

/** Blank lines separate paragraphs; single line breaks inside a paragraph are kept as spaces. */
function paragraphsOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Expects the letter loaded as findLetter() loads it (centre with host, sender, every part, each
 * assignment's carriedFrom).
 * An issued letter states its stored deadlines; a draft states those its rules would create.
 */
export async function buildLetterView(letter: GrantLetter, transaction?: Transaction): Promise<LetterViewData> {
  const centre = letter.centre!;
  const host = centre.hostOrganisation;
  const [frames, storedDeadlines, parent, entry, drafter] = await Promise.all([
    BudgetFrame.findAll({
      where:
        letter.kind === 'main'
          ? { centreId: letter.centreId, [Op.or]: [{ year: letter.year }, { letterId: letter.id }] }
          : { letterId: letter.id },
      include: [{ model: BudgetLine, as: 'budgetLine' }],
      order: [
        ['year', 'ASC'],
        ['id', 'ASC'],
      ],
      transaction,
    }),
    Deadline.findAll({ where: { letterId: letter.id }, order: [['dueDate', 'ASC']], transaction }),
    letter.parentId ? GrantLetter.findByPk(letter.parentId, { transaction }) : null,
    ArchiveEntry.findOne({ where: { letterId: letter.id, kind: 'letter' }, transaction }),
    letter.createdById ? User.findByPk(letter.createdById, { transaction }) : null,
  ]);
  const assignments = [...(letter.assignments ?? [])].sort(byRank);
  const deadlines = storedDeadlines.length
    ? storedDeadlines.filter((d) => d.kind !== 'meeting' && d.kind !== 'action')
    : plannedDeadlines(letter, assignments);
  const approvals = [...(letter.approvals ?? [])].sort((a, b) => a.approvedAt.getTime() - b.approvedAt.getTime());
  // Year placeholders ({{år}}, {{fjorår}} …) in the letter's texts read as the letter's years.
  const words = (text: string) => resolveYearWords(text, letter.year);
  const maybeWords = (text: string | null) => (text === null ? null : words(text));
  return {
    letterId: letter.id,
    language: letter.language,
    kind: letter.kind,
    draft: letter.status !== 'issued',
    title: words(letter.title),
    year: letter.year,
    referenceNumber: letter.referenceNumber,
    parentReference: parent?.referenceNumber ?? null,
    theirReference: letter.theirReference ?? null,
    caseOfficer: entry?.caseOfficer ?? drafter?.name ?? null,
    letterDate: letter.letterDate ?? (letter.issuedAt ? osloDateOf(letter.issuedAt) : osloToday()),
    sender: letter.senderOrganisation
      ? {
          name: letter.senderOrganisation.name,
          address: letter.senderOrganisation.address,
          orgNumber: letter.senderOrganisation.orgNumber ?? null,
          email: letter.senderOrganisation.email ?? null,
        }
      : null,
    recipient: {
      centreCode: centre.code,
      centreName: centre.name,
      hostName: host?.name ?? null,
      addressLines: (host?.address ?? centre.address ?? '').split(/\s*[,\n]\s*/).filter(Boolean),
    },
    sections: introducingSection(
      [...(letter.sections ?? [])]
        .sort(byPosition)
        .map((s) => ({ heading: words(s.heading), paragraphs: paragraphsOf(words(s.body)) })),
      letter.kind,
    ),
    priorityAreas: [...(letter.priorityAreas ?? [])]
      .sort(byPosition)
      .map((p) => ({ title: words(p.title), description: maybeWords(p.description) })),
    assignments: assignments.map((a) => ({
      rank: a.rank,
      title: words(a.title),
      paragraphs: paragraphsOf(maybeWords(a.description)),
      deadlineDate: a.deadlineDate,
      years: isMultiYear(a) ? { start: a.startYear!, end: a.endYear! } : null,
      carriedFromYear: a.carriedFrom?.letter?.year ?? null,
    })),
    budget: frames.map((f) => ({
      year: f.year,
      chapter: f.budgetLine!.chapter,
      item: f.budgetLine!.item,
      // Lines named only "Kap. 743 post 70" would repeat what the table already says.
      name: /^kap\.? \d+ post \d+$/i.test(f.budgetLine!.name) ? '' : f.budgetLine!.name,
      amountOre: f.amountOre,
      note: f.note,
    })),
    deadlines: deadlines.map((d) => ({ title: words(d.title), dueDate: d.dueDate })),
    signatories: [...(letter.signatories ?? [])]
      .sort(byPosition)
      .map((s) => ({ name: s.name, title: s.title, byAuthority: s.byAuthority })),
    approvedElectronically: approvals.length > 0,
    approvals: approvals.map((a) => ({
      name: a.name,
      title: a.title,
      approvedOn: osloDateOf(a.approvedAt),
    })),
    copyRecipients: [...(letter.copyRecipients ?? [])].sort(byPosition).map((c) => c.name),
  };
}

const introducing = /satsingsområde|særskilte oppdrag|priority areas|special assignments/i;

/** Marks the first section of a main letter whose heading introduces the priority areas and assignments. */
function introducingSection(sections: LetterViewData['sections'], kind: LetterViewData['kind']) {
  const index = kind === 'main' ? sections.findIndex((s) => introducing.test(s.heading)) : -1;
  return sections.map((s, i) => (i === index ? { ...s, introduces: true } : s));
}

/** Whether a section prints the priority areas and assignments (else they follow the last section). */
export const prioritiesPlaced = (data: LetterViewData) => data.sections.some((s) => s.introduces);

export function withTexts(data: LetterViewData): LetterView {
  return { ...data, t: letterTexts[data.language], prioritiesPlaced: prioritiesPlaced(data) };
}
