// WCAG 1.4.10 reflow: at 320 CSS px no page scrolls sideways; only a wide table may, inside its own
// focusable, labelled region (components/ScrollRegion.tsx). Headless Chromium (Debian's
// /usr/bin/chromium through playwright-core) opens every main page of each role at 320×640 and runs
// axe-core (no serious or critical WCAG 2.1 A/AA violations).
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { testServer } from '../support/server.js';
import { as, demoUsers } from '../support/http.js';
import { env } from '../../server/env.js';
import { clientDist } from '../../server/app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const viewport = { width: 320, height: 640 };
const RESULTS = new URL('../../test-results/', import.meta.url);

/** Waits until the network is quiet and no loading state is left on the page. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  // Polled from here: the page's CSP forbids the eval that waitForFunction would need.
  for (let waited = 0; (await page.locator('.state-loading').count()) > 0; waited += 50) {
    if (waited > 15_000) throw new Error('the page is still loading after 15 s');
    await page.waitForTimeout(50);
  }
}

/** What sticks out of a page wider than the window (outside scroll regions); none when it fits. */
async function sidewaysScroll(page: Page, name: string): Promise<string[]> {
  const scrollWidth = await page.locator('html').evaluate((html) => html.scrollWidth);
  const innerWidth = page.viewportSize()?.width ?? viewport.width;
  if (scrollWidth <= innerWidth) return [];
  const wide = await page.locator('body *:not(.scroll-region *)').evaluateAll(
    (elements, width) =>
      elements
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .slice(0, 6)
        .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).split(' ').join('.')}`),
    innerWidth,
  );
  return [`${name}: ${scrollWidth} px wide at ${innerWidth} px; too wide: ${wide.join(', ')}`];
}

/** Serious or critical axe violations of WCAG 2.1 A/AA. */
async function axeViolations(page: Page, name: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
}

/** A wide table's region must be reachable by keyboard and have a name. */
async function unusableScrollRegions(page: Page, name: string): Promise<string[]> {
  const regions = await page.locator('.scroll-region').evaluateAll((elements) =>
    elements.map((element) => ({
      label: element.getAttribute('aria-label') ?? '',
      tabIndex: element.getAttribute('tabindex'),
    })),
  );
  return regions
    .filter((region) => region.label === '' || region.tabIndex !== '0')
    .map((region) => `${name}: scroll region «${region.label}» has no name or cannot take focus`);
}

/**
 * Opens each path and gathers every problem (so one run names them all): sideways scrolling,
 * unusable scroll regions and axe violations. A full-page screenshot of each goes to test-results/.
 */
async function problemsOn(page: Page, paths: [path: string, name: string][]): Promise<string[]> {
  const problems: string[] = [];
  for (const [path, name] of paths) {
    await page.goto(`${testServer.baseUrl}${path}`);
    await page.locator('main h1').first().waitFor();
    await settled(page);
    problems.push(
      ...(await sidewaysScroll(page, name)),
      ...(await unusableScrollRegions(page, name)),
      ...(await axeViolations(page, name)),
    );
    await page.screenshot({
      path: new URL(`reflow-${name.replace(/\W+/g, '-')}.png`, RESULTS).pathname,
      fullPage: true,
    });
  }
  return problems;
}

describe('client: reflow at 320 CSS px (WCAG 1.4.10)', function () {
  this.timeout(120_000);
  let browser: Browser;
  const ids = { napha2009: 0, naphaMeeting: 0, naphaDeadline: 0 };

  before(async function () {
    this.timeout(120_000);
    if (!existsSync(CHROMIUM))
      throw new Error(`No Chromium at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH`);
    // `npm test` builds first; a bare `mocha` run builds here when the client is missing.
    if (!existsSync(`${clientDist}index.html`))
      execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts']);
    mkdirSync(RESULTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    const officer = await as('caseOfficer');
    ids.napha2009 = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0].id;
    ids.naphaMeeting = (await officer.get('/api/steering-meetings?centre=NAPHA')).body.items[0].id;
    ids.naphaDeadline = (await officer.get('/api/deadlines?centre=NAPHA')).body.items[0].id;
  });
  after(async () => {
    await browser?.close();
  });

  /**
   * The app at 320×640 with the API client's session for the role: logins are rate-limited per user
   * (ten a quarter of an hour) and the other browser tests already spend most of the case officer's,
   * so one login per role serves the whole run. The login form itself is checked on its own below.
   */
  async function openAs(role: keyof typeof demoUsers): Promise<{ context: BrowserContext; page: Page }> {
    const cookie = (await as(role)).sessionCookie;
    const split = cookie.indexOf('=');
    const context = await browser.newContext({ viewport, locale: 'nb-NO' });
    await context.addCookies([
      { name: cookie.slice(0, split), value: cookie.slice(split + 1), url: testServer.baseUrl },
    ]);
    const page = await context.newPage();
    return { context, page };
  }

  it('login page and the accessibility statement without login; logging in at 320 px; the footer link; English', async () => {
    const context = await browser.newContext({ viewport, locale: 'nb-NO' });
    const page = await context.newPage();
    const problems = await problemsOn(page, [
      ['/', 'login'],
      ['/tilgjengelighet', 'accessibility statement without login'],
    ]);
    await page.getByRole('link', { name: 'Til innlogging' }).click();
    await page.getByLabel('E-post').fill(demoUsers.auditor);
    await page.getByLabel('Passord').fill(env.DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await settled(page);
    problems.push(...(await sidewaysScroll(page, 'auditor home after logging in')));
    // Every page's footer leads to the statement; it is there in English too.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring for Styringsdialog' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement for Styringsdialog' }).waitFor();
    problems.push(...(await sidewaysScroll(page, 'accessibility statement in English')));
    problems.push(...(await axeViolations(page, 'accessibility statement in English')));
    expect(problems).to.deep.equal([]);
    await context.close();
  });

  it('case officer: home, centre, calendar, letter, new letter, meeting, meetings, deadline, indicators, profile', async () => {
    const { context, page } = await openAs('caseOfficer');
    const problems = await problemsOn(page, [
      ['/', 'case officer home'],
      ['/centres/NAPHA', 'centre'],
      ['/centres/NAPHA/calendar', 'centre calendar'],
      [`/letters/${ids.napha2009}`, 'letter'],
      ['/letters/new', 'new letter'],
      [`/meetings/${ids.naphaMeeting}`, 'meeting'],
      ['/meetings', 'meetings list'],
      [`/deadlines/${ids.naphaDeadline}`, 'deadline'],
      ['/me', 'profile'],
      ['/tilgjengelighet', 'accessibility statement'],
      ['/indicators', 'indicators'],
    ]);
    await page.getByRole('button', { name: 'Vis som tabell' }).first().click();
    problems.push(...(await sidewaysScroll(page, 'indicators as a table')));
    expect(problems).to.deep.equal([]);
    await context.close();
  });

  it('approver, finance and auditor: homes, letter, indicators, audit trail', async () => {
    const problems: string[] = [];
    for (const role of ['approver', 'finance', 'auditor'] as const) {
      const { context, page } = await openAs(role);
      problems.push(
        ...(await problemsOn(page, [
          ['/', `${role} home`],
          [`/letters/${ids.napha2009}`, `${role}: letter`],
          ['/indicators', `${role}: indicators`],
          ...(role === 'auditor' ? ([['/audit', 'auditor: audit trail']] as [string, string][]) : []),
        ])),
      );
      await context.close();
    }
    expect(problems).to.deep.equal([]);
  });

  it('admin: home with the outbox, users, audit trail', async () => {
    const { context, page } = await openAs('admin');
    const problems = await problemsOn(page, [
      ['/', 'admin home'],
      ['/users', 'users'],
      ['/audit', 'audit trail'],
    ]);
    expect(problems).to.deep.equal([]);
    await context.close();
  });

  it('centre leaders: home, letter, deadline, meeting, calendar, indicators, profile', async () => {
    const { context, page } = await openAs('naphaLeader');
    const problems = await problemsOn(page, [
      ['/', 'centre leader home'],
      [`/letters/${ids.napha2009}`, 'centre leader: letter'],
      [`/deadlines/${ids.naphaDeadline}`, 'centre leader: deadline'],
      [`/meetings/${ids.naphaMeeting}`, 'centre leader: meeting'],
      ['/centres/NAPHA/calendar', 'centre leader: calendar'],
      ['/indicators', 'centre leader: indicators'],
      ['/me', 'centre leader: profile'],
    ]);
    await context.close();
    const other = await openAs('korusNordLeader');
    problems.push(...(await problemsOn(other.page, [['/', 'another centre leader home']])));
    await other.context.close();
    expect(problems).to.deep.equal([]);
  });
});
