// Letters per second, HTML and PDF, each beside its floor measured in the same run:
//   HTML floor: the same compiled Handlebars template called directly with the same view.
//   PDF floor:  bare Chromium page.pdf of a small static page in the same browser.
// Run: npm run bench:letters  (LETTERS=200 PDFS=20 to change the counts)
import { performance } from 'node:perf_hooks';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { renderLetterHtml, renderLetterPdf } from '../server/letters/renderLetter.js';
import { withTexts } from '../server/letters/letterView.js';
import { closeBrowser, sharedBrowser } from '../server/pdf/chromium.js';
import { helpers } from '../templates/helpers.js';
import { sampleLetterView } from '../templates/letters/sampleView.js';

const htmlCount = Number(process.env.LETTERS ?? 500);
const pdfCount = Number(process.env.PDFS ?? 20);
const view = sampleLetterView();

async function timed(count: number, work: () => unknown): Promise<number> {
  await work(); // warm-up: compile, launch, JIT
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
// One untimed round of each first, so neither side pays for the other's JIT warm-up.
await timed(htmlCount, () => template(texted));
await timed(htmlCount, () => renderLetterHtml(view));
const htmlFloor = await timed(htmlCount, () => template(texted));
const html = await timed(htmlCount, () => renderLetterHtml(view));

const browser = await sharedBrowser();
const pdfFloor = await timed(pdfCount, async () => {
  const page = await browser.newPage();
  await page.setContent('<p>Statisk side</p>');
  await page.pdf({ format: 'A4' });
  await page.close();
});
const pdf = await timed(pdfCount, () => renderLetterPdf(view));
await closeBrowser();

const row = (name: string, rate: number, floor: number) =>
  `${name.padEnd(6)} ${rate.toFixed(1).padStart(9)} letters/s   floor ${floor.toFixed(1).padStart(9)}/s   ratio ${(rate / floor).toFixed(2)}`;
console.log(`bench/letters — ${htmlCount} HTML renders, ${pdfCount} PDF renders of a 12-section letter`);
console.log(row('HTML', html, htmlFloor));
console.log(row('PDF', pdf, pdfFloor));
