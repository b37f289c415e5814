// Imports budget frames from an Excel sheet in one transaction: each row sets a centre's frame for
// a year on a budget line (creating it or changing its amount). Every row is checked first; when
// any row is bad, nothing is written and the answer lists every problem with its row and column.
import type { Request } from 'express';
import { Op } from 'sequelize';
import { BudgetFrame, BudgetLine, Centre } from '../models/index.js';
import { frameBelowPaid } from './frameFloor.js';
import { recordAudit } from '../audit.js';
import { SpreadsheetInvalid } from '../errors.js';
import type { FieldProblem } from '../errors.js';
import { presentBudgetFrame } from '../presenters/budgetFrame.js';
import { withTransaction } from '../db/transaction.js';
import { readFrameSheet } from '../spreadsheets/readFrameSheet.js';
import { say } from '../i18n/language.js';

export interface ImportResult {
  sheet: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  totalOre: number;
  frames: ReturnType<typeof presentBudgetFrame>[];
}

export async function importBudgetFrames(file: Buffer, req: Request): Promise<ImportResult> {
  const { frames, problems, sheetName } = await readFrameSheet(file);
  if (problems.length && !frames.length) throw SpreadsheetInvalid(problems);

  return withTransaction(async (transaction) => {
    const centres = await Centre.findAll({
      where: { code: { [Op.in]: [...new Set(frames.map((f) => f.centreCode))] } },
      transaction,
    });
    const lines = await BudgetLine.findAll({
      where: { year: { [Op.in]: [...new Set(frames.map((f) => f.year))] } },
      transaction,
    });
    const centreByCode = new Map(centres.map((centre) => [centre.code.toUpperCase(), centre]));
    const lineByKey = new Map(lines.map((line) => [`${line.year}/${line.chapter}/${line.item}`, line]));
    const seen = new Map<string, number>();
    const resolved: { frame: (typeof frames)[number]; centre: Centre; line: BudgetLine }[] = [];
    const more: FieldProblem[] = [];
    for (const frame of frames) {
      const centre = centreByCode.get(frame.centreCode);
      const line = lineByKey.get(`${frame.year}/${frame.chapter}/${frame.item}`);
      if (!centre)
        more.push({
          field: 'file',
          row: frame.row,
          column: frame.columns.centre,
          message: say(
            `Senter: ukjent senterkode «${frame.centreCode}»`,
            `Senter: unknown centre code “${frame.centreCode}”`,
          ),
        });
      if (!line)
        more.push({
          field: 'file',
          row: frame.row,
          column: frame.columns.item,
          message: say(
            `Post: ingen budsjettpost kap. ${frame.chapter} post ${frame.item} for ${frame.year}`,
            `Post: no budget line kap. ${frame.chapter} post ${frame.item} for ${frame.year}`,
          ),
        });
      if (!centre || !line) continue;
      const key = `${centre.id}/${line.id}`;
      const earlier = seen.get(key);
      if (earlier)
        more.push({
          field: 'file',
          row: frame.row,
          column: frame.columns.centre,
          message: say(
            `${centre.code} kap. ${frame.chapter} post ${frame.item} ${frame.year} står allerede på rad ${earlier}`,
            `${centre.code} kap. ${frame.chapter} post ${frame.item} ${frame.year} is already on row ${earlier}`,
          ),
        });
      else seen.set(key, frame.row);
      resolved.push({ frame, centre, line });
    }
    // A frame may not be set below what is already paid on it (commands/frameFloor). The frames are
    // locked before the paid sums are read, as recordDisbursement locks them: no payment slips between.
    const existingFrames = resolved.length
      ? await BudgetFrame.findAll({
          where: { [Op.or]: resolved.map(({ centre, line }) => ({ centreId: centre.id, budgetLineId: line.id })) },
          include: [
            { model: Centre, as: 'centre' },
            { model: BudgetLine, as: 'budgetLine' },
          ],
          transaction,
          lock: transaction.LOCK.UPDATE,
        })
      : [];
    for (const { frame, centre, line } of resolved) {
      const existing = existingFrames.find((f) => f.centreId === centre.id && f.budgetLineId === line.id);
      if (!existing) continue;
      const below = await frameBelowPaid(existing.id, frame.amountOre, transaction);
      if (below)
        more.push({
          field: 'file',
          row: frame.row,
          column: frame.columns.amount,
          message: say(
            `Ramme (kr): ${below.reason.nb}; den kan ikke være lavere`,
            `Ramme (kr): ${below.reason.en}; it cannot be lower`,
          ),
        });
    }
    const all = [...problems, ...more].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (all.length) throw SpreadsheetInvalid(all);

    const result: ImportResult = {
      sheet: sheetName,
      rows: frames.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      totalOre: 0,
      frames: [],
    };
    for (const { frame, centre, line } of resolved) {
      result.totalOre += frame.amountOre;
      const existing = existingFrames.find((f) => f.centreId === centre.id && f.budgetLineId === line.id);
      if (existing) {
        const note = frame.note ?? existing.note;
        if (existing.amountOre === frame.amountOre && existing.note === note) {
          result.unchanged++;
          result.frames.push(presentBudgetFrame(existing));
          continue;
        }
        const before = presentBudgetFrame(existing);
        await existing.update({ amountOre: frame.amountOre, note }, { transaction });
        const after = presentBudgetFrame(existing);
        await recordAudit(transaction, {
          req,
          action: 'import',
          entityType: 'BudgetFrame',
          entityId: existing.id,
          centreId: centre.id,
          before,
          after,
        });
        result.updated++;
        result.frames.push(after);
      } else {
        const created = await BudgetFrame.create(
          {
            centreId: centre.id,
            year: frame.year,
            budgetLineId: line.id,
            amountOre: frame.amountOre,
            letterId: null,
            note: frame.note,
          },
          { transaction },
        );
        created.centre = centre;
        created.budgetLine = line;
        const after = presentBudgetFrame(created);
        await recordAudit(transaction, {
          req,
          action: 'import',
          entityType: 'BudgetFrame',
          entityId: created.id,
          centreId: centre.id,
          after,
        });
        result.created++;
        result.frames.push(after);
      }
    }
    return result;
  });
}
