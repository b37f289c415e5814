// Browser tests of "Mine oppgaver" and search: the header's task count and search field, the
// tasks page linking to where the work is done, the results page grouped by kind with the count
// announced and focused; axe (WCAG 2.1 A/AA) on both pages at 1280 and 320 CSS px, nothing wider
// than the viewport at 320.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { testServer } from '../support/server.js';
import { as } from '../support/http.js';
import type { demoUsers } from '../support/http.js';
import { clientDist } from '../../server/app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    name,
  ).to.deep.equal([]);
}

async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  for (let waited = 0; (await page.locator('.state-loading').count()) > 0; waited += 50) {
    if (waited > 15_000) throw new Error('the page is still loading after 15 s');
    await page.waitForTimeout(50);
  }
}

describe('client: Mine oppgaver and search', function () {
  this.timeout(60_000);
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async function () {
    this.timeout(120_000);
    if (!existsSync(`${clientDist}index.html`))
      execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts']);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function openAs(role: keyof typeof demoUsers, width = 1280): Promise<Page> {
    const cookie = (await as(role)).sessionCookie;
    const split = cookie.indexOf('=');
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nb-NO' });
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

  it('shows the count in the header and the tasks, each linking to where the work is done', async () => {
    const expected = (await (await as('approver')).get('/api/me/tasks')).body;
    expect(expected.count).to.be.greaterThan(0);
    const page = await openAs('approver');
    const link = page.getByRole('link', { name: `Mine oppgaver, ${expected.count} venter` });
    await link.waitFor();
    await link.click();
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Mine oppgaver' }).waitFor();
    // The first task, whatever its kind (other files add minutes and letters to approve): its link
    // names it and leads where the work is done.
    const first = expected.items[0];
    const taskLink = page.locator(`main a[href="${first.link}"]`).first();
    expect(await taskLink.innerText()).to.include(first.title);
    await expectAccessible(page, 'tasks page');
  });

  it('searches from the header and shows results grouped by kind, announced and focused', async () => {
    const page = await openAs('caseOfficer');
    const search = page.getByRole('search', { name: 'Søk i Styringsdialog' });
    await search.getByLabel('Søk i Styringsdialog').fill('rapport');
    await search.getByRole('button', { name: 'Søk' }).click();
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Søk: rapport' }).waitFor();
    const summary = page.getByRole('status').filter({ hasText: 'treff på «rapport»' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === el.ownerDocument.activeElement)).to.equal(true);
    await page.getByRole('heading', { level: 2, name: /^Frister \(\d+\)$/ }).waitFor();
    await expectAccessible(page, 'search page');
  });

  it('fits 320 CSS px without sideways scrolling, and stays accessible', async () => {
    for (const path of ['/tasks', '/search?q=tilskudd']) {
      const page = await openAs('naphaLeader', 320);
      await page.goto(`${testServer.baseUrl}${path}`);
      await settled(page);
      const wider = await page.locator('html').evaluate((html) => html.scrollWidth);
      expect(wider, path).to.be.at.most(320);
      await expectAccessible(page, `${path} at 320 px`);
    }
  });
});
