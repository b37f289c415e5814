// The budget frames list: filtered by year, chapter and item, in its order (newest year first, then
// centre and frame), paged with the right total. The budget line is joined as a filter only when the
// list is filtered by it, and then narrowed to the year; whichever way, the same frames.
import { expect } from 'chai';
import { as } from '../../../support/http.js';
import { makeBudgetLine, makeCentre } from '../../../support/factories.js';
import { testYears } from '../../../support/testYears.js';
import { BudgetFrame } from '../../../../server/models/index.js';

interface FramePage {
  items: { year: number; centre: { code: string }; budgetLine: { chapter: number; item: number } }[];
  total: number;
}

interface MadeFrame {
  id: number;
  year: number;
  /** The centre's place in the list's order: the centre made first has the lower id. */
  centreRank: number;
  chapter: number;
  item: number;
  key: string;
}

describe('routes/api: the budget frames list, filtered and in order', () => {
  const year = testYears.budgetFrameList;
  const yearAfter = year + 1;
  // Chapters no other test uses, so the lists hold this file's frames only.
  const chapter = 7917;
  const otherChapter = 7918;
  const made: MadeFrame[] = [];

  before(async () => {
    const centres = [await makeCentre(), await makeCentre()];
    const frame = async (centreRank: number, frameYear: number, lineChapter: number, item: number) => {
      const centre = centres[centreRank]!;
      const line = await makeBudgetLine({ year: frameYear, chapter: lineChapter, item });
      const created = await BudgetFrame.create({
        centreId: centre.id,
        year: frameYear,
        budgetLineId: line.id,
        amountOre: 1_000_00,
        letterId: null,
        note: null,
      });
      const key = `${frameYear} ${centre.code} ${lineChapter}.${item}`;
      made.push({ id: created.id, year: frameYear, centreRank, chapter: lineChapter, item, key });
    };
    // Made out of the list's order, so the order checked is the list's own.
    await frame(1, year, chapter, 21);
    await frame(0, year, chapter, 70);
    await frame(0, year, chapter, 21);
    await frame(1, year, otherChapter, 1);
    await frame(0, yearAfter, chapter, 21);
  });

  const get = async (query: string) => {
    const reply = await (await as('finance')).get(`/api/budget-frames?${query}`);
    expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
    return reply.body as FramePage;
  };
  const listed = (page: FramePage) =>
    page.items.map(
      (frame) => `${frame.year} ${frame.centre.code} ${frame.budgetLine.chapter}.${frame.budgetLine.item}`,
    );
  /** The frames made that `wanted` keeps, in the list's order: newest year, then centre, then frame. */
  const expected = (wanted: (frame: MadeFrame) => boolean) =>
    made
      .filter(wanted)
      .sort((a, b) => b.year - a.year || a.centreRank - b.centreRank || a.id - b.id)
      .map((frame) => frame.key);

  it('lists a year’s frames by centre and frame, with the year’s total', async () => {
    const page = await get(`year=${year}&pageSize=200`);
    expect(listed(page)).to.deep.equal(expected((frame) => frame.year === year));
    expect(page.total).to.equal(4);
  });

  it('filters by chapter, and by chapter and item, within the year', async () => {
    const byChapter = await get(`year=${year}&chapter=${chapter}&pageSize=200`);
    expect(listed(byChapter)).to.deep.equal(expected((frame) => frame.year === year && frame.chapter === chapter));
    expect(byChapter.total).to.equal(3);
    const byItem = await get(`year=${year}&chapter=${chapter}&item=21&pageSize=200`);
    expect(listed(byItem)).to.deep.equal(
      expected((frame) => frame.year === year && frame.chapter === chapter && frame.item === 21),
    );
    expect(byItem.total).to.equal(2);
  });

  it('filters by budget line across years, the newest year first', async () => {
    const page = await get(`chapter=${chapter}&item=21&pageSize=200`);
    expect(listed(page)).to.deep.equal(expected((frame) => frame.chapter === chapter && frame.item === 21));
    expect(page.items[0]!.year).to.equal(yearAfter);
    expect(page.total).to.equal(3);
  });

  it('pages through the year in the same order, each page with the whole total', async () => {
    const pages = await Promise.all([1, 2, 3, 4, 5].map((n) => get(`year=${year}&pageSize=1&page=${n}`)));
    expect(pages.map((page) => listed(page)[0] ?? null)).to.deep.equal([
      ...expected((frame) => frame.year === year),
      null,
    ]);
    expect(pages.map((page) => page.total)).to.deep.equal([4, 4, 4, 4, 4]);
  });
});
