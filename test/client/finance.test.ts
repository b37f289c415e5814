// Finance does its year in the browser alone: copies this year's frames into next year, changes
// one in kroner, downloads the frames as Excel (an .xlsx that exceljs opens, with the changed
// amount), records a payment in the ledger and reverses it with a reason. axe (WCAG 2.1 A/AA) on
// each page visited.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { testServer } from '../support/server.js';
import { as } from '../support/http.js';
import { clientDist } from '../../server/app.js';
import { osloToday } from '../../server/calendar.js';
import { Disbursement } from '../../server/models/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, `${name}: axe violations`).to.deep.equal([]);
}

/** Waits until no loading state is left on the page (polled: the CSP forbids waitForFunction's eval). */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  for (let waited = 0; (await page.locator('.state-loading').count()) > 0; waited += 50) {
    if (waited > 15_000) throw new Error('the page is still loading after 15 s');
    await page.waitForTimeout(50);
  }
}

const frameKeys = (frames: any[]) =>
  frames.map((f) => `${f.centre.code} ${f.budgetLine.chapter}/${f.budgetLine.item}`).sort();

describe('client: finance does its year in the browser', function () {
  this.timeout(90_000);
  const thisYear = Number(osloToday().slice(0, 4));
  const nextYear = thisYear + 1;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async function () {
    this.timeout(120_000);
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}; install chromium or set CHROMIUM_PATH`);
    if (!existsSync(`${clientDist}index.html`))
      execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts']);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    // The API client's session (logins are rate-limited per user).
    const cookie = (await as('finance')).sessionCookie;
    const split = cookie.indexOf('=');
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nb-NO',
      acceptDownloads: true,
    });
    await context.addCookies([
      { name: cookie.slice(0, split), value: cookie.slice(split + 1), url: testServer.baseUrl },
    ]);
    page = await context.newPage();
    await page.goto(testServer.baseUrl);
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await settled(page);
  });
  after(async () => {
    await context?.close();
    await browser?.close();
  });

  it('copies this year’s frames into next year from the finance home, and changes one in kroner', async () => {
    const finance = await as('finance');
    const source = (await finance.get(`/api/budget-frames?year=${thisYear}&pageSize=200`)).body.items;
    expect(source.length, `demo frames for ${thisYear}`).to.be.greaterThan(0);

    await page.getByRole('link', { name: `Budsjett ${nextYear}` }).click();
    await page.getByRole('heading', { level: 1, name: `Budsjett ${nextYear}` }).waitFor();
    await settled(page);
    await expectAccessible(page, 'budget year before the copy');
    // "Kopier rammer" on an empty year; "Kopier manglende rammer" when an earlier test left some.
    await page.getByRole('button', { name: new RegExp(`^Kopier (manglende )?rammer fra ${thisYear}$`) }).click();
    const done = page.getByText(new RegExp(`er kopiert fra ${thisYear} til ${nextYear}\\.$`));
    await done.waitFor();
    expect(await page.locator(':focus').getAttribute('class')).to.match(/result-region/);
    await settled(page);
    const copied = (await finance.get(`/api/budget-frames?year=${nextYear}&pageSize=200`)).body.items;
    expect(frameKeys(copied)).to.include.members(frameKeys(source));
    await page.getByTestId('year-frames').waitFor();

    // Change the first frame by keyboard: the field opens with focus, the amount is saved in øre.
    await page
      .getByTestId('year-frames')
      .getByRole('button', { name: /^Rediger/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    const field = page.getByLabel(/^Ramme for .*, i kroner$/);
    expect(await page.locator(':focus').getAttribute('id')).to.equal(await field.getAttribute('id'));
    await field.fill('1 234 567,89');
    await page.keyboard.press('Enter');
    await page.getByText(/^Rammen for .* er nå kr\s1.234.567,89\.$/).waitFor({ state: 'attached' });
    const after = (await finance.get(`/api/budget-frames?year=${nextYear}&pageSize=200`)).body.items;
    expect(after.map((f: any) => f.amountOre)).to.include(1_234_567_89);
    await expectAccessible(page, 'budget year after the copy');
  });

  it('downloads next year’s frames as an Excel workbook that exceljs opens', async () => {
    const link = page.getByRole('link', { name: `Last ned rammer for ${nextYear} som Excel` });
    const href = await link.getAttribute('href');
    expect(href).to.equal(`/api/portfolio/export.xlsx?year=${nextYear}`);
    const reply = await context.request.get(`${testServer.baseUrl}${href}`);
    expect(reply.status()).to.equal(200);
    expect(reply.headers()['content-type']).to.equal(xlsxType);
    expect(reply.headers()['content-disposition']).to.match(new RegExp(`portefolje-${nextYear}\\.xlsx`));

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).to.equal(`portefolje-${nextYear}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Rammer');
    expect(sheet, 'the "Rammer" sheet').to.exist;
    const values: unknown[] = [];
    sheet!.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).to.include('Ramme (kr)');
    expect(values).to.include(1_234_567.89);
  });

  it('records a payment in the ledger and reverses it with a reason', async () => {
    await page.getByRole('link', { name: 'Utbetalinger', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Utbetalinger ${thisYear}` }).waitFor();
    await page.getByLabel('Senter', { exact: true }).selectOption('NAPHA');
    await settled(page);
    await page.getByTestId('ledger').waitFor();
    await expectAccessible(page, 'payment ledger');

    const voucher = `NETT-${Date.now()}`;
    const frameSelect = page.getByLabel('Ramme', { exact: true });
    await frameSelect.selectOption({ index: 1 });
    await page.getByLabel('Beløp i kroner').fill('1 000,50');
    await page.getByLabel('Bilagsnummer').fill(voucher);
    await page.getByRole('button', { name: 'Registrer utbetaling' }).click();
    // The demo frame is paid in full and may have overdue hand-ins: the form asks for the reasons.
    const status = page.getByTestId('disbursement-status');
    const asked = page.getByText('Utbetalingen krever en begrunnelse', { exact: false });
    await Promise.race([status.getByText(/er registrert\.$/).waitFor(), asked.waitFor()]);
    if (await asked.isVisible()) {
      for (const label of [
        'Begrunnelse for å betale ut over rammen',
        'Begrunnelse for å betale ut selv om senteret har forfalte innleveringer',
      ]) {
        const reason = page.getByLabel(label);
        if (await reason.count()) await reason.fill('Avtalt ekstra utbetaling');
      }
      await page.getByRole('button', { name: 'Registrer utbetaling' }).click();
    }
    await status.getByText(/^Utbetalingen på kr\s1.000,50 til NAPHA, .* er registrert\.$/).waitFor();
    const paid = await Disbursement.findOne({ where: { voucherReference: voucher } });
    expect(paid?.amountOre).to.equal(1_000_50);

    const row = page.getByTestId('ledger').getByRole('row').filter({ hasText: voucher });
    await row.getByRole('button', { name: /^Tilbakefør/ }).click();
    const reason = page.getByLabel(/^Begrunnelse for å tilbakeføre utbetaling på kr\s1.000,50/);
    expect(await page.locator(':focus').getAttribute('id')).to.equal(await reason.getAttribute('id'));
    // Without a reason the form says what is missing and sends nothing.
    await page.getByRole('button', { name: 'Tilbakefør utbetalingen' }).click();
    await page.getByText('Må fylles ut.').first().waitFor();
    expect(await Disbursement.count({ where: { reversesId: paid!.id } })).to.equal(0);
    await reason.fill('Registrert på feil senter');
    await page.getByRole('button', { name: 'Tilbakefør utbetalingen' }).click();
    await page.getByText(/^Tilbakeført: utbetaling på kr\s1.000,50, bilag NETT-/).waitFor();
    // Focus is on the result itself, so a screen reader reads it.
    expect(await page.locator(':focus').innerText()).to.match(/^Tilbakeført: utbetaling på kr\s1.000,50/);
    const reversal = await Disbursement.findOne({ where: { reversesId: paid!.id } });
    expect(reversal).to.include({ amountOre: -1_000_50, reversalReason: 'Registrert på feil senter' });
    await settled(page);
    await row.getByText('Tilbakeført', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: /^Tilbakefør/ }).count()).to.equal(0);
    await page.getByText('Tilbakeføring: Registrert på feil senter').waitFor();
    await expectAccessible(page, 'payment ledger after a reversal');
  });

  it('returns last year’s accounts with a comment, which a return requires', async () => {
    const finance = await as('finance');
    const report = (await finance.get(`/api/accounts-reports?year=${thisYear - 1}&centre=NAPHA`)).body.items[0];
    expect(report, `NAPHA's accounts for ${thisYear - 1}`).to.exist;
    expect(report.abilities.review).to.equal(true);
    await page.getByRole('link', { name: 'Regnskap', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Regnskap ${thisYear - 1}` }).waitFor();
    await settled(page);
    await page.getByTestId('accounts').waitFor();
    await expectAccessible(page, 'accounts review');
    // A task's link (?year=&centre=) opens the list with both chosen, and they stay in the URL.
    await page.goto(`${testServer.baseUrl}/finance/accounts?year=${thisYear - 1}&centre=NAPHA`);
    await settled(page);
    expect(await page.getByLabel('Senter', { exact: true }).inputValue()).to.equal('NAPHA');
    expect(
      (await page.getByTestId('accounts').locator('tbody tr').allInnerTexts()).every((text) =>
        text.startsWith('NAPHA'),
      ),
    ).to.equal(true);
    const form = page.getByRole('form', { name: /^Vurder regnskapet for NAPHA, kap\. 743 post 70$/ });
    await form.getByLabel('Send tilbake').check();
    await form.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await form.getByText('Skriv hvorfor regnskapet sendes tilbake.').waitFor();
    expect((await finance.get(`/api/accounts-reports/${report.id}`)).body.status).to.equal(report.status);
    await form.getByLabel('Kommentar til senteret').fill('Mangler revisorberetning.');
    await form.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await page.getByText(/^Regnskapet for NAPHA, kap\. 743 post 70 er sendt tilbake\.$/).waitFor();
    expect(await page.locator(':focus').innerText()).to.match(
      /^Regnskapet for NAPHA, kap\. 743 post 70 er sendt tilbake\.$/,
    );
    const returned = (await finance.get(`/api/accounts-reports/${report.id}`)).body;
    expect(returned).to.include({ status: 'returned', reviewNote: 'Mangler revisorberetning.' });
    await settled(page);
    await page.getByTestId('accounts').getByText('Sendt tilbake – Mangler revisorberetning.').waitFor();
  });

  it('fits each finance page into 320 CSS px: only the wide tables scroll, in their own region', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const [link, heading] of [
      ['Budsjettår', `Budsjett ${nextYear}`],
      ['Utbetalinger', `Utbetalinger ${thisYear}`],
      ['Regnskap', `Regnskap ${thisYear - 1}`],
    ]) {
      await page.goto(`${testServer.baseUrl}/`);
      await settled(page);
      // At 320 px the nav may be folded; go by the address the link names.
      const href = await page.getByRole('link', { name: link, exact: true }).getAttribute('href');
      await page.goto(`${testServer.baseUrl}${href}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await settled(page);
      const wide = await page.locator('#main *:not(.scroll-region *)').evaluateAll((elements) =>
        elements
          .filter((el) => el.getBoundingClientRect().right > 322)
          .slice(0, 5)
          .map((el) => `${el.tagName}.${el.className}`),
      );
      expect(wide, `${heading} at 320 px`).to.deep.equal([]);
      await expectAccessible(page, `${heading} at 320 px`);
    }
  });
});
