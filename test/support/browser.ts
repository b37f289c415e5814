// What the browser tests share: Debian's Chromium with the built client, a page opened as a logged-in
// user (their session cookie), waiting until the page has loaded its data, and axe's WCAG 2.1 A/AA
// check. (Older browser test files still carry their own copies; new ones use these.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect } from 'chai';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { clientDist } from '../../server/app.js';
import { testServer } from './server.js';
import type { Client } from './http.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(`${clientDist}index.html`))
    execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts']);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

/** A page in a context of its own, logged in with the client's session, at `path`, loaded. */
export async function openLoggedIn(
  browser: Browser,
  client: Client,
  path = '/',
  width = 1280,
): Promise<{ page: Page; context: BrowserContext }> {
  const cookie = client.sessionCookie;
  const split = cookie.indexOf('=');
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nb-NO' });
  await context.addCookies([{ name: cookie.slice(0, split), value: cookie.slice(split + 1), url: testServer.baseUrl }]);
  const page = await context.newPage();
  await page.goto(`${testServer.baseUrl}${path}`);
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  await settled(page);
  return { page, context };
}

/** Waits until the network is quiet and no loading state shows. */
export async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  for (let waited = 0; (await page.locator('.state-loading').count()) > 0; waited += 50) {
    if (waited > 15_000) throw new Error('the page is still loading after 15 s');
    await page.waitForTimeout(50);
  }
}

/** No serious or critical axe violation of WCAG 2.1 A/AA. */
export async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    name,
  ).to.deep.equal([]);
}

/** The page is no wider than its window (WCAG 1.4.10 reflow), wide tables in scroll regions aside. */
export async function expectFitsWidth(page: Page, name: string) {
  const [scrollWidth, innerWidth] = await page
    .locator('html')
    .evaluate((html) => [html.scrollWidth, html.ownerDocument.defaultView!.innerWidth]);
  expect(scrollWidth, `${name}: ${scrollWidth} px wide at ${innerWidth} px`).to.be.at.most(innerWidth);
}

/** Waits until the element has focus (focus moves in an effect, just after the element shows). */
export async function expectFocused(locator: Locator, name: string) {
  for (let waited = 0; ; waited += 50) {
    if (await locator.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    if (waited > 5_000) {
      const active = await locator.evaluate(
        (element) => element.ownerDocument.activeElement?.outerHTML.slice(0, 200) ?? 'nothing',
      );
      throw new Error(`${name} does not have focus; ${active} has`);
    }
    await locator.page().waitForTimeout(50);
  }
}
