// Every kind of e-mail the server writes to the outbox has a name in the admin's outbox list, in
// both languages, so no one reads "meeting_pack".
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { notificationKinds } from '../../../server/notifications/notify.js';
import { nb, en } from '../../../client/src/i18n/admin.js';

/** The files that create outbox e-mails with a fixed kind (notifications take theirs from notificationKinds). */
const writers = [
  'server/reminders/sweep.ts',
  'server/letters/letterIssuedEmails.ts',
  'server/meetings/invitationEmails.ts',
  'server/meetings/meetingPackEmails.ts',
  'server/notifications/digest.ts',
];

describe('i18n: outbox kinds', () => {
  it('names every outbox kind in bokmål and English', () => {
    const kinds = new Set<string>(notificationKinds);
    for (const file of writers)
      for (const match of readFileSync(file, 'utf8').matchAll(/kind: '([a-z_]+)'/g)) kinds.add(match[1]!);
    expect(kinds).to.include('meeting_pack');
    for (const kind of kinds) {
      expect(nb.outboxKind[kind], `nb ${kind}`).to.be.a('string');
      expect(en.outboxKind[kind], `en ${kind}`).to.be.a('string');
    }
  });
});
