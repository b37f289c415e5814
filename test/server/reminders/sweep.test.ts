// The reminder engine end to end: sweeps write reminders once, two workers deliver each once
// through a real SMTP server (the embedded catcher), and hand-ins stop further reminders.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { Op } from 'sequelize';
import type { Redis } from 'ioredis';
import { as } from '../../support/http.js';
import { waitFor } from '../../support/waitFor.js';
import { waitForQueueIdle } from '../../support/queues.js';
import { rowCounts } from '../../support/counts.js';
import { minimalPdf } from '../../support/documents.js';
import { env } from '../../../server/env.js';
import { createBullConnection } from '../../../workflows/connection.js';
import { createWorker, type QueueWorkers } from '../../../workflows/worker.js';
import { SweepRemindersTask } from '../../../workflows/tasks/SweepRemindersTask.js';
import { sweepReminders } from '../../../server/reminders/sweep.js';
import { deliverOne } from '../../support/outbox.js';
import {
  CaughtEmail,
  Centre,
  Deadline,
  DeadlineSubmission,
  OutboxEmail,
  Reminder,
  StoredFile,
  User,
} from '../../../server/models/index.js';
import { handInDeadline } from '../../../server/commands/handInDeadline.js';
import type { Request } from 'express';

const sweep = new SweepRemindersTask();

async function deadline(centreCode: string, title: string, dueDate: string, kind: Deadline['kind'] = 'custom') {
  const centre = (await Centre.findOne({ where: { code: centreCode } }))!;
  return Deadline.create({
    centreId: centre.id,
    year: Number(dueDate.slice(0, 4)),
    kind,
    title,
    dueDate,
    periodYear: null,
    letterId: null,
    assignmentId: null,
    steeringMeetingId: null,
  });
}

// Reminders only: a hand-in's notice to the case officer ("Levert til vurdering: …") names the deadline too.
const caughtAbout = async (title: string) =>
  (await CaughtEmail.findAll({ where: { subject: { [Op.like]: `%${title}%` } } }))
    .filter((m) => !m.subject?.startsWith('Levert til vurdering'))
    .map((m) => m.envelopeTo.join(','));

/** A form with one file: a real PDF of that size when the name ends in .pdf (uploads are checked by content). */
function fileForm(name: string, type: string, bytes: number, comment?: string) {
  const form = new FormData();
  const content = name.endsWith('.pdf') ? minimalPdf(bytes) : Buffer.alloc(bytes, 65);
  form.append('files', new Blob([new Uint8Array(content)], { type }), name);
  if (comment) form.append('comment', comment);
  return form;
}

describe('reminders: sweep, delivery and hand-ins', () => {
  const connections: Redis[] = [];
  const workers: QueueWorkers[] = [];

  before(() => {
    for (let i = 0; i < 2; i += 1) {
      const connection = createBullConnection();
      connections.push(connection);
      workers.push(createWorker(connection, { concurrency: 3 }));
    }
  });

  after(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await Promise.all(connections.map((c) => c.quit()));
  });

  it('writes and delivers each reminder exactly once, even with two sweeps and two workers at once', async () => {
    const before = await deadline('NAPHA', 'Kartleggingsrapport Alfa', '2030-03-12'); // 7 days after 5 March
    const after = await deadline('KORUS-NORD', 'Innspill Beta', '2030-03-04'); // 1 day before 5 March
    await Promise.all([sweep.perform({ today: '2030-03-05' }), sweep.perform({ today: '2030-03-05' })]);

    // The seeded people (other files' factories may add case officers, who are told too).
    const seeded = ['leder@napha.example', 'leder@korus-nord.example', 'saksbehandler@helsedir.example'];
    const userId = (await User.findAll({ where: { email: seeded } })).map((user) => user.id);
    const reminders = await Reminder.findAll({ where: { deadlineId: [before.id, after.id], userId } });
    expect(reminders.map((r) => [r.deadlineId, r.step]).sort()).to.deep.equal(
      [
        [before.id, -7],
        [after.id, 1],
        [after.id, 1],
      ].sort(),
    );
    const alfa = await waitFor(async () => {
      const got = await caughtAbout('Kartleggingsrapport Alfa');
      return got.length ? got : null;
    }, 'the reminder e-mail');
    const beta = await waitFor(async () => {
      const got = (await caughtAbout('Innspill Beta')).filter((to) => seeded.includes(to));
      return got.length >= 2 ? got : null;
    }, 'the after-due e-mails');
    await waitForQueueIdle(); // a wrong second delivery would have run by now
    expect(await caughtAbout('Kartleggingsrapport Alfa'))
      .to.deep.equal(alfa)
      .and.deep.equal(['leder@napha.example']);
    // After the due date the case officer hears of it too.
    expect((await caughtAbout('Innspill Beta')).filter((to) => seeded.includes(to)).sort())
      .to.deep.equal(beta.sort())
      .and.deep.equal(['leder@korus-nord.example', 'saksbehandler@helsedir.example']);
    expect(await Reminder.count({ where: { deadlineId: [before.id, after.id], status: 'sent', userId } })).to.equal(3);
    const outbox = await (await as('admin')).get('/api/outbox?kind=reminder&status=sent&pageSize=100');
    expect(outbox.body.items.filter((e: any) => e.subject.includes('Kartleggingsrapport Alfa'))).to.have.length(1);
    expect((await (await as('caseOfficer')).get('/api/outbox')).status).to.equal(403);

    // Sweeping the same day again writes nothing and sends nothing.
    const counts = await rowCounts();
    await sweep.perform({ today: '2030-03-05' });
    await waitForQueueIdle();
    expect(await rowCounts()).to.deep.equal(counts);
  });

  it('sends one daily digest to someone who chose it, listing every reminder of the day', async () => {
    const leader = await as('korusNordLeader');
    const chosen = await leader.patch('/api/me/preferences', { reminderDelivery: 'digest' });
    expect(chosen.body.user.reminderDelivery).to.equal('digest');
    try {
      const week = await deadline('KORUS-NORD', 'Samleoversikt Zeta', '2030-06-11'); // 7 days after 4 June
      const day = await deadline('KORUS-NORD', 'Sluttrapport Eta', '2030-06-05'); // due the next day
      await sweep.perform({ today: '2030-06-04' });
      const digest = await waitFor(
        async () => (await CaughtEmail.findAll()).find((m) => m.subject?.startsWith('Påminnelser 4. juni 2030')),
        'the digest',
      );
      expect(digest.envelopeTo).to.deep.equal(['leder@korus-nord.example']);
      expect(digest.textBody).to.include('«Samleoversikt Zeta» for KORUS – Nord: frist 11. juni 2030, om 7 dager');
      expect(digest.textBody).to.include('«Sluttrapport Eta» for KORUS – Nord: frist 5. juni 2030, om 1 dag');
      expect(await caughtAbout('Samleoversikt Zeta')).to.deep.equal([]); // no single e-mails besides
      await waitFor(
        async () => (await Reminder.count({ where: { deadlineId: [week.id, day.id], status: 'sent' } })) === 2,
        'both reminders marked sent',
      );
    } finally {
      await leader.patch('/api/me/preferences', { reminderDelivery: 'single' });
    }
  });

  it("keeps a digest going when one of its deadlines is moved, sending the other deadline's reminder", async () => {
    const leader = await as('korusNordLeader');
    await leader.patch('/api/me/preferences', { reminderDelivery: 'digest' });
    try {
      const moved = await deadline('KORUS-NORD', 'Oversikt Theta', '2030-07-09'); // 7 days after 2 July
      const kept = await deadline('KORUS-NORD', 'Rapport Iota', '2030-07-09');
      await sweepReminders('2030-07-02'); // written, not yet queued
      const officer = await as('caseOfficer');
      const move = await officer.post(`/api/deadlines/${moved.id}/due-date`, {
        dueDate: '2030-09-30',
        reason: 'Avtalt',
      });
      expect(move.status, JSON.stringify(move.body)).to.equal(200);
      await sweep.perform({ today: '2030-07-02' }); // queues what is pending
      await waitFor(
        async () => (await Reminder.findOne({ where: { deadlineId: kept.id, step: -7 } }))?.status === 'sent',
        'the kept deadline reminded through the digest',
      );
      const movedReminder = (await Reminder.findOne({ where: { deadlineId: moved.id, step: -7 } }))!;
      expect(movedReminder.status).to.equal('cancelled');
      // The digest that went out lists only what is still due on that date.
      const digest = await waitFor(
        async () =>
          (await CaughtEmail.findAll()).find(
            (m) => m.subject?.startsWith('Påminnelser 2. juli 2030') && m.textBody?.includes('Rapport Iota'),
          ),
        'the digest',
      );
      expect(digest.textBody).not.to.include('Oversikt Theta');
      expect(digest.subject).to.match(/1 frist$/);
    } finally {
      await leader.patch('/api/me/preferences', { reminderDelivery: 'single' });
    }
  });

  it('sends a reminder again when the due date is moved away and back the same day', async () => {
    const due = await deadline('NAPHA', 'Plan Kappa', '2030-10-15');
    await sweepReminders('2030-10-08');
    const officer = await as('caseOfficer');
    for (const dueDate of ['2030-11-15', '2030-10-15'])
      expect(
        (await officer.post(`/api/deadlines/${due.id}/due-date`, { dueDate, reason: 'Endret avtale' })).status,
      ).to.equal(200);
    expect((await Reminder.findOne({ where: { deadlineId: due.id, step: -7 } }))!.status).to.equal('cancelled');
    await sweep.perform({ today: '2030-10-08' });
    await waitFor(async () => (await caughtAbout('Plan Kappa')).length === 1, 'the reminder sent after all');
    expect(await caughtAbout('Plan Kappa')).to.deep.equal(['leder@napha.example']);
    // The mail server has it before the worker records it as sent: wait for the record.
    await waitFor(
      async () => (await Reminder.findOne({ where: { deadlineId: due.id, step: -7 } }))!.status === 'sent',
      'the reminder recorded as sent',
    );
  });

  it('lists planned, sent and cancelled reminders, and stops them once the centre hands in', async () => {
    const due = await deadline('NAPHA', 'Plan Gamma', '2030-04-16');
    await sweepReminders('2030-04-09'); // the 7-day reminder, written but not yet sent
    const pending = (await Reminder.findOne({ where: { deadlineId: due.id } }))!;
    expect(pending.status).to.equal('pending');

    const leader = await as('naphaLeader');
    const listed = (await leader.get(`/api/deadlines/${due.id}/reminders`)).body.items;
    expect(listed.find((r: any) => r.step === -7).status).to.equal('pending');

    const handedIn = await leader.postForm(
      `/api/deadlines/${due.id}/submissions`,
      fileForm('plan-gamma.pdf', 'application/pdf', 2000, 'Vedlagt plan'),
    );
    expect(handedIn.status, JSON.stringify(handedIn.body)).to.equal(201);
    expect(handedIn.body.files[0]).to.include({ filename: 'plan-gamma.pdf', byteSize: 2000 });

    // The e-mail written before the hand-in is not sent, and later steps are never written.
    expect(await deliverOne(pending.outboxEmailId!)).to.deep.equal({ result: 'skipped' });
    expect((await OutboxEmail.findByPk(pending.outboxEmailId!))!.status).to.equal('cancelled');
    await sweepReminders('2030-04-15');
    expect(await Reminder.count({ where: { deadlineId: due.id } })).to.equal(1);
    expect(await caughtAbout('Plan Gamma')).to.deep.equal([]);
    const after = (await leader.get(`/api/deadlines/${due.id}/reminders`)).body.items;
    expect(after.map((r: any) => r.status)).to.deep.equal(['cancelled']);
  });

  it('moves reminders with a moved due date', async () => {
    const due = await deadline('NAPHA', 'Regnskap Delta', '2030-05-21');
    const officer = await as('caseOfficer');
    const moved = await officer.post(`/api/deadlines/${due.id}/due-date`, {
      dueDate: '2030-06-04',
      reason: 'Avtalt utsettelse',
    });
    expect(moved.status).to.equal(200);
    const items = (await officer.get(`/api/deadlines/${due.id}/reminders`)).body.items;
    expect(items.find((r: any) => r.step === -7)).to.include({
      sendOn: '2030-05-28',
      dueDate: '2030-06-04',
      status: 'planned',
    });
    await sweepReminders('2030-05-14'); // the old date's 7-day step: nothing now
    expect(await Reminder.count({ where: { deadlineId: due.id } })).to.equal(0);
  });

  it('lets only the centre itself hand in, within the size and type limits, storing nothing when refused', async () => {
    const due = await deadline('NAPHA', 'Rapport Epsilon', '2030-08-01', 'report');
    const files = async () => readdir(join(env.STORAGE_DIR, 'deadlines', String(due.id))).catch(() => []);
    await waitForQueueIdle(); // background work settled: only the requests below can change rows
    const counts = await rowCounts();
    const korus = await as('korusNordLeader');
    expect(
      (await korus.postForm(`/api/deadlines/${due.id}/submissions`, fileForm('a.pdf', 'application/pdf', 10))).status,
    ).to.equal(404);
    const officer = await as('caseOfficer');
    expect(
      (await officer.postForm(`/api/deadlines/${due.id}/submissions`, fileForm('a.pdf', 'application/pdf', 10))).status,
    ).to.equal(403);
    const leader = await as('naphaLeader');
    const tooBig = await leader.postForm(
      `/api/deadlines/${due.id}/submissions`,
      fileForm('stor.pdf', 'application/pdf', 1024 * 1024 + 1),
    );
    expect(tooBig.status).to.equal(413);
    expect(tooBig.body.detail).to.include('1 MB');
    const wrongType = await leader.postForm(
      `/api/deadlines/${due.id}/submissions`,
      fileForm('x.exe', 'application/x-msdownload', 10),
    );
    expect(wrongType.status).to.equal(415);
    const noFiles = await leader.postForm(`/api/deadlines/${due.id}/submissions`, new FormData());
    expect(noFiles.status).to.equal(400);
    expect(noFiles.body.errors[0].field).to.equal('body.files');
    expect(await rowCounts()).to.deep.equal(counts);
    expect(await files()).to.deep.equal([]);

    // Handed in, the report is accepted only with the assessments; or returned with a comment.
    const ok = await leader.postForm(
      `/api/deadlines/${due.id}/submissions`,
      fileForm('rapport æøå.pdf', 'application/pdf', 100),
    );
    expect(ok.status).to.equal(201);
    expect(ok.body.files[0].filename).to.equal('rapport æøå.pdf');
    // A second hand-in while the first awaits review is refused before any file is read…
    const twice = await leader.postForm(
      `/api/deadlines/${due.id}/submissions`,
      fileForm('annen.pdf', 'application/pdf', 77),
    );
    expect(twice.status).to.equal(403);
    // …and one that loses the race inside the command leaves no file behind either.
    const leaderUser = (await User.findOne({ where: { email: 'leder@napha.example' } }))!;
    const racing = handInDeadline({} as Request, leaderUser, due.id, {
      comment: null,
      files: [{ filename: 'sent.pdf', contentType: 'application/pdf', content: Buffer.alloc(55, 66) }],
    });
    const refused = await racing.then(
      () => null,
      (error: unknown) => error as Error,
    );
    expect(refused?.message).to.match(/handed in already/);
    const recorded = await StoredFile.findAll({
      include: [{ model: DeadlineSubmission, as: 'submission', where: { deadlineId: due.id } }],
    });
    expect(await files()).to.deep.equal(recorded.map((f) => f.storageKey.split('/').pop()));
    expect(recorded.map((f) => f.sha256)).to.deep.equal([ok.body.files[0].sha256]);
    expect(
      (await officer.post(`/api/deadlines/${due.id}/review`, { decision: 'accept' })).body.errors[0].field,
    ).to.equal('body.assessmentGoals');
    const returned = await officer.post(`/api/deadlines/${due.id}/review`, {
      decision: 'return',
      comment: 'Mangler regnskapsdelen',
    });
    expect(returned.body.status).to.equal('returned');
    expect(
      (
        await leader.postForm(
          `/api/deadlines/${due.id}/submissions`,
          fileForm('rapport-2.pdf', 'application/pdf', 1000),
        )
      ).status,
    ).to.equal(201);
    const accepted = await officer.post(`/api/deadlines/${due.id}/review`, {
      decision: 'accept',
      assessmentGoals: 'Målene for året er i hovedsak nådd.',
      assessmentFunds: 'Midlene er brukt etter formålet.',
    });
    expect(accepted.body.status).to.equal('accepted');
    const history = (await leader.get(`/api/deadlines/${due.id}/submissions`)).body.items;
    expect(history.map((s: any) => s.review.status)).to.deep.equal(['accepted', 'returned']);
    const download = await leader.getBytes(`/api/deadlines/${due.id}/files/${history[0].files[0].id}`);
    expect(download.bytes.length).to.equal(1000);
    expect(download.headers.get('content-type')).to.equal('application/pdf');
  });
});
