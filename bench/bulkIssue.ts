// Bulk issue ("issue every approved letter of a year") beside a fair floor, over ROUNDS rounds:
//   product: IssueApprovedLettersTask as a worker runs it. Per letter: a transaction (status, journal
//            entry and reference, the year's deadlines and meetings, audit), the letter's own job
//            queued, its PDF rendered through the page pool with the PDF/A pass, stored and recorded,
//            and its e-mails written and queued.
//   floor:   the same letters' stored views (what the product rendered) as HTML and PDF with the
//            same options on one reused, locked-down page: the PDF alone, nothing else.
// Each round issues another year's letters of LETTERS generated centres. The floor renders the
// letters issued in the round before or in the same round, first or last by turns, so neither side
// always runs on the warmer machine. The generated centres have no users, so no e-mails are written.
// Run: npm run bench:bulk   (LETTERS=76 ROUNDS=3 to change)
import './benchEnv.js';
import { performance } from 'node:perf_hooks';
import { ratioLine, spread } from './stats.js';
import { progress } from './progress.js';

const letterCount = Number(process.env.LETTERS ?? 76);
const rounds = Number(process.env.ROUNDS ?? 3);

const { env } = await import('../server/env.js');
const { resetBenchDatabase } = await import('./benchDatabase.js');
const { generateCentres } = await import('./generatedCentres.js');
const { prepareDatabase } = await import('../server/db/prepare.js');
const { sequelize } = await import('../server/db/sequelize.js');
const { seedDemo } = await import('../seeders/index.js');
const { createRedis, deleteKeysWithPrefix } = await import('../server/redis.js');
const { releaseSharedResources } = await import('../server/releaseShared.js');
const { Centre, GrantLetter, LetterDocument, User } = await import('../server/models/index.js');
const { IssueApprovedLettersTask } = await import('../workflows/tasks/IssueApprovedLettersTask.js');
const { letterPdfOptions, renderLetterHtml, renderLetterPdf } = await import('../server/letters/renderLetter.js');
const { sampleLetterView } = await import('../templates/letters/sampleView.js');
const { printOptions, sharedBrowser } = await import('../server/pdf/chromium.js');

// Years no demo letter has, so a bulk issue finds only the generated letters.
const firstYear = new Date().getFullYear() + 20;
const years = Array.from({ length: rounds }, (_, round) => firstYear + round);

progress('preparing the bench database');
const redis = createRedis();
await deleteKeysWithPrefix(redis, `${env.REDIS_PREFIX}:`);
await resetBenchDatabase(env.DATABASE_URL, prepareDatabase);
await seedDemo({ password: env.DEMO_PASSWORD });
await generateCentres((await Centre.count()) + letterCount, {
  years,
  letterStatus: 'approved',
  money: false,
  calendar: false,
});
const officer = (await User.findOne({ where: { email: 'saksbehandler@helsedir.example' } }))!;
const bulkIssue = new IssueApprovedLettersTask();

/** Seconds per letter for the product's bulk issue of `year`. */
async function product(year: number): Promise<number> {
  const start = performance.now();
  const result = await bulkIssue.perform({ year, actorId: officer.id });
  const seconds = (performance.now() - start) / 1000;
  if (result.failed.length) throw new Error(`bulk issue of ${year}: ${JSON.stringify(result.failed[0])}`);
  if (result.issued.length !== letterCount) throw new Error(`bulk issue of ${year}: ${result.issued.length} issued`);
  return seconds / result.issued.length;
}

const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false, offline: true });
await context.route('**/*', (route) => route.abort('blockedbyclient'));
const floorPage = await context.newPage();

/** Seconds per letter for the PDFs alone of the letters issued for `year`, from their stored views. */
async function floor(year: number): Promise<number> {
  const documents = await LetterDocument.findAll({
    include: [{ model: GrantLetter, as: 'letter', where: { year }, attributes: ['id'] }],
  });
  if (documents.length !== letterCount) throw new Error(`floor for ${year}: ${documents.length} stored letters`);
  const start = performance.now();
  for (const { viewData } of documents) {
    await floorPage.setContent(renderLetterHtml(viewData), { waitUntil: 'load' });
    await floorPage.pdf(printOptions(letterPdfOptions(viewData)));
  }
  return (performance.now() - start) / 1000 / documents.length;
}

// Warm-up of both paths (the product's page pool, the floor's page), so round 1 pays no start-up.
const sample = sampleLetterView();
await renderLetterPdf(sample);
await floorPage.setContent(renderLetterHtml(sample), { waitUntil: 'load' });
await floorPage.pdf(printOptions(letterPdfOptions(sample)));

const figures = { product: [] as number[], floor: [] as number[] };
for (const [round, year] of years.entries()) {
  progress(`round ${round + 1} of ${rounds}: ${letterCount} letters of ${year}`);
  if (round % 2 === 0) {
    figures.product.push(await product(year));
    figures.floor.push(await floor(year));
  } else {
    // The floor first, on the letters the round before issued.
    figures.floor.push(await floor(years[round - 1]!));
    figures.product.push(await product(year));
  }
}
await context.close();
await releaseSharedResources();
await redis.quit();
await sequelize.close();

const ms = (values: number[]) =>
  spread(
    values.map((seconds) => seconds * 1000),
    'ms per letter',
  );
console.log(`bench/bulkIssue — ${rounds} rounds of a bulk issue of ${letterCount} letters`);
console.log(`bulk issue  ${ms(figures.product)}`);
console.log(`floor (PDF) ${ms(figures.floor)}`);
console.log(`            ${ratioLine(figures.product, figures.floor)} × the floor's time per letter (lower is better)`);
