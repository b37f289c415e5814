// The whole year in the browser alone (issue 12, "Done when"): each role in turn does its part
// through the UI, starting from its home page and going by links, buttons and forms — no API call
// changes state (API and database reads only check what the screens did). On every page visited,
// axe-core (WCAG 2.1 A/AA: no serious or critical violations) at 1280 and at 320 CSS px, and at 320
// px the page is no wider than the window. The clicks and keystrokes each task took are printed as
// a table at the end of the run.
//
// The walk has a centre, a centre leader and this year's letter of its own (made by the test
// factories), so it touches no seeded centre that other test files rely on, in whatever order
// they run; next year is the year the walk works in.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { animationsSettled } from '../support/animations.js';
import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Redis } from 'ioredis';
import { testServer } from '../support/server.js';
import { as } from '../support/http.js';
import type { demoUsers } from '../support/http.js';
import { makeCentre, makeFrame, makeLetter, makeUser } from '../support/factories.js';
import { minimalPdf } from '../support/documents.js';
import { waitForQueueIdle } from '../support/queues.js';
import { env } from '../../server/env.js';
import { clientDist } from '../../server/app.js';
import { osloToday } from '../../server/calendar.js';
import { createBullConnection } from '../../workflows/connection.js';
import { createWorker, type QueueWorkers } from '../../workflows/worker.js';
import { Deadline, Disbursement, GrantLetter, LetterSection } from '../../server/models/index.js';
import type { Centre, User } from '../../server/models/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 640 };

/** Waits until no loading state is left on the page (polled: the CSP forbids waitForFunction's eval). */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  for (let waited = 0; (await page.locator('.state-loading').count()) > 0; waited += 50) {
    if (waited > 15_000) throw new Error('the page is still loading after 15 s');
    await page.waitForTimeout(50);
  }
}

/**
 * Serious or critical axe violations of WCAG 2.1 A/AA. A letter preview's "UTKAST" watermark is left
 * out: incidental text, exempt from 1.4.3 (the draft notice above the letter says it in full contrast).
 */
async function axeViolations(page: Page, name: string): Promise<string[]> {
  // An opening dialog fades in: measure its colours once the animation has finished.
  await animationsSettled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.draft-mark')
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
}

/**
 * Clicks and keystrokes per task, as a person would spend them: a click per button, link, radio or
 * checkbox, two per select (open, choose) and per file chosen (open the picker, pick), one to put
 * the cursor in a field plus a keystroke per character typed.
 */
class Effort {
  private readonly counts = new Map<string, { clicks: number; keys: number; pages: number }>();
  private current = '';

  start(task: string) {
    this.current = task;
    this.counts.set(task, { clicks: 0, keys: 0, pages: 0 });
  }
  private get now() {
    const entry = this.counts.get(this.current);
    if (!entry) throw new Error('no task started');
    return entry;
  }
  async click(target: Locator) {
    await target.click();
    this.now.clicks += 1;
  }
  async check(target: Locator) {
    await target.check();
    this.now.clicks += 1;
  }
  async fill(target: Locator, text: string) {
    await target.fill(text);
    this.now.clicks += 1;
    this.now.keys += text.length;
  }
  async select(target: Locator, value: string | { index: number }) {
    await target.selectOption(value);
    this.now.clicks += 2;
  }
  async upload(target: Locator, files: Parameters<Locator['setInputFiles']>[0]) {
    await target.setInputFiles(files);
    this.now.clicks += 2;
  }
  /** The browser's reload button (or F5). */
  async reload(page: Page) {
    await page.reload();
    this.now.clicks += 1;
  }
  page() {
    this.now.pages += 1;
  }
  table(): string {
    const counts = [...this.counts.values()];
    const sum = (key: 'clicks' | 'keys' | 'pages') => counts.reduce((total, c) => total + c[key], 0);
    const all = [
      ['Oppgave', 'Klikk', 'Tastetrykk', 'Sider'],
      ...[...this.counts.entries()].map(([task, c]) => [task, c.clicks, c.keys, c.pages]),
      ['I alt', sum('clicks'), sum('keys'), sum('pages')],
    ].map((row) => row.map(String));
    const widths = all[0]!.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
    return all
      .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
      .join('\n');
  }
}

describe('client: a whole year in the browser, role by role (issue 12)', function () {
  this.timeout(120_000);
  const thisYear = Number(osloToday().slice(0, 4));
  const nextYear = thisYear + 1;
  const effort = new Effort();
  const problems: string[] = [];
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages: Partial<Record<keyof typeof demoUsers | 'leader', Page>> = {};
  let connection: Redis;
  let worker: QueueWorkers;
  let centre: Centre;
  let leader: User;
  let letterId = 0;
  let planDeadlineId = 0;
  const assignmentTitle = `Kartlegging av ventetider i kommunene ${nextYear}`;
  const returnReason = 'Planen mangler tiltak for samarbeid med kommunene.';

  /** Every page the walk lands on: axe at 1280 px, then width and axe at 320 px, back to 1280. */
  async function visited(page: Page, name: string) {
    effort.page();
    await settled(page);
    problems.push(...(await axeViolations(page, `${name} (1280 px)`)));
    await page.setViewportSize(NARROW);
    await settled(page);
    const { scrollWidth, innerWidth } = await page
      .locator('html')
      .evaluate((html) => ({ scrollWidth: html.scrollWidth, innerWidth: html.ownerDocument.defaultView!.innerWidth }));
    if (scrollWidth > innerWidth) {
      const wide = await page.locator('body *:not(.scroll-region *)').evaluateAll(
        (elements, width) =>
          elements
            .filter((element) => element.getBoundingClientRect().right > width + 1)
            .slice(0, 6)
            .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).split(' ').join('.')}`),
        innerWidth,
      );
      problems.push(`${name}: ${scrollWidth} px wide at ${innerWidth} px; too wide: ${wide.join(', ')}`);
    }
    problems.push(...(await axeViolations(page, `${name} (320 px)`)));
    await page.setViewportSize(WIDE);
    await settled(page);
  }

  /** The app as a demo user, with the API client's session (logins are rate-limited per user). */
  async function openAs(role: keyof typeof demoUsers): Promise<Page> {
    const cookie = (await as(role)).sessionCookie;
    const split = cookie.indexOf('=');
    const context = await browser.newContext({ viewport: WIDE, locale: 'nb-NO', acceptDownloads: true });
    contexts.push(context);
    await context.addCookies([
      { name: cookie.slice(0, split), value: cookie.slice(split + 1), url: testServer.baseUrl },
    ]);
    const page = await context.newPage();
    await page.goto(testServer.baseUrl);
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await settled(page);
    return page;
  }

  /** After a letter step, a warning (no budget frame, years that do not fit) may ask first: go on. */
  async function goOnDespiteWarnings(page: Page, result: RegExp) {
    const warning = page.getByTestId('confirm-step').getByRole('button', { name: 'Fortsett likevel' });
    const done = page.getByTestId('workflow-result').getByText(result);
    await Promise.race([done.waitFor(), warning.waitFor()]);
    if (await warning.isVisible()) {
      await visited(page, 'letter step warning');
      await effort.click(warning);
    }
    await done.waitFor();
  }

  before(async function () {
    this.timeout(120_000);
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}; install chromium or set CHROMIUM_PATH`);
    if (!existsSync(`${clientDist}index.html`))
      execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts']);
    connection = createBullConnection();
    worker = createWorker(connection, { concurrency: 1 });
    // The walk's own centre: this year's issued letter (its text names this year), a frame for this
    // year, and a centre leader.
    centre = await makeCentre({ name: 'Årshjulsenteret for prøving' });
    const lastLetter = await makeLetter({ centre, year: thisYear, status: 'issued', accepted: true });
    await lastLetter.update({ title: `Tilskudd og oppdrag for ${thisYear}` });
    await LetterSection.create({
      letterId: lastLetter.id,
      position: 1,
      heading: `Formål ${thisYear}`,
      body:
        `Dette brevet gir senteret tilskudd og oppdrag for ${thisYear}. Senteret sender plan for ` +
        `virksomheten i ${thisYear} innen 15. februar ${thisYear}.`,
      recurring: true,
    });
    await makeFrame({ centre, year: thisYear, letter: lastLetter, amountOre: 2_000_000_00 });
    leader = await makeUser('centre_leader', { centre, name: 'Åse Årshjul' });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });

  after(async function () {
    this.timeout(60_000);
    console.log(`\nKlikk per oppgave (årshjulet i nettleseren, ${nextYear}):\n${effort.table()}\n`);
    for (const context of contexts) await context.close();
    await browser?.close();
    await waitForQueueIdle().catch(() => undefined);
    await worker?.close();
    await connection?.quit();
  });

  it('case officer: a new letter for next year from this year’s, texts in next year’s years; a special assignment with a deadline; submitted', async () => {
    effort.start('1 Saksbehandler: nytt brev, oppdrag, send til godkjenning');
    const page = (pages.caseOfficer = await openAs('caseOfficer'));
    await visited(page, 'case officer home');
    const search = page.getByRole('search', { name: 'Søk i Styringsdialog' });
    await effort.fill(search.getByLabel('Søk i Styringsdialog'), 'Årshjulsenteret');
    await effort.click(search.getByRole('button', { name: 'Søk' }));
    await page.getByRole('heading', { level: 1, name: 'Søk: Årshjulsenteret' }).waitFor();
    await visited(page, 'search');
    await effort.click(
      page
        .locator('main')
        .getByRole('link', { name: /Årshjulsenteret/ })
        .first(),
    );
    await page.getByRole('heading', { level: 1, name: /Årshjulsenteret/ }).waitFor();
    await visited(page, 'centre');
    await effort.click(page.getByRole('link', { name: 'Nytt brev' }));
    await page.getByRole('heading', { level: 1, name: 'Nytt tilskuddsbrev' }).waitFor();
    await effort.select(page.getByLabel('År', { exact: true }), String(nextYear));
    await settled(page);
    // This year's letter is the start the form offers.
    expect(await page.getByRole('radio', { name: `Brevet for ${thisYear}` }).isChecked()).to.equal(true);
    await visited(page, 'new letter');
    await effort.click(page.getByRole('button', { name: 'Opprett utkast' }));
    await page.getByRole('heading', { level: 1, name: `Tilskudd og oppdrag for ${nextYear}` }).waitFor();
    letterId = Number(/\/letters\/(\d+)$/.exec(page.url())?.[1]);
    const stored = await GrantLetter.findByPk(letterId);
    expect([stored?.centreId, stored?.year, stored?.status]).to.deep.equal([centre.id, nextYear, 'draft']);
    await visited(page, 'draft letter');

    // The preview (a new tab) reads in next year's years, not this year's.
    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      effort.click(page.getByRole('link', { name: /Forhåndsvis/ })),
    ]);
    await preview.waitForLoadState();
    const text = (await preview.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(text)
      .to.include(`tilskudd og oppdrag for ${nextYear}`)
      .and.include(`plan for virksomheten i ${nextYear} innen 15. februar ${nextYear}`)
      .and.not.include(`oppdrag for ${thisYear}`)
      .and.not.include(`15. februar ${thisYear}`)
      .and.not.include('{{');
    await visited(preview, 'letter preview');
    await preview.close();

    // A special assignment with a deadline date.
    await effort.fill(page.getByLabel('Tittel på nytt oppdrag'), assignmentTitle);
    await effort.fill(page.getByLabel('Beskrivelse').last(), 'Kartlegg ventetiden for psykisk helsehjelp i {{år}}.');
    await effort.check(page.getByRole('radio', { name: 'Fast dato' }));
    await effort.fill(page.getByLabel('Fristdato'), `${nextYear}-10-01`);
    await effort.click(page.getByRole('button', { name: 'Legg til oppdrag' }));
    await page.getByText(`Oppdraget «${assignmentTitle}» er lagt til.`).waitFor();
    const letter = (await (await as('caseOfficer')).get(`/api/letters/${letterId}`)).body;
    expect(letter.assignments.map((a: any) => [a.title, a.deadlineDate])).to.deep.include([
      assignmentTitle,
      `${nextYear}-10-01`,
    ]);
    await visited(page, 'draft letter with the assignment');

    await effort.click(page.getByRole('button', { name: 'Send til godkjenning' }));
    await goOnDespiteWarnings(page, /^Brevet er sendt til godkjenning\.$/);
    await page.getByTestId('letter-state').getByText('Til godkjenning').waitFor();
    await visited(page, 'letter in review');
  });

  it('approver: finds the letter under Mine oppgaver and approves it', async () => {
    effort.start('2 Godkjenner: godkjenn fra Mine oppgaver');
    const page = (pages.approver = await openAs('approver'));
    await visited(page, 'approver home');
    await effort.click(page.getByRole('link', { name: /^Mine oppgaver, \d+ venter$/ }));
    await page.getByRole('heading', { level: 1, name: 'Mine oppgaver' }).waitFor();
    await visited(page, 'approver tasks');
    const row = page.getByRole('row').filter({ hasText: centre.name });
    await effort.click(row.getByRole('link', { name: /^Godkjenn brev: / }));
    await page.getByRole('heading', { level: 1, name: `Tilskudd og oppdrag for ${nextYear}` }).waitFor();
    expect(page.url()).to.match(new RegExp(`/letters/${letterId}$`));
    await visited(page, 'letter to approve');
    await effort.click(page.getByRole('button', { name: 'Godkjenn brevet' }));
    await goOnDespiteWarnings(page, /^Brevet er godkjent elektronisk\.$/);
    await page.getByText(/^Godkjent elektronisk av /).waitFor();
    expect((await GrantLetter.findByPk(letterId))?.status).to.equal('approved');
    await visited(page, 'approved letter');
  });

  it('case officer: issues the letter, confirming in the dialog', async () => {
    effort.start('3 Saksbehandler: send ut med bekreftelse');
    const page = pages.caseOfficer!;
    await effort.click(page.getByRole('link', { name: /^Mine oppgaver, \d+ venter$/ }));
    await page.getByRole('heading', { level: 1, name: 'Mine oppgaver' }).waitFor();
    await visited(page, 'case officer tasks');
    const row = page.getByRole('row').filter({ hasText: centre.name });
    await effort.click(row.getByRole('link', { name: /^Send godkjent brev: / }));
    await page.getByRole('heading', { level: 1, name: `Tilskudd og oppdrag for ${nextYear}` }).waitFor();
    await visited(page, 'letter to issue');
    await effort.click(page.getByRole('button', { name: 'Send ut brevet' }));
    const confirm = page.getByRole('dialog', { name: 'Sende ut brevet?' });
    await confirm.getByText(/Det kan ikke angres/).waitFor();
    await visited(page, 'issue confirmation');
    await effort.click(confirm.getByRole('button', { name: 'Ja, send ut brevet' }));
    await page
      .getByTestId('workflow-result')
      .getByText(/^Brevet er sendt ut/)
      .waitFor();
    expect((await GrantLetter.findByPk(letterId))?.status).to.equal('issued');
    await visited(page, 'issued letter');
  });

  it('centre leader: picks next year, finds and accepts the letter with a bank account, sees «Akseptert»', async () => {
    effort.start('4 Senterleder: finn neste års brev og aksepter');
    const context = await browser.newContext({ viewport: WIDE, locale: 'nb-NO' });
    contexts.push(context);
    const page = (pages.leader = await context.newPage());
    await page.goto(testServer.baseUrl);
    await page.getByRole('heading', { name: 'Logg inn' }).waitFor();
    await effort.fill(page.getByLabel('E-post'), leader.email);
    await effort.fill(page.getByLabel('Passord'), env.DEMO_PASSWORD);
    await effort.click(page.getByRole('button', { name: 'Logg inn' }));
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await visited(page, 'centre leader home');
    await effort.select(page.getByLabel('År', { exact: true }), String(nextYear));
    await settled(page);
    await visited(page, 'centre leader home, next year');
    await effort.click(page.getByRole('link', { name: `Tilskudd og oppdrag for ${nextYear}` }));
    await page.getByRole('heading', { level: 1, name: `Tilskudd og oppdrag for ${nextYear}` }).waitFor();
    await page.getByText('Venter på aksept fra senteret.').waitFor();
    await visited(page, 'letter to accept');
    await effort.click(page.getByRole('button', { name: 'Aksepter brevet' }));
    const dialog = page.getByRole('dialog');
    await effort.fill(dialog.getByLabel('Kontonummer (11 siffer)'), '8601 11 17947');
    await effort.check(dialog.getByRole('checkbox', { name: 'Senteret godtar vilkårene i brevet' }));
    await visited(page, 'accept dialog');
    await effort.click(dialog.getByRole('button', { name: 'Aksepter brevet' }));
    await page.getByTestId('letter-state').getByText('Akseptert').waitFor();
    expect((await GrantLetter.findByPk(letterId))?.acceptedBankAccount).to.equal('86011117947');
    await visited(page, 'accepted letter');
  });

  it('centre leader: hands in the plan against its deadline, with a file', async () => {
    effort.start('5 Senterleder: lever planen');
    const page = pages.leader!;
    await effort.click(page.getByRole('link', { name: 'Forside' }));
    await settled(page);
    await effort.select(page.getByLabel('År', { exact: true }), String(nextYear));
    await settled(page);
    const plan = `Plan for virksomheten i ${nextYear}`;
    await effort.click(page.getByRole('link', { name: `Lever – ${plan}` }));
    await page.getByRole('heading', { level: 1, name: `Frist: ${plan}` }).waitFor();
    planDeadlineId = Number(/\/deadlines\/(\d+)$/.exec(page.url())?.[1]);
    await visited(page, 'plan deadline');
    await effort.upload(page.locator('#hand-in-files'), {
      name: 'plan.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    });
    await effort.fill(page.getByLabel('Kommentar', { exact: true }), `Planen for ${nextYear}.`);
    await effort.click(page.getByRole('button', { name: 'Lever', exact: true }));
    await page.getByText('Innleveringen er mottatt.').waitFor();
    expect(await page.getByTestId('hand-ins').innerText()).to.include('plan.pdf');
    expect((await Deadline.findByPk(planDeadlineId))?.status).to.equal('submitted');
    await visited(page, 'plan deadline after hand-in');
  });

  it('case officer: reviews the hand-in and returns it with a reason; the centre leader sees the reason', async () => {
    effort.start('6 Saksbehandler: vurder og send tilbake med begrunnelse');
    const page = pages.caseOfficer!;
    await effort.click(page.getByRole('link', { name: /^Mine oppgaver, \d+ venter$/ }));
    await page.getByRole('heading', { level: 1, name: 'Mine oppgaver' }).waitFor();
    await settled(page);
    const row = page.getByRole('row').filter({ hasText: centre.name });
    await effort.click(row.getByRole('link', { name: /^Vurder leveranse: / }));
    await page.getByRole('heading', { level: 1, name: `Frist: Plan for virksomheten i ${nextYear}` }).waitFor();
    expect(page.url()).to.match(new RegExp(`/deadlines/${planDeadlineId}$`));
    await visited(page, 'hand-in to review');
    await effort.check(page.getByRole('radio', { name: 'Send tilbake' }));
    await effort.fill(page.locator('.review-form').getByLabel('Kommentar'), returnReason);
    await effort.click(page.getByRole('button', { name: 'Lagre vurdering' }));
    await page.getByText('Innleveringen er sendt tilbake til senteret.').waitFor();
    expect((await Deadline.findByPk(planDeadlineId))?.status).to.equal('returned');
    await visited(page, 'returned hand-in');

    effort.start('6b Senterleder: ser begrunnelsen');
    // The leader comes back to the app later (a fresh load: answers the client cached a moment ago
    // stay "fresh" for 15 s and would still show the hand-in as waiting).
    const leaderPage = pages.leader!;
    await effort.reload(leaderPage);
    await leaderPage.getByTestId('hand-ins').getByText(returnReason).waitFor();
    await visited(leaderPage, 'returned hand-in, centre leader');
  });

  it('finance: copies the frames into next year, pays, reverses the payment with a reason, downloads Excel', async () => {
    effort.start('7 Økonomi: rammer, utbetaling, tilbakeføring, Excel');
    const page = (pages.finance = await openAs('finance'));
    await visited(page, 'finance home');
    await effort.click(page.getByRole('link', { name: 'Budsjettår', exact: true }));
    await page.getByRole('heading', { level: 1, name: `Budsjett ${nextYear}` }).waitFor();
    await effort.select(page.getByLabel('Senter', { exact: true }), centre.code);
    await settled(page);
    await visited(page, 'budget year, the centre');
    await effort.click(page.getByRole('button', { name: new RegExp(`^Kopier (manglende )?rammer fra ${thisYear}$`) }));
    await page.getByText(new RegExp(`er kopiert fra ${thisYear} til ${nextYear}\\.$`)).waitFor();
    await settled(page);
    await page.getByTestId('year-frames').getByRole('rowheader', { name: centre.code }).first().waitFor();
    await visited(page, 'budget year after the copy');
    const link = page.getByRole('link', { name: `Last ned rammer for ${nextYear} som Excel` });
    const [download] = await Promise.all([page.waitForEvent('download'), effort.click(link)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const values: unknown[] = [];
    workbook.getWorksheet('Rammer')!.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).to.include(centre.code);

    await effort.click(page.getByRole('link', { name: 'Utbetalinger', exact: true }));
    await page.getByRole('heading', { level: 1, name: `Utbetalinger ${thisYear}` }).waitFor();
    await effort.select(page.getByLabel('År', { exact: true }), String(nextYear));
    await effort.select(page.getByLabel('Senter', { exact: true }), centre.code);
    await page.getByRole('heading', { level: 1, name: `Utbetalinger ${nextYear}` }).waitFor();
    await visited(page, 'payment ledger');
    const voucher = `AAR-${Date.now()}`;
    await effort.select(page.getByLabel('Ramme', { exact: true }), { index: 1 });
    await effort.fill(page.getByLabel('Beløp i kroner'), '250 000');
    await effort.fill(page.getByLabel('Bilagsnummer'), voucher);
    await effort.click(page.getByRole('button', { name: 'Registrer utbetaling' }));
    const status = page.getByTestId('disbursement-status');
    const asked = page.getByText('Utbetalingen krever en begrunnelse', { exact: false });
    await Promise.race([status.getByText(/er registrert\.$/).waitFor(), asked.waitFor()]);
    if (await asked.isVisible()) {
      await visited(page, 'payment asking for a reason');
      for (const label of [
        'Begrunnelse for å betale ut over rammen',
        'Begrunnelse for å betale ut selv om senteret har forfalte innleveringer',
      ]) {
        const reason = page.getByLabel(label);
        if (await reason.count()) await effort.fill(reason, 'Avtalt forskudd');
      }
      await effort.click(page.getByRole('button', { name: 'Registrer utbetaling' }));
    }
    await status
      .getByText(new RegExp(`^Utbetalingen på kr\\s250.000 til ${centre.code}, .* er registrert\\.$`))
      .waitFor();
    const paid = await Disbursement.findOne({ where: { voucherReference: voucher } });
    expect([paid?.amountOre, paid?.year]).to.deep.equal([250_000_00, nextYear]);
    await settled(page);
    await visited(page, 'payment ledger with the payment');

    const row = page.getByTestId('ledger').getByRole('row').filter({ hasText: voucher });
    await effort.click(row.getByRole('button', { name: /^Tilbakefør/ }));
    await effort.fill(page.getByLabel(/^Begrunnelse for å tilbakeføre utbetaling på kr\s250.000/), 'Feil beløp');
    await effort.click(page.getByRole('button', { name: 'Tilbakefør utbetalingen' }));
    await page.getByText(/^Tilbakeført: utbetaling på kr\s250.000, bilag AAR-/).waitFor();
    const reversal = await Disbursement.findOne({ where: { reversesId: paid!.id } });
    expect(reversal).to.include({ amountOre: -250_000_00, reversalReason: 'Feil beløp' });
    await settled(page);
    await visited(page, 'payment ledger after the reversal');
  });

  it('case officer: minutes of next year’s meeting cannot be approved before the meeting day, and the page says so', async () => {
    effort.start('8 Saksbehandler: referat før møtedagen');
    const page = pages.caseOfficer!;
    const search = page.getByRole('search', { name: 'Søk i Styringsdialog' });
    await effort.fill(search.getByLabel('Søk i Styringsdialog'), 'Årshjulsenteret');
    await effort.click(search.getByRole('button', { name: 'Søk' }));
    await page.getByRole('heading', { level: 1, name: 'Søk: Årshjulsenteret' }).waitFor();
    await settled(page);
    await effort.click(
      page
        .locator('main')
        .getByRole('link', { name: /Årshjulsenteret/ })
        .first(),
    );
    await page.getByRole('heading', { level: 1, name: /Årshjulsenteret/ }).waitFor();
    await settled(page);
    await effort.click(page.getByRole('link', { name: `Tilskudd og oppdrag for ${nextYear}` }).first());
    await page.getByRole('heading', { level: 1, name: `Tilskudd og oppdrag for ${nextYear}` }).waitFor();
    await settled(page);
    const meetings = page.locator('section[aria-labelledby="meetings"]');
    await effort.click(meetings.getByRole('link').first());
    await page.locator('main h1').first().waitFor();
    await visited(page, 'next year’s meeting');
    // Issuing planned the meeting for April; it gets its day, still to come.
    await effort.click(page.getByText('Endre møtet og deltakerne'));
    await effort.fill(page.getByLabel('Dato', { exact: true }), `${nextYear}-04-20`);
    await effort.click(page.getByRole('button', { name: 'Lagre tid og sted' }));
    await page.getByText(/^Møtet er lagret\./).waitFor();
    await effort.fill(page.getByLabel('Sammendrag'), 'Gjennomgang av planen.');
    await effort.click(page.getByRole('button', { name: 'Lagre referatet' }));
    await page.getByText(/^Referatet er lagret\./).waitFor();
    await page
      .getByTestId('minutes-from')
      .getByText(`Referatet kan godkjennes fra møtedagen, 20. april ${nextYear}.`)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Godkjenn referatet' }).count()).to.equal(0);
    await visited(page, 'meeting with minutes before the day');
  });

  it('every page visited passes axe (WCAG 2.1 A/AA) at 1280 and 320 px and fits 320 px', () => {
    expect(problems, 'axe and reflow problems').to.deep.equal([]);
  });
});
