// Browser test of the structured report (issue 13): the centre leader fills in two assignments and
// the activity figures (autosaved) and submits; the case officer returns it with a comment; the
// centre sees the comment, changes a text and resubmits; the case officer sees what changed between
// version 1 and 2, assesses both assignments and the whole, and accepts; the centre then sees the
// assessments. axe on both sides' pages, and the pages fit 320 px.
import { mkdirSync } from 'node:fs';
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AccountsReport, AnnualReport, Assignment, PriorityArea, ReportAssessment } from '../../server/models/index.js';
import type { Deadline, User } from '../../server/models/index.js';
import { loginAs, makeCentre, makeFrame, makeLetter, makeUser } from '../support/factories.js';
import {
  expectAccessible,
  expectFitsWidth,
  expectFocused,
  launchBrowser,
  openLoggedIn,
  settled,
} from '../support/browser.js';
import { testYears } from '../support/testYears.js';
import { centreWithReportDeadline, handInReportAsFile, makeReportDeadline } from '../support/reports.js';

const RESULTS = new URL('../../test-results/', import.meta.url);

describe('client: the structured report, from the centre to the assessment', function () {
  this.timeout(90_000);
  const year = testYears.reportsClient;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let deadline: Deadline;
  let officer: User;
  let leader: User;
  let assignments: Assignment[];
  let centreCode: string;

  before(async function () {
    this.timeout(120_000);
    mkdirSync(RESULTS, { recursive: true });
    browser = await launchBrowser();
    const centre = await makeCentre();
    centreCode = centre.code;
    const letter = await makeLetter({ centre, year, status: 'issued', assignments: 2 });
    await PriorityArea.create({ letterId: letter.id, position: 1, title: 'Recovery', description: null });
    assignments = await Assignment.findAll({ where: { letterId: letter.id }, order: [['rank', 'ASC']] });
    deadline = await makeReportDeadline(centre, year);
    // The year's accounts: 100 000 kroner less spent than the frame, so the variance shows.
    const { line } = await makeFrame({ centre, year, amountOre: 1_000_000_00, letter });
    await AccountsReport.create({
      centreId: centre.id,
      year,
      budgetLineId: line.id,
      spentOre: 900_000_00,
      unspentOre: 100_000_00,
      comment: null,
      status: 'submitted',
      submittedAt: new Date(),
      submittedById: null,
      unspentOutcome: null,
      unspentOutcomeStatus: null,
      reviewNote: null,
      reviewedAt: null,
      reviewedById: null,
    });
    officer = await makeUser('case_officer', { name: 'Kari Saksbehandler' });
    leader = await makeUser('centre_leader', { centre, name: 'Per Senterleder' });
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function open(user: User, width = 1280): Promise<Page> {
    const path = `/deadlines/${deadline.id}/rapport`;
    const { page, context } = await openLoggedIn(browser, await loginAs(user), path, width);
    contexts.push(context);
    await page.getByRole('heading', { level: 1, name: `Årsrapport ${year} – ${centreCode}` }).waitFor();
    await settled(page);
    return page;
  }

  const assignment = (page: Page, index: number) => page.locator(`#rapport-oppdrag-${assignments[index]!.id}`);
  const autosaved = (page: Page) =>
    page
      .getByTestId('autosave')
      .filter({ hasText: /^Lagret kl\. \d\d:\d\d$/ })
      .waitFor();
  const result = async (page: Page, text: string) => {
    const message = page.getByTestId('report-result').filter({ hasText: text });
    await message.waitFor();
    await expectFocused(message, text);
  };
  const screenshot = (page: Page, name: string) =>
    page.screenshot({ path: new URL(`report-${name}.png`, RESULTS).pathname, fullPage: true });

  async function submitReport(page: Page, version: number) {
    await page.getByRole('button', { name: 'Send inn rapporten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sende inn rapporten?' });
    await dialog.getByRole('button', { name: 'Ja, send inn' }).click();
    await result(page, `Rapporten er sendt inn (versjon ${version}).`);
  }

  it('centre leader: fills in two assignments and the figures, autosaved, and submits', async () => {
    const page = await open(leader);
    await page.getByRole('textbox', { name: 'Sammendrag' }).fill('Et år med mange kurs.');
    for (const [index, status] of [
      [0, 'Pågår'],
      [1, 'Fullført'],
    ] as const) {
      const fields = assignment(page, index);
      await fields.getByLabel('Status').selectOption({ label: status });
      await fields.getByRole('textbox', { name: 'Hva er gjort' }).fill(`Gjort i oppdrag ${index + 1}.`);
      await fields.getByRole('textbox', { name: 'Resultater' }).fill(`Gode resultater i oppdrag ${index + 1}.`);
      await fields.getByRole('textbox', { name: 'Videre arbeid' }).fill('Fortsetter neste år.');
    }
    await page.getByRole('textbox', { name: 'Om Recovery' }).fill('Recovery i alle kurs.');
    await page.keyboard.press('Tab'); // leaving a field saves at once
    await autosaved(page);
    await page.getByLabel('Antall – Kurs').fill('12');
    // Typing after a save: the page must not keep saying "saved" while the new figure is not.
    const shown = await page.getByTestId('autosave').textContent();
    if (/^Lagret/.test(shown ?? '')) {
      const stored = await AnnualReport.findOne({ where: { deadlineId: deadline.id } });
      expect(stored?.content.activities.find((a) => a.channel === 'course')?.count, shown ?? '').to.equal(12);
    }
    await page.getByLabel('Deltakere – Kurs').fill('340');
    await page.getByLabel('Antall – E-læring').fill('3');
    await autosaved(page);
    const saved = (await AnnualReport.findOne({ where: { deadlineId: deadline.id } }))!;
    expect(saved.status).to.equal('draft');
    expect(saved.content.activities).to.deep.equal([
      { channel: 'course', count: 12, participants: 340 },
      { channel: 'elearning', count: 3, participants: null },
    ]);
    expect(saved.content.assignments.map((a) => a.status)).to.deep.equal(['in_progress', 'completed']);
    await expectAccessible(page, 'the centre’s report form');
    await screenshot(page, 'centre-form-1280');
    // The draft is kept: the page loaded again shows what was typed.
    await page.reload();
    await settled(page);
    expect(await page.getByLabel('Deltakere – Kurs').inputValue()).to.equal('340');
    expect(await assignment(page, 1).getByLabel('Status').inputValue()).to.equal('completed');

    await submitReport(page, 1);
    // Submitted, the page reads the report instead of editing it.
    await page.getByText('Rapporten er sendt inn og venter på saksbehandlers vurdering.').waitFor();
    expect(await page.getByRole('button', { name: 'Send inn rapporten' }).count()).to.equal(0);
    expect((await AnnualReport.findByPk(saved.id))!.status).to.equal('submitted');
  });

  it('case officer: returns the report with a comment', async () => {
    const page = await open(officer);
    await page.getByTestId('report-content').getByText('Gode resultater i oppdrag 1.').waitFor();
    await page.getByRole('radio', { name: 'Send tilbake' }).check();
    await page.getByRole('textbox', { name: 'Kommentar', exact: true }).fill('Skriv mer om resultatene i oppdrag 1.');
    await page.getByRole('button', { name: 'Lagre vurdering', exact: true }).click();
    await result(page, 'Innleveringen er sendt tilbake til senteret.');
    expect((await AnnualReport.findOne({ where: { deadlineId: deadline.id } }))!.status).to.equal('returned');
  });

  it('centre leader: sees the comment, changes a text and resubmits; the form fits 320 px', async () => {
    const page = await open(leader, 320);
    await page.getByTestId('return-comment').getByText('Skriv mer om resultatene i oppdrag 1.').waitFor();
    await assignment(page, 0)
      .getByRole('textbox', { name: 'Resultater' })
      .fill('Svært gode resultater i oppdrag 1: 40 kommuner nådd.');
    await autosaved(page);
    await expectFitsWidth(page, 'the centre’s report form at 320 px');
    await screenshot(page, 'centre-returned-320');
    await submitReport(page, 2);
  });

  it('case officer: sees the changes, assesses both assignments and the whole, and accepts', async () => {
    const page = await open(officer);
    expect(await page.getByLabel('Versjon', { exact: true }).inputValue()).to.equal('2');
    await page.getByRole('checkbox', { name: 'Vis endringer fra forrige versjon' }).check();
    const changes = page.getByTestId('report-changes');
    await changes.getByRole('heading', { name: 'Endringer fra versjon 1 til 2' }).waitFor();
    await changes.getByText('1 felt er endret.').waitFor();
    await changes.getByRole('heading', { name: '1. Oppdrag 1 – Resultater' }).waitFor();
    expect(await changes.locator('del').allTextContents()).to.deep.equal(['[slettet: Gode]']);
    expect((await changes.locator('ins').allInnerTexts()).join('')).to.contain('Svært gode');
    expect((await changes.locator('ins').allInnerTexts()).join('')).to.contain('40 kommuner nådd');

    // Accepting asks for the assessment of the whole report first.
    await page.getByRole('button', { name: 'Lagre vurdering', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Vurder rapporten som helhet' }).waitFor();

    const assess = async (target: string, achievement: string, justification: string, money?: string) => {
      const form = page.getByTestId(`assessment-${target}`);
      await form.getByLabel('Måloppnåelse').selectOption({ label: achievement });
      await form.getByRole('textbox', { name: 'Begrunnelse' }).fill(justification);
      if (money) await form.getByRole('textbox', { name: 'Kontroll av bruken av midler' }).fill(money);
      await form.getByRole('button', { name: 'Lagre vurderingen' }).click();
      await result(page, 'Vurderingen er lagret.');
      await form.getByText(justification).waitFor();
    };
    await assess(String(assignments[0]!.id), 'Oppnådd', 'Målene for oppdrag 1 er nådd.');
    await assess(String(assignments[1]!.id), 'Delvis oppnådd', 'Oppdrag 2 er delvis gjennomført.');
    const whole = page.getByTestId('assessment-whole');
    // The accounts' variance stands beside the control of the funds.
    await whole
      .getByTestId('report-variance')
      .getByText(/Brukt mot ramme: kr\s-100\s000\./)
      .waitFor();
    await assess('whole', 'Oppnådd', 'Et godt år for senteret.', 'Regnskapet stemmer med utbetalt.');
    await expectAccessible(page, 'the case officer’s report page');
    await screenshot(page, 'officer-1280');

    await page.getByRole('radio', { name: 'Godkjenn' }).check();
    await page.getByRole('button', { name: 'Lagre vurdering', exact: true }).click();
    await result(page, 'Innleveringen er godkjent.');
    expect((await AnnualReport.findOne({ where: { deadlineId: deadline.id } }))!.status).to.equal('accepted');
    expect(
      await ReportAssessment.count({
        where: { reportId: (await AnnualReport.findOne({ where: { deadlineId: deadline.id } }))!.id },
      }),
    ).to.equal(3);
  });

  it('case officer at 320 px: the changes and assessments fit', async () => {
    const page = await open(officer, 320);
    await page.getByRole('checkbox', { name: 'Vis endringer fra forrige versjon' }).check();
    await page.getByTestId('report-changes').getByText('1 felt er endret.').waitFor();
    await expectFitsWidth(page, 'the case officer’s report page at 320 px');
    await expectAccessible(page, 'the case officer’s report page at 320 px');
    await screenshot(page, 'officer-320');
  });

  it('centre leader: sees the assessments once accepted', async () => {
    const page = await open(leader);
    const assessments = page.getByTestId('report-assessments');
    await assessments.getByText('Målene for oppdrag 1 er nådd.').waitFor();
    await assessments.getByText('Oppdrag 2 er delvis gjennomført.').waitFor();
    await page.getByTestId('assessment-whole').getByText('Regnskapet stemmer med utbetalt.').waitFor();
    expect(await page.getByTestId(`assessment-${assignments[1]!.id}`).getByText('Delvis oppnådd').count()).to.equal(1);
    expect(await assessments.getByRole('button', { name: 'Lagre vurderingen' }).count()).to.equal(0);
    await expectAccessible(page, 'the centre’s accepted report');
    await screenshot(page, 'centre-accepted-1280');
  });

  it('case officer: the results page shows the accepted report and its assessments', async () => {
    const { page, context } = await openLoggedIn(
      browser,
      await loginAs(officer),
      `/resultater?fra=${year}&til=${year}`,
    );
    contexts.push(context);
    const row = page
      .getByTestId('results-status')
      .getByRole('row')
      .filter({ hasText: `${centreCode} ${year}` });
    const cells = await row.getByRole('cell').allInnerTexts();
    // Rapport, ikke startet … uten status, samlet vurdering.
    expect(cells[0]).to.equal('Godkjent');
    expect(cells.at(-1)).to.equal('Oppnådd');
    const chart = page.getByTestId('results-achievement');
    await chart.getByRole('button', { name: 'Vis som tabell' }).click();
    const achieved = chart.getByRole('row').filter({ hasText: centreCode });
    // Oppnådd, delvis oppnådd, ikke oppnådd, ikke vurderbart, ikke vurdert.
    expect(await achieved.getByRole('cell').allInnerTexts()).to.deep.equal(['1', '1', '0', '0', '0']);
  });
});

describe('client: a report deadline met by files alone', function () {
  this.timeout(90_000);
  let browser: Browser;
  let context: BrowserContext | undefined;
  after(async () => {
    await context?.close();
    await browser?.close();
  });

  it('centre leader: the report page explains it and links to the hand-in, with no form to fill in', async () => {
    browser = await launchBrowser();
    const year = testYears.reportsClient;
    const { centre, deadline, leader } = await centreWithReportDeadline(year);
    await handInReportAsFile(leader, deadline.id);

    const opened = await openLoggedIn(browser, leader, `/deadlines/${deadline.id}/rapport`);
    context = opened.context;
    const { page } = opened;
    await page.getByRole('heading', { level: 1, name: `Årsrapport ${year} – ${centre.code}` }).waitFor();
    const note = page.getByTestId('report-closed-outside-form');
    await note.getByText('Rapporten ble levert som filer mot fristen, ikke i dette skjemaet.').waitFor();
    expect(await page.locator('.letter-meta').innerText()).to.match(new RegExp(`^${centre.name} · Levert · `));
    expect(await page.getByRole('textbox', { name: 'Sammendrag' }).count()).to.equal(0);
    expect(await page.getByRole('button', { name: 'Send inn rapporten' }).count()).to.equal(0);
    await expectAccessible(page, 'a report met by files');
    await note.getByRole('link', { name: 'Se innleveringen på fristsiden' }).click();
    await page.waitForURL(new RegExp(`/deadlines/${deadline.id}$`));
    await page.getByText('arsrapport.pdf').first().waitFor();
  });
});
