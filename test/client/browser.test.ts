// Browser tests of the web client against the real test server: headless Chromium (Debian's
// /usr/bin/chromium through playwright-core) logs in as each role, runs axe-core on each main page
// (no serious or critical WCAG 2.1 A/AA violations), saves screenshots under test-results/, works
// the letter editor by keyboard, and checks a centre leader never sees another centre's data.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { addDays, format } from 'date-fns';
import type { Browser, BrowserContext, FileChooser, Page, Response } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { testServer } from '../support/server.js';
import { as, demoUsers } from '../support/http.js';
import { minimalPdf } from '../support/documents.js';
import { makeLetter } from '../support/factories.js';
import { animationsSettled } from '../support/animations.js';
import { waitForQueueIdle } from '../support/queues.js';
import { env } from '../../server/env.js';
import { clientDist } from '../../server/app.js';
import { createBullConnection } from '../../workflows/connection.js';
import { createWorker } from '../../workflows/worker.js';
import { formatMoney } from '../../common/money.js';
import { Op } from 'sequelize';
import { Centre, Deadline, GrantLetter, OutboxEmail } from '../../server/models/index.js';
import { osloToday } from '../../server/calendar.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = new URL('../../test-results/', import.meta.url);

/** axe on the page, or only inside `within` (an open modal dialog: what lies under its backdrop is inert and its contrast mid-fade means nothing). */
async function expectAccessible(page: Page, name: string, within?: string) {
  // A dialog fading in has text at part opacity: axe measures after the animations end.
  await animationsSettled(page);
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (within ? builder.include(within) : builder).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, `${name}: axe violations`).to.deep.equal([]);
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: new URL(`${name}.png`, RESULTS).pathname, fullPage: true });
}

/**
 * Opens the focused file input with Space, as a keyboard user would, and picks the files. One run
 * saw no chooser open after the first press; pressing again is what a person would do.
 */
async function chooseFilesBySpace(page: Page, files: Parameters<FileChooser['setFiles']>[0]) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const chooser = page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => null);
    await page.keyboard.press('Space');
    const opened = await chooser;
    if (opened) return opened.setFiles(files);
  }
  throw new Error('Space on the focused file input opened no file chooser');
}

/** A draft letter of its own centre with three of `part`, so no other file's drafts matter. */
async function draftWithThree(part: 'assignments' | 'sections'): Promise<{ id: number }> {
  return makeLetter({ status: 'draft', [part]: 3 });
}

/** Waits until no loading state is left on the page. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  // Polled from here: the page's CSP (rightly) forbids the eval that waitForFunction would need.
  for (let waited = 0; (await page.locator('.state-loading').count()) > 0; waited += 50) {
    if (waited > 15_000) throw new Error('the page is still loading after 15 s');
    await page.waitForTimeout(50);
  }
}

describe('client: the web app in a browser', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async function () {
    this.timeout(120_000);
    if (!existsSync(CHROMIUM))
      throw new Error(`No Chromium at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH`);
    // `npm test` builds first; a bare `mocha` run builds here when the client is missing.
    if (!existsSync(`${clientDist}index.html`))
      execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts']);
    mkdirSync(RESULTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });
  after(async () => {
    await browser?.close();
  });

  async function logIn(
    role: keyof typeof demoUsers,
    byKeyboard = false,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(testServer.baseUrl);
    await page.getByRole('heading', { name: 'Logg inn' }).waitFor();
    if (byKeyboard) {
      await page.getByLabel('E-post').focus();
      await page.keyboard.type(demoUsers[role]);
      await page.keyboard.press('Tab');
      await page.keyboard.type(env.DEMO_PASSWORD);
      await page.keyboard.press('Enter');
    } else {
      await page.getByLabel('E-post').fill(demoUsers[role]);
      await page.getByLabel('Passord').fill(env.DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Logg inn' }).click();
    }
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await settled(page);
    return { context, page };
  }

  /** The app in a browser with the API client's session: no new login (logins are rate-limited per user). */
  async function openAs(role: keyof typeof demoUsers): Promise<{ context: BrowserContext; page: Page }> {
    const cookie = (await as(role)).sessionCookie;
    const split = cookie.indexOf('=');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    await context.addCookies([
      { name: cookie.slice(0, split), value: cookie.slice(split + 1), url: testServer.baseUrl },
    ]);
    const page = await context.newPage();
    await page.goto(testServer.baseUrl);
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await settled(page);
    return { context, page };
  }

  it('serves the client for its own paths, keeps the API answering problem+json, and sends a strict CSP', async () => {
    const page = await fetch(`${testServer.baseUrl}/letters/1`);
    expect(page.status).to.equal(200);
    expect(await page.text()).to.include('<div id="root">');
    expect(page.headers.get('content-security-policy')).to.match(/script-src 'self'(;|$)/);
    const api = await fetch(`${testServer.baseUrl}/api/nothing-here`);
    expect(api.status).to.equal(404);
    expect(api.headers.get('content-type')).to.match(/problem\+json/);
    expect((await fetch(`${testServer.baseUrl}/assets/missing.js`)).status).to.equal(404);
  });

  it('shows the login page accessibly and says what to do on a wrong password', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(testServer.baseUrl);
    await page.getByRole('heading', { name: 'Logg inn' }).waitFor();
    await expectAccessible(page, 'login');
    await screenshot(page, 'login');
    await page.getByLabel('E-post').fill(demoUsers.caseOfficer);
    await page.getByLabel('Passord').fill('wrong-password');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    expect(await page.getByRole('alert').innerText()).to.match(/Feil e-post eller passord.*prøv igjen/);
    await context.close();
  });

  it('case officer: every centre with letter status, deadline and meeting; centre, letter and indicators pages', async () => {
    const { context, page } = await logIn('caseOfficer');
    const rows = page.getByTestId('centre-overview').locator('tbody tr');
    expect(await rows.count()).to.be.greaterThan(15);
    expect(await page.getByTestId('centre-overview').innerText()).to.match(/Sendt/);
    await expectAccessible(page, 'case officer home');
    await screenshot(page, 'home-case-officer');

    await page.getByRole('link', { name: 'NAPHA', exact: true }).click();
    await settled(page);
    await page.getByRole('heading', { level: 1, name: /NAPHA/ }).waitFor();
    expect((await page.getByTestId('centre-frames').innerText()).replace(/\u00a0/g, ' ')).to.include('kr 18 000 000');
    await expectAccessible(page, 'centre page');

    const napha2009 = (await (await as('caseOfficer')).get('/api/letters?centre=NAPHA&year=2009')).body.items[0];
    const napha2009Detail = (await (await as('caseOfficer')).get(`/api/letters/${napha2009.id}`)).body;
    await page.goto(`${testServer.baseUrl}/letters/${napha2009.id}`);
    await settled(page);
    // Norwegian groups thousands with a no-break space.
    const budget = (await page.getByTestId('budget-table').innerText()).replace(/\u00a0/g, ' ');
    expect(budget).to.include('kr 18 000 000').and.include('kr 8 000 000');
    await expectAccessible(page, 'letter view');
    await screenshot(page, 'letter-napha-2009');
    // An issued letter's assignments still move on in status.
    const assignment = napha2009Detail.assignments[napha2009Detail.assignments.length - 1];
    await page.getByRole('combobox', { name: `Status for «${assignment.title}»` }).selectOption('in_progress');
    await page.getByText(`«${assignment.title}» har nå status Pågår.`).waitFor({ state: 'attached' });
    const officerApi = await as('caseOfficer');
    expect((await officerApi.get(`/api/assignments/${assignment.id}`)).body.status).to.equal('in_progress');
    await officerApi.patch(`/api/assignments/${assignment.id}`, { status: assignment.status });

    await page.getByRole('link', { name: 'Indikatorer' }).click();
    await settled(page);
    await page.getByRole('img', { name: /Andel kommuner i kontakt/ }).waitFor();
    // The seeded 2023 survey: other files may import later years, which would be shown first.
    await page.getByRole('combobox', { name: 'Kartleggingsår' }).selectOption('2023');
    await page.getByRole('img', { name: /Andel kommuner i kontakt.*2023/ }).waitFor();
    await expectAccessible(page, 'indicators (chart)');
    await page.getByRole('button', { name: 'Vis som tabell' }).first().click();
    expect(await page.getByRole('table').first().innerText()).to.match(/NAPHA.*76 %/s);
    await expectAccessible(page, 'indicators (table)');
    await screenshot(page, 'indicators');
    await context.close();
  });

  it('case officer: reorders a draft letter’s assignments by keyboard, ties allowed', async () => {
    const officer = await as('caseOfficer');
    const draft = await draftWithThree('assignments');
    const letter = (await officer.get(`/api/letters/${draft.id}`)).body;
    expect(letter.assignments.length).to.be.greaterThan(1);
    const last = letter.assignments[letter.assignments.length - 1];
    const { context, page } = await logIn('caseOfficer');
    await page.goto(`${testServer.baseUrl}/letters/${draft.id}`);
    await settled(page);
    await expectAccessible(page, 'letter editor');
    // Focus the last assignment's "raise priority" button and press Alt+ArrowUp on it.
    await page.getByRole('button', { name: `Øk prioritet – ${last.title}` }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.getByText(`«${last.title}» har nå rang ${last.rank - 1}.`).waitFor({ state: 'attached' });
    const stored = (await officer.get(`/api/assignments/${last.id}`)).body;
    expect(stored.rank).to.equal(last.rank - 1);
    // Enter works on the button too.
    await page.getByRole('button', { name: `Senk prioritet – ${last.title}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`«${last.title}» har nå rang ${last.rank}.`).waitFor({ state: 'attached' });
    expect((await officer.get(`/api/assignments/${last.id}`)).body.rank).to.equal(last.rank);
    await context.close();
  });

  it('case officer: edits a draft letter’s title and section order by keyboard, and saves', async () => {
    const officer = await as('caseOfficer');
    const draft = await draftWithThree('sections');
    const before = (await officer.get(`/api/letters/${draft.id}`)).body;
    expect(before.sections.length).to.be.greaterThan(1);
    const [first, second] = before.sections;
    const { context, page } = await logIn('caseOfficer');
    await page.goto(`${testServer.baseUrl}/letters/${draft.id}`);
    await settled(page);
    await page.getByRole('button', { name: 'Rediger brev' }).click();
    await page.getByLabel('Tittel', { exact: true }).fill(`${before.title} (revidert)`);
    await expectAccessible(page, 'letter content editor');
    // The first "move down" belongs to the first section.
    await page
      .getByRole('button', { name: /^Flytt ned/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    // Focus follows the moved section, so the next key press moves it again.
    expect(await page.locator(':focus').innerText()).to.include(first.heading);
    expect(await page.getByLabel('Overskrift 2').inputValue()).to.equal(first.heading);
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('button', { name: 'Rediger brev' }).waitFor();
    const after = (await officer.get(`/api/letters/${draft.id}`)).body;
    expect(after.title).to.equal(`${before.title} (revidert)`);
    expect(after.sections.slice(0, 2).map((s: any) => s.heading)).to.deep.equal([second.heading, first.heading]);
    await context.close();
  });

  it('case officer: imports a survey year as CSV and is told exactly what is wrong with a bad one', async () => {
    const { context, page } = await logIn('caseOfficer');
    await page.getByRole('link', { name: 'Indikatorer' }).click();
    await settled(page);
    await page.getByLabel('Kartleggingsår', { exact: true }).last().fill('2031');
    await page.getByLabel('Eller lim inn CSV').fill('centre;n;contacted_pct;web\nNOPE;300;50;20');
    await page.getByRole('button', { name: 'Importer' }).click();
    expect(await page.getByRole('alert').innerText()).to.include(
      'linje 2, kolonne centre: ukjent senter eller gruppe "NOPE"',
    );
    await page.getByLabel('Eller lim inn CSV').fill('centre;n;contacted_pct;web\nNKVTS;300;50;20');
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByText('Importerte 1 rad for 2031.').waitFor();
    await settled(page);
    await page.getByRole('img', { name: /Andel kommuner i kontakt med senteret, 2031/ }).waitFor();
    await expectAccessible(page, 'indicators after import');
    await context.close();
  });

  it('finance officer: frames per centre with totals in Norwegian kroner', async () => {
    const { context, page } = await logIn('finance');
    expect(await page.getByTestId('frames-table').innerText())
      .to.match(/kap\. 743 post 62/)
      .and.match(/kr\s\d/);
    // Each centre's total, each budget line's and the year's are the sums of the year's frames.
    const year = Number(osloToday().slice(0, 4));
    const answer = (await (await as('finance')).get(`/api/budget-frames?year=${year}&pageSize=200`)).body;
    const listed = answer.items as {
      centre: { code: string };
      budgetLine: { chapter: number; item: number };
      amountOre: number;
    }[];
    expect(answer.total, 'the year fits one page').to.equal(listed.length);
    const sum = (frames: typeof listed) => formatMoney(frames.reduce((total, f) => total + f.amountOre, 0));
    const table = page.getByTestId('frames-table');
    const naphaRow = table.locator('tbody tr').filter({ has: page.getByRole('link', { name: 'NAPHA', exact: true }) });
    expect(await naphaRow.locator('td').last().innerText()).to.equal(
      sum(listed.filter((f) => f.centre.code === 'NAPHA')),
    );
    const column = (await table.locator('thead th').allInnerTexts()).findIndex((text) =>
      /kap\. 743 post 62/.test(text),
    );
    expect(
      await table
        .locator('tfoot td')
        .nth(column - 1)
        .innerText(),
    ).to.equal(sum(listed.filter((f) => f.budgetLine.chapter === 743 && f.budgetLine.item === 62)));
    expect(await table.locator('tfoot td').last().innerText()).to.equal(sum(listed));
    await expectAccessible(page, 'finance home');
    await screenshot(page, 'home-finance');
    // Change one frame in place, by keyboard; a bad amount is explained, a good one saved in øre.
    await page
      .getByRole('button', { name: /^Rediger/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    const field = page.getByLabel(/^Ramme for .*i kroner$/);
    expect(await page.locator(':focus').getAttribute('id')).to.equal(await field.getAttribute('id'));
    await field.fill('atten millioner');
    await page.keyboard.press('Enter');
    await page.getByText('Skriv beløpet i kroner').waitFor();
    await expectAccessible(page, 'finance frame editor with an error');
    await field.fill('12 345 678,90');
    await page.keyboard.press('Enter');
    await page.getByText(/^Rammen for .* er nå kr\s12.345.678,90\.$/).waitFor({ state: 'attached' });
    const frames = (await (await as('finance')).get(`/api/budget-frames?year=${year}&pageSize=200`)).body.items;
    expect(frames.map((f: any) => f.amountOre)).to.include(1_234_567_890);
    await context.close();
  });

  it('admin: users and the audit trail', async () => {
    const { context, page } = await logIn('admin');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Brukere' }).click();
    await settled(page);
    expect(await page.getByTestId('users-table').innerText()).to.include('leder@napha.example');
    await expectAccessible(page, 'admin users');
    // A new centre user: the server's "needs a centre" comes back next to the form, then it works.
    await page.getByLabel('E-post').fill('ny.leder@rvts-ost.example');
    await page.getByLabel('Navn').fill('Ny Leder');
    await page.getByRole('checkbox', { name: 'Senterleder' }).check();
    await page.getByLabel('Startpassord (minst 12 tegn)').fill('et langt nok passord');
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    expect(await page.getByRole('alert').innerText()).to.include('må fylles ut for senterroller');
    await page.getByLabel('Senter', { exact: true }).selectOption('RVTS-OST');
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByText('Opprettet ny.leder@rvts-ost.example.').waitFor();
    await page.getByTestId('users-table').getByText('ny.leder@rvts-ost.example').waitFor();
    await expectAccessible(page, 'admin users after creating one');
    await page.getByRole('link', { name: 'Revisjonslogg' }).click();
    await settled(page);
    expect(await page.getByTestId('audit-table').innerText()).to.include('login');
    await expectAccessible(page, 'audit trail');
    await context.close();
  });

  it('centre leader: logs in by keyboard and sees only their own centre on every page', async () => {
    const officer = await as('caseOfficer');
    const centres = (await officer.get('/api/centres?pageSize=200')).body.items as { code: string; name: string }[];
    const others = centres.filter((c) => c.code !== 'NAPHA');
    const { context, page } = await logIn('naphaLeader', true);

    // Every centre reference in every API answer the pages get must be NAPHA (or its group).
    const seen: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        // Survey figures name their centre (or group) by code.
        if ('kind' in value && 'code' in value && (value.kind === 'centre' || value.kind === 'group'))
          seen.push(String(value.code));
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'centre' && typeof inner === 'string') seen.push(inner);
          else if (key === 'centre' && inner && typeof inner === 'object' && 'code' in inner)
            seen.push(String(inner.code));
          else collect(inner);
        }
      }
    };
    const pending: Promise<void>[] = [];
    page.on('response', (response: Response) => {
      if (!response.url().includes('/api/') || !response.ok()) return;
      if (!(response.headers()['content-type'] ?? '').includes('json')) return;
      pending.push(response.json().then(collect, () => undefined));
    });

    await page.reload();
    await settled(page);
    expect(await page.getByTestId('centre-heading').innerText()).to.match(/^NAPHA/);
    expect(await page.getByTestId('my-assignments').locator('tbody tr').count()).to.be.greaterThan(0);
    await expectAccessible(page, 'centre leader home');
    await screenshot(page, 'home-centre-leader');
    const pages = ['/', '/centres/NAPHA', '/indicators'];
    const letters = (await (await as('naphaLeader')).get('/api/letters')).body.items as { id: number }[];
    pages.push(...letters.slice(0, 2).map((l) => `/letters/${l.id}`));
    for (const path of pages) {
      await page.goto(`${testServer.baseUrl}${path}`);
      await settled(page);
      const text = await page.locator('main').innerText();
      for (const other of others)
        expect(text, `${path} shows ${other.code}`).not.to.match(new RegExp(`\\b${other.code}\\b`));
      if (path !== '/') await expectAccessible(page, `centre leader ${path}`);
    }
    // Another centre's page answers "not found", without its data.
    await page.goto(`${testServer.baseUrl}/centres/KORUS-NORD`);
    await settled(page);
    expect(await page.locator('main').innerText()).to.match(/Fant ikke/);
    await Promise.all(pending);
    expect(seen.length).to.be.greaterThan(5);
    expect([...new Set(seen)].filter((code) => code !== 'NAPHA')).to.deep.equal([]);
    await context.close();
  });

  it('works on a phone-sized screen without serious accessibility problems', async () => {
    const { context, page } = await logIn('caseOfficer');
    await page.setViewportSize({ width: 390, height: 844 });
    await settled(page);
    // The page itself does not scroll sideways; the wide table scrolls in its own region.
    const pageWidth = await page.locator('html').evaluate((html) => html.scrollWidth);
    const wide = await page.locator('body *:not(.scroll-region *)').evaluateAll((elements) =>
      elements
        .filter((el) => el.getBoundingClientRect().right > 392)
        .slice(0, 5)
        .map((el) => `${el.tagName}.${el.className}`),
    );
    expect(pageWidth, `too wide: ${wide.join(', ')}`).to.be.at.most(390);
    await expectAccessible(page, 'case officer home on a phone');
    await screenshot(page, 'home-case-officer-phone');
    await context.close();
  });

  it('switches to English and back; the skip link leads to the main content', async () => {
    const { context, page } = await logIn('caseOfficer');
    // A fresh page load: right after logging in, Chromium starts the Tab order where the (removed)
    // login button was, which lands inside the page under load — not what this test is about.
    await page.reload();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await settled(page);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').innerText()).to.equal('Hopp til hovedinnhold');
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').getAttribute('id')).to.equal('main');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).to.equal('en');
    await expectAccessible(page, 'case officer home in English');
    await page.getByRole('button', { name: 'Bytt til norsk' }).click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await context.close();
  });
  it('steering meeting: the centre leader adds an agenda item; the case officer puts it first and finalises', async () => {
    const officer = await as('caseOfficer');
    const meetingDate = format(addDays(new Date(), 60), 'yyyy-MM-dd');
    const created = await officer.post('/api/steering-meetings', {
      centre: 'NAPHA',
      year: Number(meetingDate.slice(0, 4)),
      sequence: 7,
      meetingDate,
      startTime: '10:00',
      location: 'Helsedirektoratet, Oslo',
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const meetingId = created.body.id as number;
    await officer.post(`/api/steering-meetings/${meetingId}/agenda-items`, { title: 'Budsjett for neste år' });

    const leader = await openAs('naphaLeader');
    await leader.page.goto(`${testServer.baseUrl}/meetings/${meetingId}`);
    await settled(leader.page);
    await leader.page.getByLabel('Tittel på saken').fill('Rekruttering i kommunene');
    await leader.page.getByLabel('Beskrivelse (valgfritt)').fill('Senteret ønsker å drøfte rekruttering.');
    await leader.page.getByLabel('Vedlegg (valgfritt)').setInputFiles({
      name: 'notat.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    });
    await leader.page.getByRole('button', { name: 'Legg til sak' }).click();
    await leader.page.getByText('Saken «Rekruttering i kommunene» er lagt til dagsorden med 1 vedlegg.').waitFor();
    expect(await leader.page.getByLabel('Tittel på saken').inputValue()).to.equal('');
    await leader.page.locator('.agenda-list').getByRole('link', { name: 'notat.pdf' }).waitFor();
    const agendaText = await leader.page.locator('.agenda-list').innerText();
    expect(agendaText.indexOf('Budsjett for neste år')).to.be.lessThan(agendaText.indexOf('Rekruttering i kommunene'));
    expect(agendaText).to.include('Meldt inn av');
    await expectAccessible(leader.page, 'steering meeting (centre leader)');
    await screenshot(leader.page, 'meeting-centre-leader');
    const stored = (await officer.get(`/api/steering-meetings/${meetingId}`)).body.agenda;
    expect(stored.map((i: any) => [i.title, i.side])).to.deep.equal([
      ['Budsjett for neste år', 'directorate'],
      ['Rekruttering i kommunene', 'centre'],
    ]);

    const { context, page } = await openAs('caseOfficer');
    await page.goto(`${testServer.baseUrl}/meetings/${meetingId}`);
    await settled(page);
    await page.getByRole('button', { name: /^Flytt opp\s*:\s*Rekruttering i kommunene$/ }).click();
    await page.getByText('Rekkefølgen på dagsorden er endret.').waitFor();
    await page.getByRole('button', { name: 'Fastsett dagsorden' }).click();
    await page.getByText('Dagsorden er fastsatt. Møtepakken lagres.').waitFor();
    const after = (await officer.get(`/api/steering-meetings/${meetingId}`)).body;
    expect(after.agenda.map((i: any) => i.title)).to.deep.equal(['Rekruttering i kommunene', 'Budsjett for neste år']);
    expect(after.agendaStatus).to.equal('final');
    await expectAccessible(page, 'steering meeting (case officer)');
    await page.goto(`${testServer.baseUrl}/meetings`);
    await settled(page);
    await page.getByRole('combobox').selectOption(meetingDate.slice(0, 4));
    await settled(page);
    const row = page.locator('main table tr', { hasText: 'Dagsorden er endelig' });
    await row.first().waitFor();
    expect(await row.first().innerText()).to.include('Nasjonalt kompetansesenter for psykisk helsearbeid');
    await expectAccessible(page, 'steering meetings of the year');
    await context.close();

    // The centre can no longer add items to a final agenda, and is told so.
    await leader.page.reload();
    await settled(leader.page);
    expect(await leader.page.getByLabel('Tittel på saken').count()).to.equal(0);
    await leader.page.getByText('Dagsorden er stengt for nye saker fra dere.').waitFor();
    await leader.context.close();
  });

  it('steering meeting: the case officer writes minutes with an action item; the centre leader approves them', async () => {
    const officer = await as('caseOfficer');
    const created = await officer.post('/api/steering-meetings', {
      centre: 'NAPHA',
      year: 2026,
      sequence: 8,
      meetingDate: '2026-03-10',
      startTime: '12:00',
    });
    const meetingId = created.body.id as number;
    const leaderId = (await (await as('naphaLeader')).get('/api/me')).body.user.id as number;
    await officer.put(`/api/steering-meetings/${meetingId}/participants`, { participants: [{ userId: leaderId }] });

    const { context, page } = await openAs('caseOfficer');
    await page.goto(`${testServer.baseUrl}/meetings/${meetingId}`);
    await settled(page);
    await page.getByLabel('Sammendrag').fill('Gjennomgang av oppdragene.');
    await page.getByLabel('Vedtak (ett per linje)').fill('Kartleggingen fortsetter.\nNeste møte i oktober.');
    await page.getByRole('button', { name: 'Legg til oppfølgingspunkt' }).click();
    await page.getByLabel('Hva skal gjøres').fill('Sende oversikt over kommunekontakter');
    await page.getByLabel('Ansvarlig').selectOption({ label: 'Siri Moen' });
    await page.getByLabel('Frist', { exact: true }).fill('2026-04-15');
    await expectAccessible(page, 'minutes editor');
    await page.getByRole('button', { name: 'Lagre referatet' }).click();
    await page.getByText('Referatet er lagret.').waitFor();
    const minutes = (await officer.get(`/api/steering-meetings/${meetingId}`)).body.minutes;
    expect(minutes.decisions).to.deep.equal(['Kartleggingen fortsetter.', 'Neste møte i oktober.']);
    expect(minutes.actionItems.map((a: any) => [a.title, a.owner.id, a.dueDate])).to.deep.equal([
      ['Sende oversikt over kommunekontakter', leaderId, '2026-04-15'],
    ]);
    await context.close();

    const leader = await openAs('naphaLeader');
    await leader.page.goto(`${testServer.baseUrl}/meetings/${meetingId}`);
    await settled(leader.page);
    expect(await leader.page.getByLabel('Sammendrag').count(), 'only the case officer writes').to.equal(0);
    await leader.page.getByRole('button', { name: 'Godkjenn referatet' }).click();
    await leader.page.getByText('Du har godkjent referatet.').waitFor();
    await leader.page.getByText('Godkjent av én part').waitFor();
    expect((await officer.get(`/api/steering-meetings/${meetingId}`)).body.minutes.centreApproval.by.id).to.equal(
      leaderId,
    );

    // The centre's calendar of the year, month by month, from the home page.
    await leader.page.getByRole('link', { name: 'Forside' }).click();
    await settled(leader.page);
    await leader.page.getByRole('link', { name: 'Årskalender' }).click();
    // The home page stays on screen while the calendar's code loads: its own year select must not be
    // the one changed (a CI run did, and that navigation took the page back home).
    await leader.page.getByRole('heading', { level: 1, name: /^Årskalender 2026/ }).waitFor();
    await settled(leader.page);
    await leader.page.getByLabel('År').selectOption('2026');
    const march = leader.page.locator('section', { has: leader.page.getByRole('heading', { name: 'mars 2026' }) });
    await march.getByText('8. styringsmøte kl. 12:00').waitFor();
    expect(await march.innerText()).to.include('10. mars 2026');
    await expectAccessible(leader.page, 'centre calendar');

    // My page: a private calendar feed a calendar program can read without logging in.
    await leader.page.getByRole('link', { name: 'Min side' }).click();
    await settled(leader.page);
    await leader.page.getByRole('button', { name: 'Lag kalenderlenke' }).click();
    const url = await leader.page.getByLabel('Din private kalenderlenke').inputValue();
    const feed = await fetch(`${testServer.baseUrl}${new URL(url).pathname}`);
    expect(feed.status).to.equal(200);
    expect(await feed.text())
      .to.include('BEGIN:VCALENDAR')
      .and.include('Styringsmøte 8 2026: NAPHA');
    await expectAccessible(leader.page, 'my page');
    await screenshot(leader.page, 'my-page-centre-leader');
    await leader.context.close();
  });

  // The main flows end to end on a year of their own (2015), so the seeded current year stays as
  // other tests expect it: a NAPHA letter is submitted, approved, issued by the bulk button with a
  // real worker, accepted with a bank account; NAPHA hands in its report by keyboard and the case
  // officer accepts it; finance pays on a frame of that year, with the override reasons asked for.
  describe('main flows: letter, bulk issue, hand-in, payment', function () {
    const year = 2015;
    let connection: ReturnType<typeof createBullConnection>;
    let worker: ReturnType<typeof createWorker>;
    let officerSession: { context: BrowserContext; page: Page };
    let letterId: number;
    let otherLetterId: number;

    before(async function () {
      this.timeout(120_000);
      connection = createBullConnection();
      worker = createWorker(connection, { concurrency: 1 });
      const officer = await as('caseOfficer');
      const create = async (centre: string) =>
        (await officer.post('/api/letters', { centre, year, title: `Tilskudd ${year}`, startFrom: 'template' })).body
          .id as number;
      letterId = await create('NAPHA');
      // A second letter, already approved, so the bulk job has more than one to issue.
      otherLetterId = await create('NSSF');
      await officer.post(`/api/letters/${otherLetterId}/submit`);
      await (await as('approver')).post(`/api/letters/${otherLetterId}/approve`);
      officerSession = await logIn('caseOfficer');
    });

    after(async () => {
      await officerSession?.context.close();
      await worker?.close();
      await connection?.quit();
      // Leave no open NAPHA deadline of that year behind: overdue hand-ins hold payments elsewhere.
      const officer = await as('caseOfficer');
      const open = (await officer.get(`/api/deadlines?centre=NAPHA&year=${year}&pageSize=100`)).body.items as {
        id: number;
        status: string;
      }[];
      for (const deadline of open.filter((d) => !['accepted', 'cancelled', 'submitted'].includes(d.status)))
        await officer.patch(`/api/deadlines/${deadline.id}`, { status: 'cancelled' });
    });

    it('case officer submits a draft letter; the approver approves it electronically', async () => {
      const { page } = officerSession;
      await page.goto(`${testServer.baseUrl}/letters/${letterId}`);
      await settled(page);
      expect(await page.getByTestId('letter-state').innerText()).to.include('Utkast');
      expect(await page.getByRole('link', { name: /Forhåndsvis/ }).getAttribute('target')).to.equal('_blank');
      await expectAccessible(page, 'letter workflow (draft)');
      const focusedTestId = (p: Page) => p.locator(':focus').getAttribute('data-testid');
      await page.getByRole('button', { name: 'Send til godkjenning' }).click();
      // The result shows on the page and takes the focus (not <body>).
      await page.getByTestId('workflow-result').getByText('Brevet er sendt til godkjenning.').waitFor();
      expect(await focusedTestId(page)).to.equal('workflow-result');
      await page.getByTestId('letter-state').getByText('Til godkjenning').waitFor();
      // The case officer may not approve; only the approver sees that button.
      expect(await page.getByRole('button', { name: 'Godkjenn brevet' }).count()).to.equal(0);

      const approver = await logIn('approver');
      await approver.page.goto(`${testServer.baseUrl}/letters/${letterId}`);
      await settled(approver.page);
      // Sent back to draft: a reason is required, and the case officer sees it on the letter.
      await approver.page.getByRole('button', { name: 'Send tilbake til utkast' }).click();
      const back = approver.page.getByRole('dialog', { name: 'Send brevet tilbake til utkast' });
      await back.getByRole('button', { name: 'Send tilbake til utkast' }).click();
      await back.getByText('Skriv hvorfor brevet sendes tilbake.').first().waitFor();
      await expectAccessible(approver.page, 'return dialog');
      await back.getByLabel('Begrunnelse').fill('Rett fristen for planen.');
      await back.getByRole('button', { name: 'Send tilbake til utkast' }).click();
      await approver.page.getByTestId('workflow-result').getByText('Brevet er sendt tilbake til utkast.').waitFor();
      expect(await focusedTestId(approver.page)).to.equal('workflow-result');
      await page.reload();
      await settled(page);
      await page.getByTestId('letter-returned').getByText('Rett fristen for planen.').waitFor();
      await page.getByRole('button', { name: 'Send til godkjenning' }).click();
      await page.getByTestId('workflow-result').getByText('Brevet er sendt til godkjenning.').waitFor();

      await approver.page.reload();
      await settled(approver.page);
      await approver.page.getByRole('button', { name: 'Godkjenn brevet' }).click();
      // Without a budget frame for the year the approver is asked first, and may go on.
      if ((await (await as('caseOfficer')).get(`/api/letters/${letterId}/checks`)).body.missingBudgetFrame) {
        const ask = approver.page.getByRole('dialog', { name: 'Ingen budsjettramme' });
        await ask.getByText(`Brevet har ingen budsjettramme for ${year}. Vil du fortsette?`).waitFor();
        await ask.getByRole('button', { name: 'Fortsett likevel' }).click();
      }
      await approver.page.getByText(/^Godkjent elektronisk av /).waitFor();
      await expectAccessible(approver.page, 'letter workflow (approved)');
      await approver.context.close();
      expect((await (await as('caseOfficer')).get(`/api/letters/${letterId}`)).body.status).to.equal('approved');
    });

    it('case officer issues one letter after confirming, as it cannot be undone', async () => {
      const officer = await as('caseOfficer');
      const created = await officer.post('/api/letters', {
        centre: 'SANKS',
        year: 2014,
        title: 'Tilskudd 2014',
        startFrom: 'template',
      });
      const id = created.body.id as number;
      expect((await officer.post(`/api/letters/${id}/submit`)).status).to.equal(200);
      expect((await (await as('approver')).post(`/api/letters/${id}/approve`)).status).to.equal(200);
      const { page } = officerSession;
      await page.goto(`${testServer.baseUrl}/letters/${id}`);
      await settled(page);
      await page.getByRole('button', { name: 'Send ut brevet' }).click();
      const confirm = page.getByRole('dialog', { name: 'Sende ut brevet?' });
      await confirm.getByText(/Det kan ikke angres/).waitFor();
      await expectAccessible(page, 'issue confirmation', 'dialog[open]');
      await confirm.getByRole('button', { name: 'Avbryt' }).first().click();
      await confirm.waitFor({ state: 'hidden' });
      expect((await officer.get(`/api/letters/${id}`)).body.status, 'cancel issues nothing').to.equal('approved');
      await page.getByRole('button', { name: 'Send ut brevet' }).click();
      await confirm.getByRole('button', { name: 'Ja, send ut brevet' }).click();
      await page
        .getByTestId('workflow-result')
        .getByText(/^Brevet er sendt ut/)
        .waitFor();
      expect(await page.locator(':focus').getAttribute('data-testid')).to.equal('workflow-result');
      expect((await officer.get(`/api/letters/${id}`)).body.status).to.equal('issued');
      await waitForQueueIdle(); // the issue job (PDF, e-mail) done before the next test counts letters
      // Leave no open deadline of that year behind.
      const open = (await officer.get(`/api/deadlines?centre=SANKS&year=2014&pageSize=100`)).body.items as {
        id: number;
      }[];
      for (const deadline of open) await officer.patch(`/api/deadlines/${deadline.id}`, { status: 'cancelled' });
    });

    it('case officer issues every approved letter of the year and sees the progress bar finish', async () => {
      const { page } = officerSession;
      await page.goto(testServer.baseUrl);
      await settled(page);
      await page.getByLabel('År', { exact: true }).selectOption(String(year));
      await settled(page);
      await page.getByRole('button', { name: 'Send ut alle godkjente brev' }).click();
      await page.getByTestId('bulk-status').getByText('2 av 2 brev sendt').waitFor({ timeout: 45_000 });
      await page.getByText('Ferdig: 2 brev sendt, 0 feilet.').waitFor();
      const bar = page.getByRole('progressbar', { name: 'Utsending av godkjente brev' });
      expect(await bar.getAttribute('value')).to.equal('2');
      expect(await bar.getAttribute('max')).to.equal('2');
      await expectAccessible(page, 'bulk issue finished');
      await screenshot(page, 'bulk-issue');
      const officer = await as('caseOfficer');
      for (const id of [letterId, otherLetterId])
        expect((await officer.get(`/api/letters/${id}`)).body.status).to.equal('issued');
    });

    it('centre leader accepts the letter: a bad bank account is named at the field, then it is accepted', async () => {
      const leader = await logIn('naphaLeader');
      const { page } = leader;
      await page.goto(`${testServer.baseUrl}/letters/${letterId}`);
      await settled(page);
      await page.getByText('Venter på aksept fra senteret.').waitFor();
      await page.getByRole('button', { name: 'Aksepter brevet' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Kontonummer (11 siffer)').fill('1234 56 78901');
      await dialog.getByRole('checkbox', { name: 'Senteret godtar vilkårene i brevet' }).check();
      await expectAccessible(page, 'accept dialog', 'dialog[open]');
      await dialog.getByRole('button', { name: 'Aksepter brevet' }).click();
      await dialog
        .getByText(/må være et norsk kontonummer/)
        .first()
        .waitFor();
      await dialog.getByLabel('Kontonummer (11 siffer)').fill('8601 11 17947');
      await dialog.getByRole('button', { name: 'Aksepter brevet' }).click();
      await page.getByText(/^Akseptert av .*8601 11 17947/).waitFor();
      await page.getByTestId('letter-state').getByText('Akseptert').waitFor();
      expect(await page.locator(':focus').getAttribute('data-testid')).to.equal('workflow-result');
      expect((await (await as('naphaLeader')).get(`/api/letters/${letterId}`)).body.acceptedAt).to.be.a('string');

      // Hand in the accounts by keyboard only: file input, comment, submit (a report is written on its own page).
      const report = (await (await as('naphaLeader')).get(`/api/deadlines?year=${year}&kind=accounts`)).body.items[0];
      await page.goto(`${testServer.baseUrl}/`);
      await settled(page);
      await page.goto(`${testServer.baseUrl}/deadlines/${report.id}`);
      await settled(page);
      const tabTo = async (matches: () => Promise<boolean>) => {
        for (let presses = 0; presses < 40; presses++) {
          if (await matches()) return;
          await page.keyboard.press('Tab');
        }
        throw new Error('never reached by Tab');
      };
      const focusedId = async () => {
        const focused = page.locator(':focus');
        return (await focused.count()) ? ((await focused.getAttribute('id')) ?? '') : '';
      };
      await tabTo(async () => (await focusedId()) === 'hand-in-files');
      // A type the server refuses (415) is explained at the field.
      await chooseFilesBySpace(page, {
        name: 'program.exe',
        mimeType: 'application/x-msdownload',
        buffer: Buffer.from('MZ'),
      });
      await page.keyboard.press('Tab');
      await page.keyboard.type('Rapporten for året.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByText(/^Filtypen støttes ikke/).waitFor();
      expect(await focusedId()).to.equal('hand-in-files');
      await chooseFilesBySpace(page, [
        { name: 'rapport.pdf', mimeType: 'application/pdf', buffer: minimalPdf() },
        { name: 'vedlegg.txt', mimeType: 'text/plain', buffer: Buffer.from('Tall og kommentarer') },
      ]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByText('Innleveringen er mottatt.').waitFor();
      expect(await page.getByTestId('hand-ins').innerText())
        .to.include('rapport.pdf')
        .and.include('vedlegg.txt');
      await expectAccessible(page, 'deadline after hand-in');
      await leader.context.close();

      // The case officer accepts it: accounts hand-ins need the assessment.
      const officerPage = officerSession.page;
      await officerPage.goto(`${testServer.baseUrl}/deadlines/${report.id}`);
      await settled(officerPage);
      expect(await officerPage.getByTestId('hand-ins').innerText()).to.include('Rapporten for året.');
      await officerPage.getByRole('button', { name: 'Lagre vurdering' }).click();
      await officerPage.getByText('Fyll ut vurderingen før du godkjenner.').first().waitFor();
      await officerPage.getByLabel('Vurdering av måloppnåelse').fill('Målene er nådd.');
      await officerPage.getByLabel('Vurdering av bruken av midlene').fill('Midlene er brukt som forutsatt.');
      await expectAccessible(officerPage, 'deadline review');
      await officerPage.getByRole('button', { name: 'Lagre vurdering' }).click();
      await officerPage.getByText('Innleveringen er godkjent.').waitFor();
      expect((await (await as('caseOfficer')).get(`/api/deadlines/${report.id}`)).body.status).to.equal('accepted');
    });

    it('finance logs a disbursement in kroner, giving the reasons the server asks for', async () => {
      const finance = await as('finance');
      await finance.post('/api/budget-lines', {
        year,
        chapter: 743,
        item: 62,
        name: 'Kap. 743 post 62',
        holdWhenOverdue: false,
      });
      const frame = await finance.post('/api/budget-frames', {
        centre: 'NAPHA',
        year,
        budgetLine: { chapter: 743, item: 62 },
        amountOre: 100_000_00,
        letterId,
      });
      expect(frame.status, JSON.stringify(frame.body)).to.equal(201);
      const { context, page } = await logIn('finance');
      await page.getByLabel('År', { exact: true }).selectOption(String(year));
      await settled(page);
      await page.getByLabel('Ramme', { exact: true }).selectOption(String(frame.body.id));
      await page.getByLabel('Utbetalingsdato').fill(`${year}-03-01`);
      await page.getByLabel('Beløp i kroner').fill('150 000');
      await page.getByLabel('Bilagsnummer').fill('B-2015-1');
      await page.getByRole('button', { name: 'Registrer utbetaling' }).click();
      // Beyond the frame: the server asks for a reason; the field appears and has focus.
      const reason = page.getByLabel('Begrunnelse for å betale ut over rammen');
      await reason.waitFor();
      await page.getByText('Utbetalingen krever en begrunnelse.', { exact: false }).waitFor();
      await expectAccessible(page, 'disbursement asking for a reason');
      await reason.fill('Vedtatt økning, ny ramme kommer i revidert budsjett.');
      await page.getByRole('button', { name: 'Registrer utbetaling' }).click();
      await page
        .getByTestId('disbursement-status')
        .getByText(/^Utbetalingen på kr\s150.000 til NAPHA/)
        .waitFor();
      const paid = (await finance.get(`/api/disbursements?budgetFrameId=${frame.body.id}`)).body.items;
      expect(paid.map((p: any) => [p.amountOre, p.voucherReference, p.overrides.overFrameReason])).to.deep.equal([
        [150_000_00, 'B-2015-1', 'Vedtatt økning, ny ramme kommer i revidert budsjett.'],
      ]);
      await context.close();
    });
  });

  // The screens for drafting, money and deadlines. Runs after the main flows, so the outbox holds
  // their issue e-mails; new letters go to years of their own (2010, 2016) so the current year stays
  // as the other tests expect it.
  describe('screens: new letters, joint assignments, charts, due dates, admin', function () {
    /** Text as shown, with Norway's no-break thousands separators as plain spaces. */
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const tableRow = (page: Page, testId: string, label: string) =>
      page.getByTestId(testId).locator('tr', { hasText: label }).first().innerText();
    // One case officer page for the block.
    let officerSession: { context: BrowserContext; page: Page };
    before(async () => {
      officerSession = await openAs('caseOfficer');
    });
    after(async () => {
      await officerSession?.context.close();
    });

    it('case officer starts NAPHA’s 2010 letter from the 2009 letter, choosing carry-overs, and lands on the draft', async () => {
      const officer = await as('caseOfficer');
      const basis = (await officer.get('/api/letters/draft-basis?centre=NAPHA&year=2010')).body;
      expect(basis.previousLetter.year).to.equal(2009);
      expect(basis.openAssignments.length).to.be.greaterThan(1);
      const dropped = basis.openAssignments[basis.openAssignments.length - 1];
      const { page } = officerSession;
      await page.goto(testServer.baseUrl);
      await settled(page);
      await page.goto(`${testServer.baseUrl}/centres/NAPHA`);
      await settled(page);
      await page.getByRole('link', { name: 'Nytt brev' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nytt tilskuddsbrev' }).waitFor();
      expect(await page.getByLabel('Senter', { exact: true }).inputValue()).to.equal('NAPHA');
      await page.getByLabel('År', { exact: true }).selectOption('2010');
      await settled(page);
      expect(await page.getByRole('radio', { name: 'Brevet for 2009' }).isChecked()).to.equal(true);
      const carried = page.getByRole('group', { name: 'Åpne oppdrag som tas med' }).getByRole('checkbox');
      expect(await carried.count()).to.equal(basis.openAssignments.length);
      await expectAccessible(page, 'new letter');
      await page.getByRole('checkbox', { name: `${dropped.rank}. ${dropped.title}` }).uncheck();
      await page.getByLabel('Tittel', { exact: true }).fill('Tilskudd og oppdrag for 2010 (fra skjermen)');
      await page.getByRole('button', { name: 'Opprett utkast' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tilskudd og oppdrag for 2010 (fra skjermen)' }).waitFor();
      const id = Number(/\/letters\/(\d+)$/.exec(page.url())?.[1]);
      const letter = (await officer.get(`/api/letters/${id}`)).body;
      expect([letter.centre.code, letter.year, letter.kind, letter.status]).to.deep.equal([
        'NAPHA',
        2010,
        'main',
        'draft',
      ]);
      expect(letter.priorityAreas.map((a: any) => a.title)).to.deep.equal(basis.priorityAreas.map((a: any) => a.title));
      expect(letter.assignments.map((a: any) => a.title).sort()).to.deep.equal(
        basis.openAssignments
          .filter((a: any) => a.id !== dropped.id)
          .map((a: any) => a.title)
          .sort(),
      );
    });

    it('case officer gives a joint assignment to two centres from the dialog', async () => {
      const year = 2016;
      const officer = await as('caseOfficer');
      const letterIds: Record<string, number> = {};
      for (const centre of ['NKVTS', 'SIFER'])
        letterIds[centre] = (
          await officer.post('/api/letters', { centre, year, title: `Tilskudd ${year}`, startFrom: 'template' })
        ).body.id;
      const { page } = officerSession;
      await page.goto(testServer.baseUrl);
      await settled(page);
      await page.getByLabel('År', { exact: true }).selectOption(String(year));
      await settled(page);
      await page.getByRole('button', { name: 'Gi felles oppdrag' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Tittel', { exact: true }).fill('Felles veileder for kommunene');
      await dialog.getByLabel('Rang').fill('2');
      // A centre without a letter that year is named, not offered; one centre is too few.
      expect(await dialog.getByRole('checkbox', { name: /^NAPHA – / }).count()).to.equal(0);
      expect(await dialog.getByTestId('without-letter').innerText()).to.match(/: .*\bNAPHA\b/);
      await dialog.getByRole('checkbox', { name: /^NKVTS – / }).check();
      await dialog.getByRole('button', { name: 'Gi oppdraget' }).click();
      await dialog.getByText('Velg minst to sentre.').waitFor();
      await expectAccessible(page, 'joint assignment dialog');
      await dialog.getByRole('checkbox', { name: /^SIFER – / }).check();
      await dialog.getByRole('button', { name: 'Gi oppdraget' }).click();
      const result = page.getByTestId('joint-result');
      await result.getByText('«Felles veileder for kommunene» er gitt til 2 sentre:').waitFor();
      expect(await result.getByRole('link').allInnerTexts()).to.deep.equal([
        'NKVTS: Tilskuddsbrev',
        'SIFER: Tilskuddsbrev',
      ]);
      for (const id of Object.values(letterIds)) {
        const assignments = (await officer.get(`/api/letters/${id}`)).body.assignments;
        expect(assignments.map((a: any) => [a.title, a.rank, a.jointAssignmentId !== null])).to.deep.include([
          'Felles veileder for kommunene',
          2,
          true,
        ]);
      }
    });

    it('finance home: frame, paid and accounted per centre as a chart and a table with the right figures', async () => {
      const year = new Date().getFullYear();
      const portfolio = (await (await as('finance')).get(`/api/portfolio?year=${year}`)).body;
      const napha = portfolio.byCentre.find((c: any) => c.centre.code === 'NAPHA');
      expect(napha.frameOre).to.be.greaterThan(0);
      const { context, page } = await openAs('finance');
      const chart = page.getByTestId('portfolio-chart');
      await chart
        .getByRole('img', { name: new RegExp(`Ramme, utbetalt og regnskapsført per senter, ${year}`) })
        .waitFor();
      expect(plain(await chart.innerText())).to.include(
        `I alt: ramme ${formatMoney(portfolio.totals.frameOre)}, utbetalt ${formatMoney(portfolio.totals.paidOre)}, regnskapsført ${formatMoney(portfolio.totals.spentOre)}.`.replace(
          /[\u00a0\u202f]/g,
          ' ',
        ),
      );
      await expectAccessible(page, 'finance home with chart');
      await chart.getByRole('button', { name: 'Vis som tabell' }).click();
      const row = plain(await tableRow(page, 'portfolio-chart', 'NAPHA –'));
      expect(row.split('\t').slice(1)).to.deep.equal(
        [napha.frameOre, napha.paidOre, napha.spentOre].map((ore: number) => plain(formatMoney(ore))),
      );
      const total = plain(await tableRow(page, 'portfolio-chart', 'Sum'));
      expect(total.split('\t').slice(1)).to.deep.equal(
        [portfolio.totals.frameOre, portfolio.totals.paidOre, portfolio.totals.spentOre].map((ore: number) =>
          plain(formatMoney(ore)),
        ),
      );
      await expectAccessible(page, 'finance chart as a table');
      await screenshot(page, 'finance-chart');
      await context.close();
    });

    it('case officer home: deadlines met on time per centre, as a chart and a table', async () => {
      const year = new Date().getFullYear();
      const officer = await as('caseOfficer');
      const punctuality = (await officer.get(`/api/deadlines/punctuality?year=${year}`)).body.items;
      const napha = punctuality.find((item: any) => item.centre.code === 'NAPHA');
      const deadlines = (await officer.get(`/api/deadlines?centre=NAPHA&year=${year}&pageSize=200`)).body.items;
      // Agenda deadlines are not deliverables: punctuality leaves them out.
      expect(napha.due).to.equal(deadlines.filter((d: any) => d.status !== 'cancelled' && d.kind !== 'meeting').length);
      expect(napha.onTime + napha.late + napha.open).to.equal(napha.due);
      const { page } = officerSession;
      await page.goto(testServer.baseUrl);
      await settled(page);
      await page.getByTestId('portfolio-chart').getByRole('img').waitFor();
      const chart = page.getByTestId('punctuality-chart');
      await chart.getByRole('img', { name: new RegExp(`Frister overholdt per senter, ${year}`) }).waitFor();
      await chart.getByRole('button', { name: 'Vis som tabell' }).click();
      const row = await tableRow(page, 'punctuality-chart', 'NAPHA –');
      expect(row.split('\t').slice(1)).to.deep.equal([napha.due, napha.onTime, napha.late, napha.open].map(String));
      await expectAccessible(page, 'case officer home with charts');
      await screenshot(page, 'punctuality');
    });

    it('case officer moves a deadline with a reason; the reason is required', async () => {
      const officer = await as('caseOfficer');
      const deadline = (
        await officer.post('/api/deadlines', {
          centre: 'NKVTS',
          year: 2016,
          kind: 'custom',
          title: 'Innspill til veilederen',
          dueDate: '2016-09-15',
        })
      ).body;
      const { page } = officerSession;
      await page.goto(testServer.baseUrl);
      await settled(page);
      await page.goto(`${testServer.baseUrl}/deadlines/${deadline.id}`);
      await settled(page);
      await page.getByLabel('Ny frist').fill('2016-10-03');
      await page.getByRole('button', { name: 'Flytt fristen' }).click();
      await page.getByText('Skriv en begrunnelse.').waitFor();
      await expectAccessible(page, 'move due date with an error');
      await page.getByLabel('Begrunnelse').fill('Senteret ba om mer tid etter sommeren.');
      await page.getByRole('button', { name: 'Flytt fristen' }).click();
      await page.getByText('Fristen er flyttet til 3. oktober 2016.').waitFor();
      expect((await officer.get(`/api/deadlines/${deadline.id}`)).body.dueDate).to.equal('2016-10-03');
    });

    it('admin home: the outbox as the API has it, and the way to the queues', async () => {
      const outbox = (await (await as('admin')).get('/api/outbox?pageSize=25')).body;
      expect(outbox.total).to.be.greaterThan(0);
      const { context, page } = await openAs('admin');
      await page.getByRole('heading', { level: 1, name: 'Administrasjon' }).waitFor();
      expect(await page.getByRole('link', { name: 'Jobbkøer' }).getAttribute('href')).to.equal('/admin/queues');
      const first = await page.getByTestId('outbox-table').locator('tbody tr').first().innerText();
      expect(first).to.include(outbox.items[0].to).and.include(outbox.items[0].subject);
      expect(await page.getByTestId('outbox-table').locator('tbody tr').count()).to.equal(outbox.items.length);
      await expectAccessible(page, 'admin home');
      await screenshot(page, 'home-admin');
      await context.close();
    });

    it('admin home: told that mail failed, sends one failed e-mail again from the outbox', async () => {
      const failed = await OutboxEmail.create({
        dedupeKey: `browser-failed:${Date.now()}`,
        kind: 'test',
        toAddress: 'feil@napha.example',
        toUserId: null,
        subject: 'Avvist av e-postserveren',
        textBody: 'Tekst',
        htmlBody: '<p>Tekst</p>',
        attachments: [],
        status: 'failed',
        attempts: 1,
        lastError: '550 Mailbox unavailable',
      });
      const { context, page } = await openAs('admin');
      const health = page.getByTestId('mail-health');
      await health.getByText(/e-post(er)? ble ikke sendt/).waitFor();
      expect(await health.innerText()).to.include('550 Mailbox unavailable');
      await page.getByLabel('Status').selectOption('failed');
      await page
        .getByRole('button', { name: 'Send «Avvist av e-postserveren» til feil@napha.example på nytt' })
        .click();
      const result = page.getByTestId('resend-result');
      await result.getByText('1 e-post er lagt i kø på nytt.').waitFor();
      expect(await result.evaluate((element) => element === element.ownerDocument.activeElement)).to.equal(true);
      expect((await failed.reload()).status).to.be.oneOf(['pending', 'sending', 'sent']);
      await expectAccessible(page, 'admin home with failed mail');
      await context.close();
    });
  });

  describe('scale: the case officer’s year view with at least 300 centres', function () {
    // Enough generated centres that the year view has at least 300 (other files add their own).
    let COUNT = 230;
    const PREFIX = 'ZSCALE-';
    const code = (i: number) => `${PREFIX}${String(i).padStart(3, '0')}`;
    const today = osloToday();
    const year = Number(today.slice(0, 4));
    let centreIds: number[] = [];

    before(async function () {
      this.timeout(120_000);
      COUNT = Math.max(COUNT, 300 - (await Centre.count({ where: { active: true } })));
      const centres = await Centre.bulkCreate(
        Array.from({ length: COUNT }, (_, i) => ({
          code: code(i),
          name: `Skalasenter ${i}`,
          scope: 'regional' as const,
        })),
      );
      centreIds = centres.map((centre) => centre.id);
      // Every 7th centre has no letter; every one has a deadline due today (still open).
      await GrantLetter.bulkCreate(
        centres
          .filter((_, i) => i % 7 !== 0)
          .map((centre) => ({
            centreId: centre.id,
            year,
            kind: 'main' as const,
            mainSlot: 1,
            status: 'draft' as const,
            title: `Brev ${centre.code}`,
          })),
      );
      await Deadline.bulkCreate(
        centres.map((centre) => ({
          centreId: centre.id,
          year,
          kind: 'report' as const,
          title: `Frist ${centre.code}`,
          dueDate: today,
          status: 'upcoming' as const,
        })),
      );
    });

    after(async function () {
      this.timeout(60_000);
      const mine = { centreId: { [Op.in]: centreIds } };
      await Deadline.destroy({ where: mine });
      await GrantLetter.destroy({ where: mine });
      await Centre.destroy({ where: { id: centreIds } });
    });

    it('shows every centre page by page with its own deadline and letter; the page is in the URL, back returns', async function () {
      this.timeout(120_000);
      const total = (await (await as('caseOfficer')).get('/api/centres?active=true&pageSize=1')).body.total as number;
      const pages = Math.ceil(total / 50);
      expect(pages).to.be.greaterThan(4);
      const { context, page } = await openAs('caseOfficer');
      const rows = page.getByTestId('centre-overview').locator('tbody tr');
      const codes = page.getByTestId('centre-overview').locator('tbody th a');
      const pager = page.getByRole('navigation', { name: /^Side \d+ av \d+$/ }).first();
      const seen: string[] = [];
      let firstOfPageOne = '';
      for (let number = 1; number <= pages; number++) {
        await pager.getByText(`Side ${number} av ${pages}`).waitFor();
        const texts = await rows.allInnerTexts();
        const rowCodes = await codes.allInnerTexts();
        expect(texts.length, `rows on page ${number}`).to.equal(number < pages ? 50 : total - 50 * (pages - 1));
        expect(rowCodes).to.have.length(texts.length);
        if (number === 1) firstOfPageOne = rowCodes[0]!;
        for (const [index, text] of texts.entries()) {
          const rowCode = rowCodes[index]!;
          seen.push(rowCode);
          if (!rowCode.startsWith(PREFIX)) continue;
          const i = Number(rowCode.slice(PREFIX.length));
          expect(text, rowCode).to.include(`Frist ${rowCode}`);
          if (i % 7 === 0) expect(text, rowCode).to.include('Ikke påbegynt');
          else expect(text, rowCode).to.include('Utkast').and.not.include('Ikke påbegynt');
        }
        if (number === 2) {
          expect(new URL(page.url()).searchParams.get('page')).to.equal('2');
          // Back goes to page 1, forward to page 2 again.
          await page.goBack();
          await pager.getByText(`Side 1 av ${pages}`).waitFor();
          expect(await codes.first().innerText()).to.equal(firstOfPageOne);
          await page.goForward();
          await pager.getByText(`Side 2 av ${pages}`).waitFor();
          await expectAccessible(page, 'case officer home, page 2');
        }
        if (number < pages) await pager.getByRole('button', { name: 'Neste' }).click();
      }
      expect(new Set(seen).size, 'each centre once').to.equal(total);
      expect(total, 'centres on the year view').to.be.at.least(300);
      for (let i = 0; i < COUNT; i++) expect(seen, code(i)).to.include(code(i));
      // A link past the last page lands on the last page.
      await page.goto(`${testServer.baseUrl}/?page=99`);
      await pager.getByText(`Side ${pages} av ${pages}`).waitFor();
      expect(new URL(page.url()).searchParams.get('page')).to.equal(String(pages));
      await context.close();
    });
  });
});
