// Generated centres for the benchmarks, each year of each centre like a real one: a letter with
// 6 sections, 3 priority areas, 8 assignments and 2 signatories; 3 frames (with a payment each when
// `money`); 5 deadlines and 2 steering meetings (when `calendar`). Bulk inserts, no model hooks.
import * as models from '../server/models/index.js';
import { progress } from './progress.js';

export interface GeneratedYears {
  years: number[];
  /** 'issued' (accepted, as past years are) or 'approved' (ready for a bulk issue). */
  letterStatus: 'issued' | 'approved';
  money: boolean;
  calendar: boolean;
}

const thisYear = new Date().getFullYear();

/** Inserts in slices, so one statement stays well under max_allowed_packet. */
async function bulk<Row>(model: { bulkCreate(rows: Row[]): Promise<unknown> }, rows: Row[]) {
  for (let start = 0; start < rows.length; start += 2000) await model.bulkCreate(rows.slice(start, start + 2000));
}

async function budgetLinesFor(year: number) {
  const lines = [];
  for (const item of [62, 70, 21]) {
    const [line] = await models.BudgetLine.findOrCreate({
      where: { year, chapter: 743, item },
      defaults: { year, chapter: 743, item, name: `Kap. 743 post ${item}`, organisationId: null },
    });
    lines.push(line);
  }
  return lines;
}

/** Adds generated centres until there are `total`, each with a letter (and its money and calendar) in each of `years`. */
export async function generateCentres(total: number, { years, letterStatus, money, calendar }: GeneratedYears) {
  const existing = await models.Centre.count();
  const count = total - existing;
  if (count <= 0) return;
  const centres = await models.Centre.bulkCreate(
    Array.from({ length: count }, (_, i) => ({
      code: `GEN-${String(i + 1).padStart(3, '0')}`,
      name: `Generert senter ${i + 1}`,
      group: null,
      scope: 'regional' as const,
      hostOrganisationId: null,
      city: null,
      address: null,
      established: null,
      staffApprox: null,
      note: null,
    })),
  );
  for (const year of years) {
    progress(`generating ${count} centres' year ${year}`);
    const lines = await budgetLinesFor(year);
    const letters = await models.GrantLetter.bulkCreate(
      centres.map((centre) => ({
        centreId: centre.id,
        year,
        kind: 'main',
        parentId: null,
        referenceNumber: letterStatus === 'issued' ? `${year}/${centre.id}` : null,
        status: letterStatus,
        title: `Tilskudd og oppdrag ${year} – ${centre.name}`,
        letterDate: letterStatus === 'issued' ? `${year}-01-20` : null,
        senderOrganisationId: null,
        createdById: null,
        issuedAt: letterStatus === 'issued' ? new Date(`${year}-01-20T10:00:00Z`) : null,
        acceptedAt: letterStatus === 'issued' ? new Date(`${year}-01-25T10:00:00Z`) : null,
      })),
    );
    const perLetter = <R>(n: number, row: (letter: (typeof letters)[number], i: number) => R) =>
      letters.flatMap((letter) => Array.from({ length: n }, (_, i) => row(letter, i)));
    await bulk(
      models.LetterSection,
      perLetter(6, (letter, i) => ({
        letterId: letter.id,
        position: i + 1,
        heading: `Del ${i + 1}`,
        body: 'Tekst. '.repeat(80),
      })),
    );
    await bulk(
      models.PriorityArea,
      perLetter(3, (letter, i) => ({
        letterId: letter.id,
        position: i + 1,
        title: `Satsing ${i + 1}`,
        description: null,
      })),
    );
    await bulk(
      models.Assignment,
      perLetter(8, (letter, i) => ({
        letterId: letter.id,
        centreId: letter.centreId,
        jointAssignmentId: null,
        rank: i + 1,
        title: `Oppdrag ${i + 1}`,
        description: 'Beskrivelse av oppdraget.',
        deadlineDate: `${year}-11-01`,
      })),
    );
    await bulk(
      models.LetterSignatory,
      perLetter(2, (letter, i) => ({
        letterId: letter.id,
        position: i + 1,
        name: `Underskriver ${i + 1}`,
        title: 'Direktør',
      })),
    );
    const frames = await models.BudgetFrame.bulkCreate(
      perLetter(3, (letter, i) => ({
        centreId: letter.centreId,
        year,
        budgetLineId: lines[i]!.id,
        amountOre: 1_000_000_00 * (i + 1),
        letterId: letter.id,
        note: null,
      })),
    );
    if (money)
      await bulk(
        models.Disbursement,
        frames.map((frame) => ({
          centreId: frame.centreId,
          year,
          budgetFrameId: frame.id,
          paidOn: `${year}-02-15`,
          amountOre: Math.floor(frame.amountOre / 2),
          voucherReference: `B-${frame.id}`,
          note: null,
          overFrameReason: null,
          overdueOverrideReason: null,
          overdueDeadlines: null,
          recordedById: null,
          reversesId: null,
          reversalReason: null,
        })),
      );
    if (!calendar) continue;
    const kinds = ['plan', 'accounts', 'report', 'custom', 'custom'] as const;
    const dates = [`${year}-02-15`, `${year}-04-01`, `${year}-08-01`, `${year}-09-15`, `${year}-11-15`];
    await bulk(
      models.Deadline,
      perLetter(5, (letter, i) => ({
        centreId: letter.centreId,
        year,
        kind: kinds[i]!,
        title: `Frist ${i + 1}`,
        dueDate: dates[i]!,
        periodYear: null,
        letterId: letter.id,
        assignmentId: null,
        steeringMeetingId: null,
        status: year < thisYear ? 'accepted' : 'upcoming',
      })),
    );
    await bulk(
      models.SteeringMeeting,
      perLetter(2, (letter, i) => ({
        centreId: letter.centreId,
        year,
        sequence: i + 1,
        meetingDate: i === 0 ? `${year}-04-20` : `${year}-10-20`,
        plannedMonth: i === 0 ? 4 : 10,
        status: year < thisYear ? 'held' : 'scheduled',
        location: null,
        letterId: letter.id,
      })),
    );
  }
}
