// Notifications: each step that hands work to someone e-mails them once through the outbox and the
// real SMTP catcher (or keeps it for their daily digest), and shows in their inbox.
import { Op } from 'sequelize';
import { expect } from 'chai';
import type { Redis } from 'ioredis';
import { as } from '../../support/http.js';
import { loginAs, makeCentre, makeDeadline, makeUser, thisYear } from '../../support/factories.js';
import { letterInReview } from '../../support/letters.js';
import { waitFor } from '../../support/waitFor.js';
import { createBullConnection } from '../../../workflows/connection.js';
import { createWorker, type QueueWorkers } from '../../../workflows/worker.js';
import { CaughtEmail, GrantLetter, Notification, OutboxEmail, User } from '../../../server/models/index.js';
import { withTransaction } from '../../../server/db/transaction.js';
import { letterStepNotice } from '../../../server/notifications/stepNotices.js';
import { writeNotificationDigests } from '../../../server/notifications/digest.js';
import { queueOutboxEmails } from '../../../workflows/tasks/SendEmailTask.js';

/** The e-mail to `to` whose subject matches (and whose text holds `about`, when other files' steps send the same kind). */
const caught = (to: string, subject: RegExp, about = '') =>
  waitFor(
    async () =>
      (await CaughtEmail.findAll()).find(
        (m) => m.envelopeTo.includes(to) && subject.test(m.subject ?? '') && (m.textBody ?? '').includes(about),
      ),
    `e-mail to ${to} matching ${subject}${about ? ` about ${about}` : ''}`,
  );

describe('notifications of the year’s steps', () => {
  let connection: Redis;
  let worker: QueueWorkers;

  before(() => {
    connection = createBullConnection();
    worker = createWorker(connection, { concurrency: 2 });
  });
  after(async () => {
    await User.update({ reminderDelivery: 'single' }, { where: { email: 'godkjenner@helsedir.example' } });
    await worker.close();
    await connection.quit();
  });

  it('tells the approvers of a submitted letter, once per step and person, and the case officer of the approval', async () => {
    const id = await letterInReview('NKVTS', 2036, { approve: false });
    const mail = await caught('godkjenner@helsedir.example', /Brev til godkjenning: .* 2036/);
    expect(mail.textBody).to.include(`/letters/${id}`);
    const rows = await OutboxEmail.findAll({
      where: { kind: 'letter_submitted', toAddress: 'godkjenner@helsedir.example' },
    });
    expect(rows.filter((r) => r.textBody.includes(`/letters/${id}`))).to.have.length(1);

    // The step's notice again (a retried job) writes nothing new.
    const approver = (await User.findOne({ where: { email: 'saksbehandler@helsedir.example' } }))!;
    const occurrence = Number(
      (await Notification.findOne({ where: { kind: 'letter_submitted', link: `/letters/${id}` } }))!.dedupeKey.split(
        ':',
      )[2],
    );
    // Counted for this letter's step only: this file's worker also runs other files' queued jobs,
    // which may write e-mails of their own meanwhile (a CI run counted one such).
    const thisStep = { where: { dedupeKey: { [Op.like]: `notice:letter_submitted:${id}:%` } } };
    const before = await OutboxEmail.count(thisStep);
    expect(before).to.be.greaterThan(0);
    const again = await withTransaction(async (transaction) =>
      letterStepNotice('submit', (await GrantLetter.findByPk(id, { transaction }))!, approver, occurrence, transaction),
    );
    expect(again).to.deep.equal([]);
    expect(await OutboxEmail.count(thisStep)).to.equal(before);

    // Shown in the approver's inbox as well.
    const inbox = (await (await as('approver')).get('/api/me/tasks')).body;
    expect(inbox.notifications.map((n: { link: string }) => n.link)).to.include(`/letters/${id}`);

    expect((await (await as('approver')).post(`/api/letters/${id}/approve`)).status).to.equal(200);
    await caught('saksbehandler@helsedir.example', /Brev godkjent: .* 2036/);
    // Nobody is told of their own step: the approver got no "approved" e-mail.
    expect(
      await OutboxEmail.count({ where: { kind: 'letter_approved', toAddress: 'godkjenner@helsedir.example' } }),
    ).to.equal(0);

    expect(
      (await (await as('caseOfficer')).post(`/api/letters/${id}/reopen`, { reason: 'Rettar tittelen' })).status,
    ).to.equal(200);
    // Reopened by the case officer who drafts it: no e-mail to themselves (other files return letters too).
    expect(
      await OutboxEmail.count({ where: { kind: 'letter_returned', textBody: { [Op.like]: `%/letters/${id}%` } } }),
    ).to.equal(0);
  });

  it('tells the case officer when an approver sends a letter back, with the reason', async () => {
    const id = await letterInReview('NKVTS', 2037, { approve: false });
    const reason = 'Budsjettrammen mangler i avsnitt 4';
    expect((await (await as('approver')).post(`/api/letters/${id}/reopen`, { reason })).status).to.equal(200);
    const mail = await caught('saksbehandler@helsedir.example', /tilbake til utkast: .* 2037/);
    expect(mail.textBody).to.include(`/letters/${id}`).and.include(`Begrunnelse: ${reason}`);
  });

  it('keeps the notices of a person who chose the digest for one daily summary', async () => {
    await User.update({ reminderDelivery: 'digest' }, { where: { email: 'godkjenner@helsedir.example' } });
    const singles = () =>
      OutboxEmail.count({ where: { kind: 'letter_submitted', toAddress: 'godkjenner@helsedir.example' } });
    const singlesBefore = await singles();
    const first = await letterInReview('NKVTS', 2038, { approve: false });
    const second = await letterInReview('NKVTS', 2039, { approve: false });
    // The digest approver's own notices (other files may have made more approvers, each told too).
    const approver = (await User.findOne({ where: { email: 'godkjenner@helsedir.example' } }))!;
    const notices = await Notification.findAll({
      where: { link: [`/letters/${first}`, `/letters/${second}`], userId: approver.id },
    });
    expect(notices).to.have.length(2);
    expect(notices.map((n) => n.outboxEmailId)).to.deep.equal([null, null]);
    expect(await singles()).to.equal(singlesBefore);

    expect(await writeNotificationDigests(new Date(Date.now() + 1000))).to.be.at.least(1);
    expect(await writeNotificationDigests(new Date(Date.now() + 1000))).to.equal(0);
    const digest = await OutboxEmail.findOne({
      where: { kind: 'notification_digest', toAddress: 'godkjenner@helsedir.example' },
    });
    expect(digest!.toAddress).to.equal('godkjenner@helsedir.example');
    expect(digest!.textBody).to.include('2038').and.to.include('2039');
    await queueOutboxEmails([digest!]);
    await caught('godkjenner@helsedir.example', /2 nye hendelser/);
  });

  it('tells the case officer of a hand-in and the centre of the review', async () => {
    // A centre and deadline of this test's own: the seeded centres' open deadlines are other files' too.
    const centre = await makeCentre();
    const leaderUser = await makeUser('centre_leader', { centre });
    const leader = await loginAs(leaderUser);
    const deadlineId = (await makeDeadline({ centre, kind: 'plan', dueDate: `${thisYear() + 1}-02-15` })).id;
    expect(
      (await leader.get('/api/me/tasks')).body.items.map((i: { link: string }) => i.link),
      'the hand-in waits in the leader’s tasks',
    ).to.include(`/deadlines/${deadlineId}`);
    const form = new FormData();
    form.append('files', new Blob([Buffer.from('Plan for året\n')]), 'plan.txt');
    form.append('comment', 'Vedlagt');
    expect((await leader.postForm(`/api/deadlines/${deadlineId}/submissions`, form)).status).to.equal(201);
    const handIn = await caught('saksbehandler@helsedir.example', /Levert til vurdering/, `/deadlines/${deadlineId}`);
    expect(handIn.textBody).to.include(`/deadlines/${deadlineId}`);

    const reply = await (
      await as('caseOfficer')
    ).post(`/api/deadlines/${deadlineId}/review`, {
      decision: 'return',
      comment: 'Mangler budsjett.',
    });
    expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
    const review = await caught(leaderUser.email, /Leveransen er sendt tilbake/, `/deadlines/${deadlineId}`);
    expect(review.textBody).to.include('Mangler budsjett.');
    // One e-mail for this review (other files review other hand-ins).
    expect(
      await OutboxEmail.count({
        where: {
          kind: 'hand_in_reviewed',
          toAddress: leaderUser.email,
          textBody: { [Op.like]: `%/deadlines/${deadlineId}%` },
        },
      }),
    ).to.equal(1);
  });
});
