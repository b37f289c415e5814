// "Mine oppgaver" (GET /api/me/tasks): each role sees exactly the work waiting for it, across
// years, and a centre user never another centre's. The expected sets are read from the tables
// with plain SQL, apart from the route's own queries.
import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import type { demoUsers } from '../../../support/http.js';
import { anonymous, as } from '../../../support/http.js';
import { letterInReview } from '../../../support/letters.js';
import { testYears } from '../../../support/testYears.js';
import { sequelize } from '../../../../server/db/sequelize.js';
import { osloToday } from '../../../../server/calendar.js';

type Role = keyof typeof demoUsers;
const keysOf = async (role: Role) => {
  const reply = await (await as(role)).get('/api/me/tasks');
  expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
  return reply.body as {
    items: { key: string; kind: string; centre: { code: string }; link: string }[];
    count: number;
  };
};
const rows = (sql: string, replacements: Record<string, unknown> = {}) =>
  sequelize.query<{ k: string }>(sql, { type: QueryTypes.SELECT, replacements }).then((r) => r.map((x) => x.k));

const minutesWaiting = (side: 'directorate' | 'centre', centre?: string) =>
  rows(
    `SELECT CONCAT('approveMinutes:', m.id) k FROM steering_meetings m JOIN meeting_minutes mm ON mm.steering_meeting_id = m.id
     JOIN centres c ON c.id = m.centre_id
     WHERE mm.locked_at IS NULL AND mm.${side}_approved_at IS NULL AND m.status <> 'cancelled'
       AND (m.meeting_date IS NULL OR m.meeting_date <= :today) ${centre ? 'AND c.code = :centre' : ''}`,
    { today: osloToday(), centre },
  );

async function expectedFor(role: Role): Promise<string[]> {
  switch (role) {
    case 'approver':
      return [
        ...(await rows(`SELECT CONCAT('approveLetter:', id) k FROM grant_letters WHERE status = 'in_review'`)),
        ...(await minutesWaiting('directorate')),
      ];
    case 'caseOfficer':
      return [
        ...(await rows(`SELECT CONCAT('issueLetter:', id) k FROM grant_letters WHERE status = 'approved'`)),
        ...(await rows(
          `SELECT CONCAT('reviewHandIn:', id) k FROM deadlines WHERE status = 'submitted' AND kind <> 'meeting'`,
        )),
        ...(await minutesWaiting('directorate')),
      ];
    case 'finance':
      return rows(
        `SELECT DISTINCT CONCAT('reviewAccounts:', c.code, ':', a.year) k FROM accounts_reports a
         JOIN centres c ON c.id = a.centre_id WHERE a.status = 'submitted'`,
      );
    case 'naphaLeader':
    case 'korusNordLeader': {
      const centre = role === 'naphaLeader' ? 'NAPHA' : 'KORUS-NORD';
      const own = 'JOIN centres c ON c.id = x.centre_id AND c.code = :centre';
      return [
        ...(await rows(
          `SELECT CONCAT('acceptLetter:', x.id) k FROM grant_letters x ${own} WHERE x.status = 'issued' AND x.accepted_at IS NULL`,
          { centre },
        )),
        ...(await rows(
          `SELECT CONCAT('handIn:', x.id) k FROM deadlines x ${own} LEFT JOIN users o ON o.id = x.owner_id
           WHERE x.status IN ('upcoming','due_soon','overdue','returned') AND x.kind <> 'meeting'
             AND (x.owner_id IS NULL OR o.centre_id IS NOT NULL)`,
          { centre },
        )),
        ...(await rows(
          `SELECT CONCAT('proposeAgendaItems:', m.id) k FROM deadlines x ${own}
           JOIN steering_meetings m ON m.id = x.steering_meeting_id
           WHERE x.kind = 'meeting' AND x.status IN ('upcoming','due_soon','overdue','returned') AND x.due_date >= :today
             AND m.agenda_status = 'open' AND m.status NOT IN ('held','cancelled')`,
          { centre, today: osloToday() },
        )),
        ...(await minutesWaiting('centre', centre)),
      ];
    }
    default:
      return [];
  }
}

const roles: Role[] = ['approver', 'caseOfficer', 'finance', 'naphaLeader', 'korusNordLeader', 'auditor', 'admin'];

describe('GET /api/me/tasks: what waits for each person', () => {
  let nextYearLetter: number;

  before(async () => {
    // Work of a later year shows too: the inbox is not tied to a year.
    nextYearLetter = await letterInReview('NAPHA', testYears.laterYearTask, { approve: false });
  });

  it('gives each role exactly its own waiting work, with the count', async () => {
    for (const role of roles) {
      const { items, count } = await keysOf(role);
      const expected = await expectedFor(role);
      expect(items.map((i) => i.key).sort(), role).to.deep.equal([...new Set(expected)].sort());
      expect(count, role).to.equal(items.length);
      expect((await (await as(role)).get('/api/me/tasks/count')).body.count, role).to.equal(count);
    }
    // The set-up is not empty: the seeded year gives each working role something to do.
    for (const role of ['approver', 'caseOfficer', 'naphaLeader', 'korusNordLeader'] as const)
      expect((await keysOf(role)).items, role).not.to.be.empty;
    // Accounts to review link to the review page with their centre and year chosen.
    for (const item of (await keysOf('finance')).items.filter((i) => i.kind === 'reviewAccounts')) {
      const [, code, year] = item.key.split(':');
      expect(item.link).to.equal(`/finance/accounts?year=${year}&centre=${encodeURIComponent(code!)}`);
    }
  });

  it('never shows a centre user another centre’s work', async () => {
    for (const [role, code] of [
      ['naphaLeader', 'NAPHA'],
      ['korusNordLeader', 'KORUS-NORD'],
    ] as const) {
      const { items } = await keysOf(role);
      expect(
        items.map((i) => i.centre.code).filter((c) => c !== code),
        role,
      ).to.deep.equal([]);
    }
    expect((await keysOf('korusNordLeader')).items.map((i) => i.key)).not.to.include(`approveLetter:${nextYearLetter}`);
  });

  it('moves a letter from the approver’s list to the case officer’s, with a link to act on it', async () => {
    const approverItem = (await keysOf('approver')).items.find((i) => i.key === `approveLetter:${nextYearLetter}`);
    expect(approverItem?.link).to.equal(`/letters/${nextYearLetter}`);
    expect((await keysOf('caseOfficer')).items.map((i) => i.key)).not.to.include(`issueLetter:${nextYearLetter}`);
    expect((await (await as('approver')).post(`/api/letters/${nextYearLetter}/approve`)).status).to.equal(200);
    expect((await keysOf('approver')).items.map((i) => i.key)).not.to.include(`approveLetter:${nextYearLetter}`);
    expect((await keysOf('caseOfficer')).items.map((i) => i.key)).to.include(`issueLetter:${nextYearLetter}`);
  });

  it('needs a login', async () => {
    expect((await anonymous().get('/api/me/tasks')).status).to.equal(401);
  });
});
