// Who gets a reminder step: the centre's leaders always, the case officers only after the due date.
import { expect } from 'chai';
import { loadReminderRecipients } from '../../../server/reminders/recipients.js';
import { Centre, User } from '../../../server/models/index.js';

describe('server/reminders/recipients', () => {
  it('sends the steps before and on the due date to the centre only, and the steps after it to the case officers too', async () => {
    const centre = (await Centre.findOne({ where: { code: 'NAPHA' } }))!;
    const recipients = await loadReminderRecipients();
    const emailsFor = (step: number) =>
      recipients
        .forStep({ centreId: centre.id, ownerId: null }, step)
        .map((user) => user.email)
        .sort();
    for (const step of [-7, -1, 0]) expect(emailsFor(step), `step ${step}`).to.deep.equal(['leder@napha.example']);
    // Every active case officer (other files' factories add some), and only them.
    const officers = (await User.findAll())
      .filter((user) => user.roles.includes('case_officer') && user.active !== false)
      .map((user) => user.email);
    expect(officers).to.include('saksbehandler@helsedir.example');
    for (const step of [1, 7])
      expect(emailsFor(step), `step ${step}`).to.deep.equal(['leder@napha.example', ...officers].sort());
  });
});
