// Browser test of the results page (issue 13): two centres' reports of one year, one assessed, as
// the case officer finds them: goal achievement as a chart whose table holds every figure, the
// reported status, the joint assignment rolled up, the activity figures, the Excel link; an empty
// span says so; axe at 1280 and 320 px, and the page fits 320 px.
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loginAs, makeUser } from '../support/factories.js';
import type { Client } from '../support/http.js';
import { twoCentresSharingAJointAssignment } from '../support/reports.js';
import { testYears } from '../support/testYears.js';
import { expectAccessible, expectFitsWidth, launchBrowser, openLoggedIn, settled } from '../support/browser.js';

describe('client: the results page', function () {
  this.timeout(90_000);
  const year = testYears.resultsPage;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let officer: Client;
  let codes: string[];

  before(async function () {
    this.timeout(120_000);
    browser = await launchBrowser();
    officer = await loginAs(await makeUser('case_officer'));
    const made = await twoCentresSharingAJointAssignment(year, 'Felles veileder');
    const first = made.first;
    codes = made.codes;
    const assessed = await officer.post(`${first.path}/assessments`, {
      assignmentId: first.basis[0]!.id,
      achievement: 'achieved',
      justification: 'Levert',
    });
    expect(assessed.status).to.equal(201);
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function open(path: string, width = 1280): Promise<Page> {
    const { page, context } = await openLoggedIn(browser, officer, path, width);
    contexts.push(context);
    await page.getByRole('heading', { level: 1, name: 'Resultater' }).waitFor();
    await settled(page);
    return page;
  }

  it('shows goal achievement per centre with its table, the status, the joint assignment and the activities', async () => {
    const page = await open(`/resultater?fra=${year}&til=${year}`);
    const chart = page.getByTestId('results-achievement');
    await chart.getByText('2 rapporter; 1 av 3 oppdrag er vurdert.').waitFor();
    await chart.getByRole('button', { name: 'Vis som tabell' }).click();
    const firstRow = chart.getByRole('row').filter({ hasText: codes[0]! });
    // Oppnådd, delvis, ikke oppnådd, ikke vurderbart, ikke vurdert.
    expect(await firstRow.getByRole('cell').allInnerTexts()).to.deep.equal(['1', '0', '0', '0', '1']);
    expect(await chart.getByRole('columnheader').allInnerTexts()).to.include('Oppnådd');
    const status = page
      .getByTestId('results-status')
      .getByRole('row')
      .filter({ hasText: `${codes[1]} ${year}` });
    expect((await status.getByRole('cell').allInnerTexts()).slice(0, 4)).to.deep.equal(['Levert', '0', '1', '0']);
    const joint = page.getByTestId('results-joint').getByRole('row').filter({ hasText: 'Felles veileder' });
    expect(await joint.innerText())
      .to.include(codes[0])
      .and.include(codes[1]);
    await page.getByTestId('results-activities').getByText('10 aktiviteter i alt.').waitFor();
    const excel = page.getByRole('link', { name: 'Last ned som Excel' });
    expect(await excel.getAttribute('href')).to.equal(`/api/results/export.xlsx?fromYear=${year}&toYear=${year}`);
    await expectAccessible(page, 'results page');
  });

  it('says when a span has no reports, and fits 320 px', async () => {
    const empty = await open(`/resultater?fra=${year + 1}&til=${year + 1}`);
    await empty.getByText(`Ingen rapporter er levert for ${year + 1} ennå.`).waitFor();
    const narrow = await open(`/resultater?fra=${year}&til=${year}`, 320);
    await narrow.getByTestId('results-achievement').waitFor();
    await expectFitsWidth(narrow, 'results page at 320 px');
    await expectAccessible(narrow, 'results page at 320 px');
  });
});
