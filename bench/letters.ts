// Letters per second, HTML and PDF, each beside a fair floor measured in the same run, interleaved
// over ROUNDS rounds (min/median/max printed):
//   HTML floor: the same compiled Handlebars template called directly with the same view.
//   PDF floor:  the same letter HTML and the same page.pdf options on one reused, locked-down page,
//               without the product's pool, PDF/A pass or template render.
// Run: npm run bench:letters  (LETTERS=500 PDFS=20 ROUNDS=3 to change the counts)
import { performance } from 'node:perf_hooks';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { letterPdfOptions, renderLetterHtml, renderLetterPdf } from '../server/letters/renderLetter.js';
import { withTexts } from '../server/letters/letterView.js';
import { closeBrowser, printOptions, sharedBrowser } from '../server/pdf/chromium.js';
import { helpers } from '../templates/helpers.js';
import { sampleLetterView } from '../templates/letters/sampleView.js';
import { spread, ratioLine } from './stats.js';

const htmlCount = Number(process.env.LETTERS ?? 500);
const pdfCount = Number(process.env.PDFS ?? 20);
const rounds = Number(process.env.ROUNDS ?? 3);
const view = sampleLetterView();

async function rate(count: number, work: () => unknown): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i += 1) await work();
  return count / ((performance.now() - start) / 1000);
}

function bareTemplate() {
  const handlebars = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) handlebars.registerHelper(name, helper);
  const dir = join(import.meta.dirname, '..', 'templates');
  for (const file of readdirSync(join(dir, 'partials'))) {
    handlebars.registerPartial(basename(file, '.hbs'), readFileSync(join(dir, 'partials', file), 'utf8'));
  }
  return handlebars.compile(readFileSync(join(dir, 'letters', 'main.hbs'), 'utf8'));
}

const template = bareTemplate();
const texted = withTexts(view);
const letterHtml = renderLetterHtml(view);
const pdfOptions = printOptions(letterPdfOptions(view));

const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false, offline: true });
await context.route('**/*', (route) => route.abort('blockedbyclient'));
const floorPage = await context.newPage();
const floorPdf = async () => {
  await floorPage.setContent(letterHtml, { waitUntil: 'load' });
  await floorPage.pdf(pdfOptions);
};

// Warm-up of every path (compile, launch, JIT, the pool's pages), then the rounds.
await rate(htmlCount, () => template(texted));
await rate(htmlCount, () => renderLetterHtml(view));
await rate(3, floorPdf);
await rate(3, () => renderLetterPdf(view));

const figures = { html: [] as number[], htmlFloor: [] as number[], pdf: [] as number[], pdfFloor: [] as number[] };
for (let round = 1; round <= rounds; round += 1) {
  process.stderr.write(`… round ${round} of ${rounds}\n`);
  // Which side goes first alternates, so neither always runs on the warmer machine.
  const pairs: [keyof typeof figures, () => Promise<number>][] = [
    ['htmlFloor', () => rate(htmlCount, () => template(texted))],
    ['html', () => rate(htmlCount, () => renderLetterHtml(view))],
    ['pdfFloor', () => rate(pdfCount, floorPdf)],
    ['pdf', () => rate(pdfCount, () => renderLetterPdf(view))],
  ];
  const ordered = round % 2 === 0 ? [pairs[1]!, pairs[0]!, pairs[3]!, pairs[2]!] : pairs;
  for (const [name, measure] of ordered) figures[name].push(await measure());
}
await context.close();
await closeBrowser();

console.log(`bench/letters — ${rounds} rounds of ${htmlCount} HTML and ${pdfCount} PDF renders of a 12-section letter`);
console.log(`HTML  ${spread(figures.html, 'letters/s')}   floor ${spread(figures.htmlFloor, '/s')}`);
console.log(
  `      ${ratioLine(figures.html, figures.htmlFloor)} of floor (higher is better; 1.00 = as fast as the floor)`,
);
console.log(`PDF   ${spread(figures.pdf, 'letters/s')}   floor ${spread(figures.pdfFloor, '/s')}`);
console.log(
  `      ${ratioLine(figures.pdf, figures.pdfFloor)} of floor (the product adds its page pool and the PDF/A pass)`,
);
