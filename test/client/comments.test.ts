// Browser test of the steering dialogue's threads (issue 13): the case officer writes an internal
// note and a comment naming the centre leader on a letter; the centre leader sees only the comment,
// answers, edits the answer and deletes another; an assignment's folded thread; axe and 320 px.
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Assignment, Comment, Notification } from '../../server/models/index.js';
import type { Centre, GrantLetter, User } from '../../server/models/index.js';
import { loginAs, makeCentre, makeLetter, makeUser } from '../support/factories.js';
import {
  expectAccessible,
  expectFitsWidth,
  expectFocused,
  launchBrowser,
  openLoggedIn,
  settled,
} from '../support/browser.js';
import { waitFor } from '../support/waitFor.js';

describe('client: comment threads and internal notes', function () {
  this.timeout(90_000);
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let centre: Centre;
  let letter: GrantLetter;
  let officer: User;
  let leader: User;

  before(async function () {
    this.timeout(120_000);
    browser = await launchBrowser();
    centre = await makeCentre();
    letter = await makeLetter({ centre, status: 'issued', assignments: 1 });
    officer = await makeUser('case_officer', { name: 'Kari Saksbehandler' });
    leader = await makeUser('centre_leader', { centre, name: 'Per Senterleder' });
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function open(user: User, width = 1280): Promise<Page> {
    const { page, context } = await openLoggedIn(browser, await loginAs(user), `/letters/${letter.id}`, width);
    contexts.push(context);
    await page
      .getByRole('heading', { name: /^Kommentarer/ })
      .first()
      .waitFor();
    return page;
  }

  const thread = (page: Page) => page.locator('#kommentarer');

  async function send(page: Page, text: string) {
    await thread(page).getByLabel('Ny kommentar').fill(text);
    await thread(page).getByRole('button', { name: 'Send kommentar' }).click();
    const done = thread(page).getByRole('status').filter({ hasText: 'Kommentaren er lagt inn.' });
    await done.waitFor();
    // The result has focus, so a screen reader reads it and the keyboard goes on from there.
    await expectFocused(done, 'the result');
  }

  it('case officer: writes an internal note and a comment naming the centre leader', async () => {
    const page = await open(officer);
    expect(await thread(page).getByText('Ingen kommentarer ennå.').count()).to.equal(1);
    await thread(page).getByLabel('Ny kommentar').fill('Internt: budsjettet bør sjekkes før møtet.');
    await thread(page)
      .getByRole('checkbox', { name: /Internt notat/ })
      .check();
    // The mention list offers no centre people for an internal note.
    await thread(page).locator('summary', { hasText: 'Nevn personer' }).click();
    expect(
      await thread(page)
        .getByRole('checkbox', { name: /Per Senterleder/ })
        .count(),
    ).to.equal(0);
    await thread(page).getByRole('button', { name: 'Send kommentar' }).click();
    await thread(page).getByRole('status').filter({ hasText: 'Kommentaren er lagt inn.' }).waitFor();
    await thread(page).locator('.comment-internal').getByText('Internt notat').waitFor();

    await thread(page)
      .getByRole('checkbox', { name: /Per Senterleder/ })
      .check();
    await send(page, 'Hei Per, kan dere si noe om framdriften?');
    await thread(page).getByText('Nevner: Per Senterleder').waitFor();
    await expectAccessible(page, 'letter with its thread');
    const notice = await waitFor(
      () => Notification.findOne({ where: { userId: leader.id, kind: 'comment_mention' } }),
      'the centre leader told',
    );
    expect(notice.link).to.equal(`/letters/${letter.id}#kommentarer`);
  });

  it('centre leader: sees the comment but never the note, answers, edits the answer and deletes one', async () => {
    const page = await open(leader);
    await thread(page).getByText('Hei Per, kan dere si noe om framdriften?').waitFor();
    expect(await page.getByText('budsjettet bør sjekkes').count()).to.equal(0);
    expect(
      await thread(page)
        .getByRole('checkbox', { name: /Internt notat/ })
        .count(),
    ).to.equal(0);

    await send(page, 'Vi er i rute, rapport kommer i august.');
    await send(page, 'Feil tråd, beklager.');
    const answer = thread(page).locator('article').filter({ hasText: 'Vi er i rute' });
    await answer.getByRole('button', { name: 'Rediger' }).click();
    await answer.getByLabel('Endre kommentaren').fill('Vi er i rute; rapporten kommer innen 1. august.');
    await answer.getByRole('button', { name: 'Lagre endringen' }).click();
    await thread(page).getByRole('status').filter({ hasText: 'Endringen er lagret.' }).waitFor();
    await thread(page).getByText('Vi er i rute; rapporten kommer innen 1. august.').waitFor();
    await thread(page).locator('article').filter({ hasText: 'innen 1. august' }).getByText('(redigert)').waitFor();

    const wrong = thread(page).locator('article').filter({ hasText: 'Feil tråd' });
    await wrong.getByRole('button', { name: 'Slett' }).click();
    await wrong.getByRole('button', { name: 'Ja, slett' }).click();
    await thread(page).getByRole('status').filter({ hasText: 'Kommentaren er slettet.' }).waitFor();
    await thread(page).locator('.comment-deleted').waitFor();
    expect(await thread(page).getByText('Feil tråd').count()).to.equal(0);
    const stored = await Comment.findAll({
      where: { subjectType: 'letter', subjectId: letter.id },
      order: [['id', 'ASC']],
    });
    expect(stored.map((c) => [c.internal, c.deletedAt !== null])).to.deep.equal([
      [true, false],
      [false, false],
      [false, false],
      [false, true],
    ]);
  });

  it('centre leader at 320 px: an assignment’s folded thread opens and takes a comment; the page fits', async () => {
    const page = await open(leader, 320);
    const assignment = (await Assignment.findOne({ where: { letterId: letter.id } }))!;
    const item = page.locator(`#oppdrag-${assignment.id}`);
    await item.getByText('Kommentarer', { exact: false }).first().click();
    await settled(page);
    await item.getByLabel('Ny kommentar').fill('Spørsmål om oppdraget.');
    const posted = page.waitForResponse(
      (response) => response.url().endsWith('/api/comments') && response.request().method() === 'POST',
    );
    await item.getByRole('button', { name: 'Send kommentar' }).click();
    const answer = await posted;
    expect(answer.status(), await answer.text()).to.equal(201);
    // The thread shows it as a comment (not merely the text still in the box).
    await item.locator('article', { hasText: 'Spørsmål om oppdraget.' }).waitFor();
    expect(await Comment.count({ where: { subjectType: 'assignment', subjectId: assignment.id } })).to.equal(1);
    await expectFitsWidth(page, 'letter with threads at 320 px');
    await expectAccessible(page, 'letter with an open assignment thread at 320 px');
  });
});
