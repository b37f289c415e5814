// One outbox e-mail's delivery, step by step against a real SMTP server the test controls: a row
// taken over from a dead sender is recorded from its delivery mark instead of sent again; a live
// claim is left alone; a permanent refusal fails at once and a transient one after the give-up
// time; an administrator sees the failure and sends it again. Batches: an e-mail whose mark Redis
// refuses is recorded at once; a batch that fails half-way records what SMTP accepted and gives
// back what it never reached.
import { expect } from 'chai';
import { Centre, Deadline, OutboxEmail, Reminder, User } from '../../../server/models/index.js';
import { makeDeadline } from '../../support/factories.js';
import { deliverOutboxEmails } from '../../../server/mail/outboxDelivery.js';
import { deliverOne } from '../../support/outbox.js';
import { SendEmailTask, queueOutboxEmails } from '../../../workflows/tasks/SendEmailTask.js';
import { sharedQueue } from '../../../workflows/queues.js';
import { closeDeliveryMarks, rememberAccepted } from '../../../server/mail/deliveryMarks.js';
import { redisKey } from '../../../server/redis.js';
import { sequelize } from '../../../server/db/sequelize.js';
import { testServer } from '../../support/server.js';
import { closeMailTransport } from '../../../server/mail/transport.js';
import { env } from '../../../server/env.js';
import { startSmtpSink } from '../../support/smtpSink.js';
import { as } from '../../support/http.js';
import { waitFor } from '../../support/waitFor.js';

let serial = 0;
async function outboxEmail(fields: Partial<OutboxEmail> = {}) {
  serial += 1;
  return OutboxEmail.create({
    dedupeKey: `test-delivery:${Date.now()}:${serial}`,
    kind: 'test',
    toAddress: 'mottaker@napha.example',
    toUserId: null,
    subject: `Leveringstest ${serial}`,
    textBody: 'Tekst',
    htmlBody: '<p>Tekst</p>',
    attachments: [],
    ...fields,
  });
}

describe('mail: delivering one outbox e-mail', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  const subjects = () => sink.state.received.map((m) => m.subject);

  before(async () => {
    sink = await startSmtpSink();
    env.SMTP_URL = sink.url; // this process's transport goes to the sink for these tests
    await closeMailTransport();
  });

  after(async () => {
    env.SMTP_URL = undefined;
    await closeMailTransport();
    await sink.close();
  });

  beforeEach(() => {
    sink.state.refuse = false;
    sink.state.refuseCode = 451;
    sink.state.delayMs = 0;
    sink.state.holds = [];
  });

  it('sends a pending e-mail once; a second delivery of the same row does nothing', async () => {
    const email = await outboxEmail();
    expect(await deliverOne(email.id)).to.deep.equal({ result: 'sent' });
    expect(await deliverOne(email.id)).to.deep.equal({ result: 'skipped' });
    await email.reload();
    expect(email).to.include({ status: 'sent', attempts: 1, leaseUntil: null });
    expect(subjects().filter((s) => s === email.subject)).to.have.length(1);
  });

  it('records a row taken over from a dead sender as sent from its delivery mark, without sending again', async () => {
    const email = await outboxEmail({ status: 'sending', attempts: 1, leaseUntil: new Date(Date.now() - 1000) });
    await rememberAccepted(email.id, { messageId: '<accepted@example>', acceptedAt: '2031-01-01T10:00:00.000Z' });
    expect(await deliverOne(email.id)).to.deep.equal({ result: 'recorded' });
    await email.reload();
    expect(email.status).to.equal('sent');
    expect(email.messageId).to.equal('<accepted@example>');
    expect(email.sentAt?.toISOString()).to.equal('2031-01-01T10:00:00.000Z');
    expect(subjects()).not.to.include(email.subject);
  });

  it('leaves a row whose sender still holds its lease alone, and sends it once the lease runs out', async () => {
    const email = await outboxEmail({ status: 'sending', attempts: 1, leaseUntil: new Date(Date.now() + 60_000) });
    expect(await deliverOne(email.id)).to.deep.equal({ result: 'skipped' });
    expect((await email.reload()).status).to.equal('sending');
    await email.update({ leaseUntil: new Date(Date.now() - 1) });
    expect(await deliverOne(email.id)).to.deep.equal({ result: 'sent' });
    expect(subjects().filter((s) => s === email.subject)).to.have.length(1);
  });

  it('backs off after a transient refusal, and fails once the give-up time has passed', async () => {
    sink.state.refuse = true;
    const email = await outboxEmail();
    const first = await deliverOne(email.id);
    expect(first).to.deep.include({ result: 'retry', attempts: 1, inMs: env.MAIL_RETRY_BASE_MS });
    await email.reload();
    expect(email.status).to.equal('pending');
    expect(email.lastError).to.match(/451/);
    expect(email.nextAttemptAt!.getTime()).to.be.greaterThan(Date.now() - 50);
    // Not due yet: nothing happens.
    expect(await deliverOne(email.id)).to.deep.equal({ result: 'skipped' });

    const firstAttempt = new Date(Date.now() - env.MAIL_GIVE_UP_HOURS * 3600_000);
    await email.update({ nextAttemptAt: null, firstAttemptAt: firstAttempt });
    expect(await deliverOne(email.id)).to.deep.equal({ result: 'failed' });
    expect((await email.reload()).status).to.equal('failed');
  });

  it('fails at once on a permanent refusal; the admin sees it, and sending it again delivers it', async () => {
    sink.state.refuse = true;
    sink.state.refuseCode = 550;
    const email = await outboxEmail();
    expect(await deliverOne(email.id)).to.deep.equal({ result: 'failed' });
    expect((await email.reload()).lastError).to.match(/550/);

    const admin = await as('admin');
    const health = await admin.get('/api/outbox/health');
    expect(health.status).to.equal(200);
    expect(health.body.failed).to.be.at.least(1);
    expect(health.body.lastError).to.match(/550/);
    expect((await (await as('caseOfficer')).post(`/api/outbox/${email.id}/resend`)).status).to.equal(403);

    sink.state.refuse = false;
    const resent = await admin.post(`/api/outbox/${email.id}/resend`);
    expect(resent.status, JSON.stringify(resent.body)).to.equal(200);
    expect(resent.body).to.include({ id: email.id, status: 'pending' });
    expect((await admin.post(`/api/outbox/${email.id}/resend`)).status).to.equal(409);
    // The resend queued a job; a worker may take it before this does. Either way: sent, once.
    expect((await deliverOne(email.id)).result).to.be.oneOf(['sent', 'skipped']);
    await waitFor(async () => (await email.reload()).status === 'sent', 'the resent e-mail sent');
    expect(subjects().filter((s) => s === email.subject)).to.have.length(1);
    const audit = await admin.get('/api/audit?entityType=OutboxEmail');
    expect(audit.status).to.equal(200);
    expect(JSON.stringify(audit.body)).to.include('resend');
  });

  it('delivers a batch: each row once with its own Message-ID, one taken over recorded from its mark, one already sent skipped', async () => {
    const sent = await outboxEmail();
    expect(await deliverOne(sent.id)).to.deep.equal({ result: 'sent' });
    const takenOver = await outboxEmail({ status: 'sending', attempts: 1, leaseUntil: new Date(Date.now() - 1000) });
    await rememberAccepted(takenOver.id, { messageId: '<batch@example>', acceptedAt: '2031-02-01T09:00:00.000Z' });
    const fresh = [await outboxEmail(), await outboxEmail(), await outboxEmail()];
    const ids = [sent.id, takenOver.id, ...fresh.map((e) => e.id)];

    const outcomes = await deliverOutboxEmails(ids);
    expect(ids.map((id) => outcomes.get(id)!.result)).to.deep.equal(['skipped', 'recorded', 'sent', 'sent', 'sent']);
    const rows = await OutboxEmail.findAll({ where: { id: ids }, order: [['id', 'ASC']] });
    expect(rows.map((row) => row.status)).to.deep.equal(['sent', 'sent', 'sent', 'sent', 'sent']);
    expect(rows[1]!.messageId).to.equal('<batch@example>');
    expect(rows[1]!.sentAt!.toISOString()).to.equal('2031-02-01T09:00:00.000Z');
    const messageIds = rows.slice(2).map((row) => row.messageId);
    expect(new Set(messageIds).size).to.equal(3);
    for (const [i, email] of fresh.entries()) {
      expect(messageIds[i]).to.include(`<outbox-${email.id}.`);
      expect(subjects().filter((s) => s === email.subject)).to.have.length(1);
    }
    expect(subjects()).not.to.include(takenOver.subject);
  });

  it('gives back the rows of a batch it has no lease left to send, pending again, and sends them on the next try', async () => {
    const lease = env.MAIL_LEASE_MS;
    env.MAIL_LEASE_MS = 600; // half of it is gone after the first, slow e-mail
    sink.state.delayMs = 400;
    try {
      const batch = [await outboxEmail(), await outboxEmail(), await outboxEmail()];
      const outcomes = await deliverOutboxEmails(batch.map((e) => e.id));
      expect(batch.map((e) => outcomes.get(e.id)!.result)).to.deep.equal(['sent', 'released', 'released']);
      expect(outcomes.get(batch[1]!.id)).to.deep.equal({ result: 'released', attempts: 1 });
      for (const email of batch.slice(1)) {
        await email.reload();
        // Given back untried: the claim's attempt is taken back, so backoff and give-up time are as before.
        expect(email).to.include({ status: 'pending', leaseUntil: null, attempts: 0, firstAttemptAt: null });
        expect(subjects()).not.to.include(email.subject);
      }
      sink.state.delayMs = 0;
      const again = await deliverOutboxEmails(batch.slice(1).map((e) => e.id));
      expect([...again.values()].map((o) => o.result)).to.deep.equal(['sent', 'sent']);
      for (const email of batch) expect(subjects().filter((s) => s === email.subject)).to.have.length(1);
    } finally {
      env.MAIL_LEASE_MS = lease;
    }
  });

  it('reads the reminders again when a batch has been sending for a while: a deadline handed in meanwhile gets none', async () => {
    const leader = (await User.findOne({ where: { email: 'leder@napha.example' } }))!;
    const centre = (await Centre.findByPk(leader.centreId!))!;
    const reminderEmail = async (deadline: Deadline) => {
      const email = await outboxEmail({ kind: 'reminder', toUserId: leader.id });
      await Reminder.create({
        deadlineId: deadline.id,
        dueDate: deadline.dueDate,
        step: 1,
        userId: leader.id,
        sendOn: deadline.dueDate,
        outboxEmailId: email.id,
      });
      return email;
    };
    const [first, second] = [await makeDeadline({ centre }), await makeDeadline({ centre })];
    const batch = [await reminderEmail(first), await reminderEmail(second)];
    sink.state.delayMs = 1500; // the first e-mail keeps the batch busy for longer than a second
    const arrivedBefore = sink.state.arrived;
    const delivering = deliverOutboxEmails(batch.map((e) => e.id));
    // While SMTP holds the first e-mail (the batch has read its rows), the second one's deadline is handed in.
    await waitFor(() => sink.state.arrived > arrivedBefore, 'the first e-mail at the mail server');
    await Deadline.update({ status: 'submitted' }, { where: { id: second.id } });
    const outcomes = await delivering;
    expect(batch.map((e) => outcomes.get(e.id)!.result)).to.deep.equal(['sent', 'cancelled']);
    expect(subjects()).to.include(batch[0]!.subject);
    expect(subjects()).not.to.include(batch[1]!.subject);
    expect((await Reminder.findOne({ where: { outboxEmailId: batch[1]!.id } }))!.status).to.equal('cancelled');
  });

  it('records an e-mail as sent at once when Redis will not keep its mark, before the batch sends the next', async () => {
    // The marks' connection logs in as a Redis user that may read but not write: SMTP accepts, the
    // mark is refused. Nothing else would stop a second copy should the sender die now.
    const user = `${env.REDIS_PREFIX}-readonly`;
    const redis = testServer.redis!;
    await redis.call('ACL', 'SETUSER', user, 'reset', 'on', '>test-only', '~*', '&*', '+@all', '-@write');
    const url = env.REDIS_URL;
    const readOnly = new URL(url);
    readOnly.username = user;
    readOnly.password = 'test-only';
    env.REDIS_URL = readOnly.toString();
    await closeDeliveryMarks();
    // The second e-mail is held at the server, unanswered, until the test has looked.
    let release = () => {};
    sink.state.holds = [Promise.resolve(), new Promise<void>((resolve) => (release = resolve))];
    try {
      const [first, second] = [await outboxEmail(), await outboxEmail()];
      const arrivedBefore = sink.state.arrived;
      const delivering = deliverOutboxEmails([first.id, second.id]);
      await waitFor(() => sink.state.arrived >= arrivedBefore + 2, 'the second e-mail at the mail server');
      await first.reload();
      expect(first.status, 'recorded before the next e-mail went').to.equal('sent');
      expect(first.messageId).to.include(`<outbox-${first.id}.`);
      release();
      const outcomes = await delivering;
      expect([first, second].map((e) => outcomes.get(e.id)!.result)).to.deep.equal(['sent', 'sent']);
      expect((await second.reload()).status).to.equal('sent');
      expect(await redis.exists(redisKey('outbox', 'accepted', String(first.id)))).to.equal(0);
      for (const email of [first, second]) expect(subjects().filter((s) => s === email.subject)).to.have.length(1);
    } finally {
      release();
      env.REDIS_URL = url;
      await closeDeliveryMarks();
      await redis.call('ACL', 'DELUSER', user);
    }
  });

  it('records what SMTP accepted and gives back the rows it never reached when a batch fails half-way', async () => {
    const leader = (await User.findOne({ where: { email: 'leder@napha.example' } }))!;
    const centre = (await Centre.findByPk(leader.centreId!))!;
    const handedIn = await makeDeadline({ centre });
    const [first, second, third] = [
      await outboxEmail(),
      await outboxEmail({ kind: 'reminder', toUserId: leader.id }),
      await outboxEmail(),
    ];
    await Reminder.create({
      deadlineId: handedIn.id,
      dueDate: handedIn.dueDate,
      step: 1,
      userId: leader.id,
      sendOn: handedIn.dueDate,
      outboxEmailId: second.id,
    });
    await handedIn.update({ status: 'submitted' });
    // The second e-mail's reminder is no longer wanted; cancelling it fails, as a database that
    // goes away mid-batch would make it.
    await sequelize.query(`
      CREATE TRIGGER test_refuse_cancelling_reminder BEFORE UPDATE ON reminders FOR EACH ROW
      BEGIN
        IF NEW.status = 'cancelled' AND OLD.outbox_email_id = ${second.id} THEN
          SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test';
        END IF;
      END`);
    try {
      let thrown: unknown;
      await deliverOutboxEmails([first.id, second.id, third.id]).catch((error: unknown) => (thrown = error));
      expect(String(thrown)).to.include('refused by the test');
    } finally {
      await sequelize.query('DROP TRIGGER IF EXISTS test_refuse_cancelling_reminder');
    }
    await Promise.all([first.reload(), second.reload(), third.reload()]);
    expect(first.status, 'accepted by SMTP, recorded').to.equal('sent');
    expect(second.status, 'the one in hand keeps its lease').to.equal('sending');
    expect(third, 'never reached: given back untried').to.include({
      status: 'pending',
      leaseUntil: null,
      attempts: 0,
      firstAttemptAt: null,
    });
    expect(subjects().filter((s) => s === first.subject)).to.have.length(1);
    expect(subjects()).not.to.include(third.subject);

    // Once its lease has run out, the next sender cancels the unwanted one and sends the rest.
    await second.update({ leaseUntil: new Date(Date.now() - 1) });
    const again = await deliverOutboxEmails([second.id, third.id]);
    expect([second, third].map((e) => again.get(e.id)!.result)).to.deep.equal(['cancelled', 'sent']);
    expect(subjects()).not.to.include(second.subject);
    expect(subjects().filter((s) => s === third.subject)).to.have.length(1);
  });

  it('takes a send job queued before batches (one e-mail id) as a batch of one', () => {
    const task = new SendEmailTask();
    expect(task.parse({ emailId: 7 })).to.deep.equal({ emailIds: [7] });
    expect(task.parse({ emailIds: [7, 8] })).to.deep.equal({ emailIds: [7, 8] });
    expect(() => task.parse({ emailIds: [] })).to.throw();
  });

  it('queues a batch with more rows as a job of its own, and the same batch only once', async () => {
    const [a, b, c] = [await outboxEmail(), await outboxEmail(), await outboxEmail()];
    const pending = (emails: OutboxEmail[]) => emails.map((e) => ({ id: e.id, status: 'pending', attempts: 0 }));
    const queue = sharedQueue('mail');
    const jobsWith = async (id: number) =>
      (await queue.getJobs(['delayed'])).filter(
        (job) => job.name === 'send-email' && (job.data as { emailIds: number[] }).emailIds.includes(id),
      );
    // Delayed, so that no worker takes them while the test looks.
    await queueOutboxEmails(pending([a]), { delayMs: 60_000 });
    // A second look at the outbox (another sweep) finds more rows behind the same first row.
    await queueOutboxEmails(pending([a, b, c]), { delayMs: 60_000 });
    await queueOutboxEmails(pending([a, b, c]), { delayMs: 60_000 });
    try {
      const withC = await jobsWith(c.id);
      expect(withC.map((job) => job.data)).to.deep.equal([{ emailIds: [a.id, b.id, c.id] }]);
      expect(await jobsWith(a.id)).to.have.length(2);
    } finally {
      for (const job of await jobsWith(a.id)) await job.remove();
    }
  });
});
