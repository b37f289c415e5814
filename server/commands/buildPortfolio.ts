// The portfolio of one year: every centre's frame, payments and accounts per budget line, with
// totals per chapter/item, per centre and overall. All sums are integer øre added in JavaScript
// from the same rows, so every total is exactly the sum of the rows it covers.
import { Op } from 'sequelize';
import { AccountsReport, BudgetFrame, BudgetLine, Centre, Disbursement } from '../models/index.js';
import type { AccountsStatus } from '../models/AccountsReport.js';

export interface Figures {
  frameOre: number;
  paidOre: number;
  /** Frame minus paid */
  remainingOre: number;
  spentOre: number;
  unspentOre: number;
}

export interface PortfolioRow extends Figures {
  centre: { code: string; name: string };
  budgetLine: { chapter: number; item: number; name: string };
  accountsStatus: AccountsStatus | null;
}

export interface Portfolio {
  year: number;
  rows: PortfolioRow[];
  byLine: (Figures & { budgetLine: PortfolioRow['budgetLine'] })[];
  byCentre: (Figures & { centre: PortfolioRow['centre'] })[];
  totals: Figures;
}

const zero = (): Figures => ({ frameOre: 0, paidOre: 0, remainingOre: 0, spentOre: 0, unspentOre: 0 });

function add(into: Figures, row: Figures) {
  into.frameOre += row.frameOre;
  into.paidOre += row.paidOre;
  into.remainingOre += row.remainingOre;
  into.spentOre += row.spentOre;
  into.unspentOre += row.unspentOre;
}

/** `centreId` confines the portfolio to one centre (a centre user sees only its own figures). */
export async function buildPortfolio(year: number, centreId?: number): Promise<Portfolio> {
  const where = { year, ...(centreId === undefined ? {} : { centreId }) };
  const include = [
    { model: Centre, as: 'centre' },
    { model: BudgetLine, as: 'budgetLine' },
  ];
  const [frames, reports] = await Promise.all([
    BudgetFrame.findAll({ where, include }),
    AccountsReport.findAll({ where, include }),
  ]);
  const paid = frames.length
    ? ((await Disbursement.findAll({
        attributes: [
          'budgetFrameId',
          [Disbursement.sequelize!.fn('SUM', Disbursement.sequelize!.col('amount_ore')), 'paid'],
        ],
        where: { budgetFrameId: { [Op.in]: frames.map((frame) => frame.id) } },
        group: ['budgetFrameId'],
        raw: true,
      })) as unknown as { budgetFrameId: number; paid: string | number }[])
    : [];
  const paidByFrame = new Map(paid.map((row) => [row.budgetFrameId, Number(row.paid)]));

  const rows = new Map<string, PortfolioRow & { sortKey: string }>();
  const rowFor = (centre: Centre, line: BudgetLine) => {
    const key = `${centre.id}/${line.id}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        centre: { code: centre.code, name: centre.name },
        budgetLine: { chapter: line.chapter, item: line.item, name: line.name },
        ...zero(),
        accountsStatus: null,
        sortKey: `${centre.code}\u0000${String(line.chapter).padStart(5, '0')}${String(line.item).padStart(3, '0')}`,
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const frame of frames) {
    const row = rowFor(frame.centre!, frame.budgetLine!);
    row.frameOre = frame.amountOre;
    row.paidOre = paidByFrame.get(frame.id) ?? 0;
    row.remainingOre = row.frameOre - row.paidOre;
  }
  for (const report of reports) {
    const row = rowFor(report.centre!, report.budgetLine!);
    row.spentOre = report.spentOre;
    row.unspentOre = report.unspentOre;
    row.accountsStatus = report.status;
  }

  const sorted = [...rows.values()].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const byLine = new Map<string, Figures & { budgetLine: PortfolioRow['budgetLine'] }>();
  const byCentre = new Map<string, Figures & { centre: PortfolioRow['centre'] }>();
  const totals = zero();
  for (const row of sorted) {
    const lineKey = `${String(row.budgetLine.chapter).padStart(5, '0')}/${String(row.budgetLine.item).padStart(3, '0')}`;
    if (!byLine.has(lineKey)) byLine.set(lineKey, { budgetLine: row.budgetLine, ...zero() });
    add(byLine.get(lineKey)!, row);
    if (!byCentre.has(row.centre.code)) byCentre.set(row.centre.code, { centre: row.centre, ...zero() });
    add(byCentre.get(row.centre.code)!, row);
    add(totals, row);
  }
  return {
    year,
    rows: sorted.map(({ sortKey: _sortKey, ...row }) => row),
    byLine: [...byLine.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, figures]) => figures),
    byCentre: [...byCentre.values()],
    totals,
  };
}
