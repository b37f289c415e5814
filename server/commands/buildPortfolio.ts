// The portfolio of one year: every centre's frame, payments and accounts per budget line, with
// totals per chapter/item, per centre and overall. The rows come from one aggregate query; the totals
// are integer øre added in JavaScript from those rows, so every total is the sum of the rows it covers.
import { QueryTypes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
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

interface PortfolioSqlRow {
  code: string;
  centreName: string;
  chapter: number;
  item: number;
  lineName: string;
  frameOre: number | string | null;
  paidOre: number | string | null;
  spentOre: number | string | null;
  unspentOre: number | string | null;
  accountsStatus: AccountsStatus | null;
}

// One statement: each (centre, budget line) of the year that has a frame or accounts, with the frame,
// the sum of its payments (reversals are negative payments) and the accounts, in the order shown
// (centre code, chapter, item). Frames and accounts are unique per centre and budget line, and
// budget lines belong to one year. Payments are summed per frame through their frame index: a
// derived table of the year's payments read every year's payments to find them (at 10 years of
// history, 8,400 rows for 840 and half the statement's time).
export const portfolioStatement = (confined: boolean) => `
  SELECT c.code, c.name AS centreName, bl.chapter, bl.item, bl.name AS lineName,
         f.amount_ore AS frameOre,
         (SELECT SUM(d.amount_ore) FROM disbursements d WHERE d.budget_frame_id = f.id) AS paidOre,
         ar.spent_ore AS spentOre, ar.unspent_ore AS unspentOre, ar.status AS accountsStatus
  FROM (
    SELECT centre_id, budget_line_id FROM budget_frames WHERE year = :year ${confined ? 'AND centre_id = :centreId' : ''}
    UNION
    SELECT centre_id, budget_line_id FROM accounts_reports WHERE year = :year ${confined ? 'AND centre_id = :centreId' : ''}
  ) pair
  JOIN centres c ON c.id = pair.centre_id
  JOIN budget_lines bl ON bl.id = pair.budget_line_id
  LEFT JOIN budget_frames f ON f.centre_id = pair.centre_id AND f.budget_line_id = pair.budget_line_id
  LEFT JOIN accounts_reports ar ON ar.centre_id = pair.centre_id AND ar.budget_line_id = pair.budget_line_id
  ORDER BY c.code, bl.chapter, bl.item`;

const ore = (value: number | string | null) => (value === null ? 0 : Number(value));

/** `centreId` confines the portfolio to one centre (a centre user sees only its own figures). */
export async function buildPortfolio(year: number, centreId?: number): Promise<Portfolio> {
  // The driver's rows as they are: a SELECT query would copy every one of them once more.
  const [found] = (await sequelize.query(portfolioStatement(centreId !== undefined), {
    type: QueryTypes.RAW,
    replacements: { year, centreId: centreId ?? null },
  })) as [PortfolioSqlRow[], unknown];
  const rows: PortfolioRow[] = found.map((row) => {
    const frameOre = ore(row.frameOre);
    const paidOre = ore(row.paidOre);
    return {
      centre: { code: row.code, name: row.centreName },
      budgetLine: { chapter: row.chapter, item: row.item, name: row.lineName },
      frameOre,
      paidOre,
      remainingOre: frameOre - paidOre,
      spentOre: ore(row.spentOre),
      unspentOre: ore(row.unspentOre),
      accountsStatus: row.accountsStatus,
    };
  });

  const byLine = new Map<number, Figures & { budgetLine: PortfolioRow['budgetLine'] }>();
  const byCentre = new Map<string, Figures & { centre: PortfolioRow['centre'] }>();
  const totals = zero();
  for (const row of rows) {
    const lineKey = row.budgetLine.chapter * 1000 + row.budgetLine.item;
    let line = byLine.get(lineKey);
    if (!line) byLine.set(lineKey, (line = { budgetLine: row.budgetLine, ...zero() }));
    add(line, row);
    let centre = byCentre.get(row.centre.code);
    if (!centre) byCentre.set(row.centre.code, (centre = { centre: row.centre, ...zero() }));
    add(centre, row);
    add(totals, row);
  }
  return {
    year,
    rows,
    byLine: [...byLine.entries()].sort(([a], [b]) => a - b).map(([, figures]) => figures),
    byCentre: [...byCentre.values()],
    totals,
  };
}
