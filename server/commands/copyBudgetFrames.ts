// Sets up a year's budget from another year's, in one transaction with its audit rows: the source year's
// budget lines (chapter/item, name, directorate, overdue hold) are created in the target year where
// missing, and each centre's frame is copied onto the matching line with its amount and note. When
// the target year already has frames (for the centre asked for, or any) it refuses with 409 unless
// asked to fill only the missing ones; either way nothing is copied twice, so running it again
// changes nothing. Every line and frame it creates is audited as `copy`.
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import { BudgetFrame, BudgetLine, Centre } from '../models/index.js';
import { recordAudit } from '../audit.js';
import { withTransaction } from '../db/transaction.js';
import { Conflict, fieldError } from '../errors.js';
import { presentBudgetFrame, presentBudgetLine } from '../presenters/budgetFrame.js';
import { say } from '../i18n/language.js';

export interface CopyFramesInput {
  fromYear: number;
  toYear: number;
  /** Copy only this centre's frames; all centres' when absent. */
  centreId?: number;
  /** Fill only the frames the target year lacks, instead of refusing when it has some. */
  onlyMissing: boolean;
}

export interface CopyFramesResult {
  fromYear: number;
  toYear: number;
  linesCreated: number;
  framesCreated: number;
  framesSkipped: number;
  frames: ReturnType<typeof presentBudgetFrame>[];
}

/** Copies in one transaction of its own, with the audit rows. */
export function copyBudgetFrames(input: CopyFramesInput, req: Request): Promise<CopyFramesResult> {
  return withTransaction((transaction) => copy(input, req, transaction));
}

async function copy(input: CopyFramesInput, req: Request, transaction: Transaction): Promise<CopyFramesResult> {
  const { fromYear, toYear, centreId, onlyMissing } = input;
  if (fromYear === toYear)
    throw fieldError(
      'body.toYear',
      say('må være et annet år enn det som kopieres fra', 'must be another year than the one copied from'),
    );
  const centreWhere = centreId === undefined ? {} : { centreId };
  const source = await BudgetFrame.findAll({
    where: { year: fromYear, ...centreWhere },
    include: [{ model: BudgetLine, as: 'budgetLine' }],
    order: [['id', 'ASC']],
    transaction,
  });
  if (!source.length)
    throw fieldError(
      'body.fromYear',
      say(`det finnes ingen rammer for ${fromYear} å kopiere`, `there are no frames for ${fromYear} to copy`),
    );

  // Locks the target year's frames, so two copies at once wait for each other instead of both counting none.
  const existing = await BudgetFrame.findAll({
    where: { year: toYear, ...centreWhere },
    include: [{ model: BudgetLine, as: 'budgetLine' }],
    transaction,
    lock: transaction.LOCK.UPDATE,
  });
  if (existing.length && !onlyMissing)
    throw Conflict(
      say(
        `${toYear} har allerede ${existing.length} rammer; velg å fylle inn bare de som mangler.`,
        `${toYear} already has ${existing.length} frames; ask to fill in only the missing ones.`,
      ),
    );

  const lineKey = (line: { chapter: number; item: number }) => `${line.chapter}/${line.item}`;
  const targetLines = new Map(
    (await BudgetLine.findAll({ where: { year: toYear }, transaction })).map((line) => [lineKey(line), line]),
  );
  let linesCreated = 0;
  const created: BudgetFrame[] = [];
  let framesSkipped = 0;
  for (const frame of source) {
    const from = frame.budgetLine!;
    let line = targetLines.get(lineKey(from));
    if (!line) {
      line = await BudgetLine.create(
        {
          year: toYear,
          chapter: from.chapter,
          item: from.item,
          name: from.name,
          organisationId: from.organisationId ?? null,
          holdWhenOverdue: from.holdWhenOverdue,
        },
        { transaction },
      );
      targetLines.set(lineKey(line), line);
      linesCreated++;
      await recordAudit(transaction, {
        req,
        action: 'copy',
        entityType: 'BudgetLine',
        entityId: line.id,
        before: presentBudgetLine(from),
        after: presentBudgetLine(line),
      });
    }
    const targetLine = line;
    if (existing.some((have) => have.centreId === frame.centreId && have.budgetLineId === targetLine.id)) {
      framesSkipped++;
      continue;
    }
    const copy = await BudgetFrame.create(
      {
        centreId: frame.centreId,
        year: toYear,
        budgetLineId: targetLine.id,
        amountOre: frame.amountOre,
        letterId: null,
        note: frame.note,
      },
      { transaction },
    );
    created.push(copy);
  }

  const frames = created.length
    ? await BudgetFrame.findAll({
        where: { id: created.map((frame) => frame.id) },
        include: [
          { model: Centre, as: 'centre' },
          { model: BudgetLine, as: 'budgetLine' },
        ],
        order: [['id', 'ASC']],
        transaction,
      })
    : [];
  const presented = frames.map(presentBudgetFrame);
  for (const [index, after] of presented.entries()) {
    const from = source.find(
      (frame) => frame.centreId === frames[index]!.centreId && lineKey(frame.budgetLine!) === lineKey(after.budgetLine),
    )!;
    await recordAudit(transaction, {
      req,
      action: 'copy',
      entityType: 'BudgetFrame',
      entityId: after.id,
      centreId: frames[index]!.centreId,
      before: { copiedFromFrameId: from.id, year: fromYear, amountOre: from.amountOre },
      after,
    });
  }
  return { fromYear, toYear, linesCreated, framesCreated: created.length, framesSkipped, frames: presented };
}
