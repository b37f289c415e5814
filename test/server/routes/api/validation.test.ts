// Every write route answers bad input with 400 naming the field, and writes nothing.
import { expect } from 'chai';
import { as, anonymous } from '../../../support/http.js';
import type { Client, demoUsers } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { fieldLabel } from '../../../../server/i18n/fieldLabels.js';

interface Case {
  role: keyof typeof demoUsers | 'anonymous';
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** OpenAPI-style path, for the coverage check */
  route: string;
  path: () => string;
  body?: unknown;
  field: string;
}

const ids = {
  draftLetter: 0,
  assignment: 0,
  deadline: 0,
  frame: 0,
  meeting: 0,
  organisation: 0,
  user: 0,
  budgetLine: 0,
  accounts: 0,
  korusNordLeader: 0,
};

const cases: Case[] = [
  {
    role: 'anonymous',
    method: 'POST',
    route: '/api/auth/login',
    path: () => '/api/auth/login',
    body: { email: 'not-an-email', password: 'x' },
    field: 'body.email',
  },
  {
    role: 'admin',
    method: 'POST',
    route: '/api/centres',
    path: () => '/api/centres',
    body: { code: 'NY', name: 'Nytt senter', scope: 'local' },
    field: 'body.scope',
  },
  {
    role: 'admin',
    method: 'POST',
    route: '/api/centres',
    path: () => '/api/centres',
    body: { code: 'NY2', name: 'Nytt', scope: 'national', hostOrganisationId: 999999 },
    field: 'body.hostOrganisationId',
  },
  {
    role: 'admin',
    method: 'PATCH',
    route: '/api/centres/{code}',
    path: () => '/api/centres/NAPHA',
    body: { established: 'i fjor' },
    field: 'body.established',
  },
  {
    role: 'admin',
    method: 'DELETE',
    route: '/api/centres/{code}',
    path: () => '/api/centres/%20',
    field: 'params.code',
  },
  {
    role: 'admin',
    method: 'POST',
    route: '/api/organisations',
    path: () => '/api/organisations',
    body: { name: 'Org', type: 'company' },
    field: 'body.type',
  },
  {
    role: 'admin',
    method: 'PATCH',
    route: '/api/organisations/{id}',
    path: () => `/api/organisations/${ids.organisation}`,
    body: { name: '' },
    field: 'body.name',
  },
  {
    role: 'admin',
    method: 'DELETE',
    route: '/api/organisations/{id}',
    path: () => '/api/organisations/abc',
    field: 'params.id',
  },
  {
    role: 'admin',
    method: 'POST',
    route: '/api/users',
    path: () => '/api/users',
    body: { email: 'ny@helsedir.example', name: 'Ny', roles: ['case_officer'], password: 'kort' },
    field: 'body.password',
  },
  {
    role: 'admin',
    method: 'POST',
    route: '/api/users',
    path: () => '/api/users',
    body: { email: 'ny@helsedir.example', name: 'Ny', roles: ['centre_leader'], password: 'et langt passord her' },
    field: 'body.centre',
  },
  {
    role: 'admin',
    method: 'PATCH',
    route: '/api/users/{id}',
    path: () => `/api/users/${ids.user}`,
    body: { roles: ['king'] },
    field: 'body.roles.0',
  },
  { role: 'admin', method: 'DELETE', route: '/api/users/{id}', path: () => '/api/users/-3', field: 'params.id' },
  {
    role: 'admin',
    method: 'POST',
    route: '/api/outbox/{id}/resend',
    path: () => '/api/outbox/abc/resend',
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/letters',
    path: () => '/api/letters',
    body: { centre: 'NAPHA', year: 2031 },
    field: 'body.title',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/letters',
    path: () => '/api/letters',
    body: { centre: 'NOPE', year: 2031, title: 'Brev' },
    field: 'body.centre',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/letters',
    path: () => '/api/letters',
    body: { centre: 'NAPHA', year: 2031, title: 'Brev', kind: 'supplement' },
    field: 'body.parentId',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/letters',
    path: () => '/api/letters',
    body: { centre: 'NAPHA', year: 2031, title: 'Brev', copyRecipients: [{ name: 'X', organisationId: 999999 }] },
    field: 'body.copyRecipients.0.organisationId',
  },
  {
    role: 'caseOfficer',
    method: 'PATCH',
    route: '/api/letters/{id}',
    path: () => `/api/letters/${ids.draftLetter}`,
    body: { letterDate: '2026-02-30' },
    field: 'body.letterDate',
  },
  {
    role: 'caseOfficer',
    method: 'PATCH',
    route: '/api/letters/{id}',
    path: () => `/api/letters/${ids.draftLetter}`,
    body: { sections: [{ heading: '', body: 'x' }] },
    field: 'body.sections.0.heading',
  },
  {
    role: 'caseOfficer',
    method: 'DELETE',
    route: '/api/letters/{id}',
    path: () => '/api/letters/1.5',
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/assignments',
    path: () => '/api/assignments',
    body: { letterId: ids.draftLetter, rank: 0, title: 'Oppdrag' },
    field: 'body.rank',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/assignments',
    path: () => '/api/assignments',
    body: { letterId: 999999, rank: 1, title: 'Oppdrag' },
    field: 'body.letterId',
  },
  {
    role: 'caseOfficer',
    method: 'PATCH',
    route: '/api/assignments/{id}',
    path: () => `/api/assignments/${ids.assignment}`,
    body: { deadlineDate: '2026-06-01', deadlineToBeAgreed: true },
    field: 'body.deadlineToBeAgreed',
  },
  {
    role: 'caseOfficer',
    method: 'DELETE',
    route: '/api/assignments/{id}',
    path: () => '/api/assignments/x',
    field: 'params.id',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/budget-frames',
    path: () => '/api/budget-frames',
    body: { centre: 'NAPHA', year: 2009, budgetLine: { chapter: 743, item: 70 }, amountOre: 12.5 },
    field: 'body.amountOre',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/budget-frames',
    path: () => '/api/budget-frames',
    body: { centre: 'NAPHA', year: 2009, budgetLine: { chapter: 999, item: 1 }, amountOre: 100 },
    field: 'body.budgetLine',
  },
  {
    role: 'finance',
    method: 'PATCH',
    route: '/api/budget-frames/{id}',
    path: () => `/api/budget-frames/${ids.frame}`,
    body: { amountOre: -100 },
    field: 'body.amountOre',
  },
  {
    role: 'finance',
    method: 'DELETE',
    route: '/api/budget-frames/{id}',
    path: () => '/api/budget-frames/0',
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/deadlines',
    path: () => '/api/deadlines',
    body: { centre: 'NAPHA', year: 2027, kind: 'plan', title: 'Plan', dueDate: '15.02.2027' },
    field: 'body.dueDate',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/deadlines',
    path: () => '/api/deadlines',
    body: { centre: 'NAPHA', year: 2027, kind: 'holiday', title: 'Plan', dueDate: '2027-02-15' },
    field: 'body.kind',
  },
  {
    role: 'caseOfficer',
    method: 'PATCH',
    route: '/api/deadlines/{id}',
    path: () => `/api/deadlines/${ids.deadline}`,
    body: { status: 'forgotten' },
    field: 'body.status',
  },
  {
    role: 'caseOfficer',
    method: 'DELETE',
    route: '/api/deadlines/{id}',
    path: () => '/api/deadlines/null',
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/steering-meetings',
    path: () => '/api/steering-meetings',
    body: { centre: 'NAPHA', year: 2027, sequence: 1 },
    field: 'body.plannedMonth',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/steering-meetings',
    path: () => '/api/steering-meetings',
    body: { centre: 'NAPHA', year: 2027, sequence: 1, meetingDate: '2028-04-10' },
    field: 'body.meetingDate',
  },
  {
    role: 'caseOfficer',
    method: 'PATCH',
    route: '/api/steering-meetings/{id}',
    path: () => `/api/steering-meetings/${ids.meeting}`,
    body: { plannedMonth: 13 },
    field: 'body.plannedMonth',
  },
  {
    role: 'caseOfficer',
    method: 'DELETE',
    route: '/api/steering-meetings/{id}',
    path: () => '/api/steering-meetings/abc',
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'PATCH',
    route: '/api/steering-meetings/{id}',
    path: () => `/api/steering-meetings/${ids.meeting}`,
    body: { startTime: '25:00' },
    field: 'body.startTime',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/steering-meetings',
    path: () => '/api/steering-meetings',
    body: { centre: 'NAPHA', year: 2009, sequence: 1, plannedMonth: 4 }, // the seeded first meeting of 2009
    field: 'body.sequence',
  },
  {
    role: 'caseOfficer',
    method: 'PUT',
    route: '/api/steering-meetings/{id}/participants',
    path: () => `/api/steering-meetings/${ids.meeting}/participants`,
    body: { participants: [{ userId: ids.korusNordLeader }] }, // another centre's leader
    field: 'body.participants.0.userId',
  },
  {
    role: 'caseOfficer',
    method: 'PUT',
    route: '/api/steering-meetings/{id}/minutes',
    path: () => `/api/steering-meetings/${ids.meeting}/minutes`,
    body: { decisions: [], actionItems: [{ title: 'Svare', ownerId: ids.korusNordLeader, dueDate: '2009-12-01' }] },
    field: 'body.actionItems.0.ownerId',
  },
  ...(['cancel', 'invitations', 'agenda/finalise', 'agenda/reopen', 'minutes/approve'] as const).map((step): Case => ({
    role: step === 'minutes/approve' ? 'approver' : 'caseOfficer',
    method: 'POST',
    route: `/api/steering-meetings/{id}/${step}`,
    path: () => `/api/steering-meetings/0/${step}`,
    field: 'params.id',
  })),
  {
    role: 'caseOfficer',
    method: 'PUT',
    route: '/api/steering-meetings/{id}/participants',
    path: () => `/api/steering-meetings/${ids.meeting}/participants`,
    body: { participants: [{ name: 'Gjest', email: 'not-an-email', side: 'centre' }] },
    field: 'body.participants.0.email',
  },
  {
    role: 'naphaLeader',
    method: 'POST',
    route: '/api/steering-meetings/{id}/agenda-items',
    path: () => `/api/steering-meetings/${ids.meeting}/agenda-items`,
    body: { title: '   ' },
    field: 'body.title',
  },
  {
    role: 'caseOfficer',
    method: 'PATCH',
    route: '/api/agenda-items/{id}',
    path: () => '/api/agenda-items/x',
    body: { title: 'Ny tittel' },
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'DELETE',
    route: '/api/agenda-items/{id}',
    path: () => '/api/agenda-items/-1',
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/agenda-items/{id}/files',
    path: () => '/api/agenda-items/1.5/files',
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'PUT',
    route: '/api/steering-meetings/{id}/agenda/order',
    path: () => `/api/steering-meetings/${ids.meeting}/agenda/order`,
    body: { itemIds: 'first' },
    field: 'body.itemIds',
  },
  {
    role: 'caseOfficer',
    method: 'PUT',
    route: '/api/steering-meetings/{id}/minutes',
    path: () => `/api/steering-meetings/${ids.meeting}/minutes`,
    body: { decisions: [], actionItems: [{ title: 'Send tall', dueDate: '2009-13-01' }] },
    field: 'body.actionItems.0.dueDate',
  },
  ...(['submit', 'approve', 'reopen', 'issue'] as const).map((step): Case => ({
    role: step === 'approve' ? 'approver' : 'caseOfficer',
    method: 'POST',
    route: `/api/letters/{id}/${step}`,
    path: () => `/api/letters/abc/${step}`,
    field: 'params.id',
  })),
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/letters/{id}/reopen',
    path: () => `/api/letters/${ids.draftLetter}/reopen`,
    body: { reason: '   ' },
    field: 'body.reason',
  },
  {
    role: 'naphaLeader',
    method: 'POST',
    route: '/api/letters/{id}/accept',
    path: () => `/api/letters/${ids.draftLetter}/accept`,
    body: { bankAccount: '1234.56.78901', confirmConditions: true },
    field: 'body.bankAccount',
  },
  {
    role: 'naphaLeader',
    method: 'POST',
    route: '/api/letters/{id}/accept',
    path: () => `/api/letters/${ids.draftLetter}/accept`,
    body: { bankAccount: '8601.11.17947' },
    field: 'body.confirmConditions',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/indicators/import',
    path: () => '/api/indicators/import',
    body: { year: 2030, csv: 'centre;n;contacted_pct\nNAPHA;341;seventy' },
    field: 'body.csv',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/joint-assignments',
    path: () => '/api/joint-assignments',
    body: { year: 2032, title: 'Felles', rank: 1, centres: ['RVTS-OST', 'RVTS-OST'] },
    field: 'body.centres',
  },
  ...(['render', 'issue'] as const).map((kind): Case => ({
    role: 'caseOfficer',
    method: 'POST',
    route: `/api/letters/bulk/${kind}`,
    path: () => `/api/letters/bulk/${kind}`,
    body: { year: 'neste år' },
    field: 'body.year',
  })),
  {
    role: 'naphaLeader',
    method: 'POST',
    route: '/api/deadlines/{id}/submissions',
    path: () => '/api/deadlines/abc/submissions',
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/deadlines/{id}/review',
    path: () => `/api/deadlines/${ids.deadline}/review`,
    body: { decision: 'maybe' },
    field: 'body.decision',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/deadlines/{id}/due-date',
    path: () => `/api/deadlines/${ids.deadline}/due-date`,
    body: { dueDate: '2027-04-01', reason: '' },
    field: 'body.reason',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/budget-lines',
    path: () => '/api/budget-lines',
    body: { year: 2031, chapter: 743, item: 100, name: 'Post 100' },
    field: 'body.item',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/budget-lines',
    path: () => '/api/budget-lines',
    body: { year: 2031, chapter: 743, item: 21, name: 'Post 21', organisationId: 999999 },
    field: 'body.organisationId',
  },
  {
    role: 'finance',
    method: 'PATCH',
    route: '/api/budget-lines/{id}',
    path: () => `/api/budget-lines/${ids.budgetLine}`,
    body: { holdWhenOverdue: 'nei' },
    field: 'body.holdWhenOverdue',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/budget-frames/import',
    path: () => '/api/budget-frames/import',
    // No body at all: a JSON body would be refused with 415 before the file is looked for.
    field: 'body.file',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/budget-frames/copy',
    path: () => '/api/budget-frames/copy',
    body: { fromYear: 2009, toYear: 1999 },
    field: 'body.toYear',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/disbursements/{id}/reverse',
    path: () => '/api/disbursements/0/reverse',
    body: { reason: 'Feil' },
    field: 'params.id',
  },
  {
    role: 'finance',
    method: 'PUT',
    route: '/api/budget-frames/{id}/payment-plan',
    path: () => `/api/budget-frames/${ids.frame}/payment-plan`,
    body: { instalments: [{ dueDate: '2009-13-01', amountOre: 100 }] },
    field: 'body.instalments.0.dueDate',
  },
  {
    role: 'finance',
    method: 'PUT',
    route: '/api/budget-frames/{id}/payment-plan',
    path: () => `/api/budget-frames/${ids.frame}/payment-plan`,
    body: { instalments: [{ dueDate: '2009-03-01', amountOre: 900_000_000_000 }] },
    field: 'body.instalments',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/disbursements',
    path: () => '/api/disbursements',
    body: { budgetFrameId: 1, paidOn: '2009-03-01', amountOre: 0, voucherReference: 'B-1' },
    field: 'body.amountOre',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/disbursements',
    path: () => '/api/disbursements',
    body: { budgetFrameId: 999999, paidOn: '2009-03-01', amountOre: 100, voucherReference: 'B-1' },
    field: 'body.budgetFrameId',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/disbursements',
    path: () => '/api/disbursements',
    body: { budgetFrameId: 999999, paidOn: '2099-03-01', amountOre: 100, voucherReference: 'B-1' },
    field: 'body.paidOn',
  },
  {
    role: 'finance',
    method: 'DELETE',
    route: '/api/disbursements/{id}',
    path: () => '/api/disbursements/abc',
    field: 'params.id',
  },
  {
    role: 'naphaLeader',
    method: 'POST',
    route: '/api/accounts-reports',
    path: () => '/api/accounts-reports',
    body: { centre: 'NAPHA', year: 2009, budgetLine: { chapter: 743, item: 70 }, spentOre: 100, unspentOre: -1 },
    field: 'body.unspentOre',
  },
  {
    role: 'naphaLeader',
    method: 'POST',
    route: '/api/accounts-reports',
    path: () => '/api/accounts-reports',
    body: { centre: 'NAPHA', year: 2009, budgetLine: { chapter: 743, item: 99 }, spentOre: 100, unspentOre: 0 },
    field: 'body.budgetLine',
  },
  {
    role: 'finance',
    method: 'PATCH',
    route: '/api/accounts-reports/{id}',
    path: () => `/api/accounts-reports/${ids.accounts}`,
    body: { spentOre: 1.5 },
    field: 'body.spentOre',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/accounts-reports/{id}/review',
    path: () => `/api/accounts-reports/${ids.accounts}/review`,
    body: { status: 'approved', unspentOutcome: 'forgotten' },
    field: 'body.unspentOutcome',
  },
  {
    role: 'finance',
    method: 'POST',
    route: '/api/accounts-reports/{id}/review',
    path: () => `/api/accounts-reports/${ids.accounts}/review`,
    body: { status: 'approved', unspentOutcome: null },
    field: 'body.unspentOutcome',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/indicators/import',
    path: () => '/api/indicators/import',
    body: { year: 1800, csv: 'centre;n;contacted_pct\nNAPHA;341;70' },
    field: 'body.year',
  },
  {
    role: 'naphaLeader',
    method: 'POST',
    route: '/api/comments',
    path: () => '/api/comments',
    body: { subjectType: 'letter', subjectId: 1, body: '   ' },
    field: 'body.body',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/comments',
    path: () => '/api/comments',
    body: { subjectType: 'budget', subjectId: 1, body: 'Hei' },
    field: 'body.subjectType',
  },
  {
    role: 'caseOfficer',
    method: 'PATCH',
    route: '/api/comments/{id}',
    path: () => '/api/comments/x',
    body: { body: 'Ny tekst' },
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'DELETE',
    route: '/api/comments/{id}',
    path: () => '/api/comments/0',
    field: 'params.id',
  },
  {
    role: 'naphaLeader',
    method: 'PUT',
    route: '/api/deadlines/{id}/report',
    path: () => `/api/deadlines/${ids.deadline}/report`,
    body: { content: { activities: [{ channel: 'tv', count: 1 }] } },
    field: 'body.content.activities.0.channel',
  },
  {
    role: 'naphaLeader',
    method: 'POST',
    route: '/api/deadlines/{id}/report/submit',
    path: () => '/api/deadlines/x/report/submit',
    field: 'params.id',
  },
  {
    role: 'caseOfficer',
    method: 'POST',
    route: '/api/deadlines/{id}/report/assessments',
    path: () => `/api/deadlines/${ids.deadline}/report/assessments`,
    body: { assignmentId: null, achievement: 'great', justification: 'God' },
    field: 'body.achievement',
  },
  {
    role: 'naphaLeader',
    method: 'PATCH',
    route: '/api/me/preferences',
    path: () => '/api/me/preferences',
    body: { reminderDelivery: 'weekly' },
    field: 'body.reminderDelivery',
  },
];

describe('routes/api: bad input on write routes', () => {
  before(async () => {
    const officer = await as('caseOfficer');
    ids.draftLetter = (await officer.get('/api/letters?status=draft')).body.items[0].id;
    const napha = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0];
    const letter = (await officer.get(`/api/letters/${napha.id}`)).body;
    ids.assignment = letter.assignments[0].id;
    ids.deadline = letter.deadlines[0].id;
    ids.frame = letter.budgetFrames[0].id;
    ids.meeting = letter.steeringMeetings[0].id;
    ids.korusNordLeader = (await (await as('korusNordLeader')).get('/api/me')).body.user.id;
    ids.organisation = (await officer.get('/api/organisations')).body.items[0].id;
    ids.user = (await (await as('admin')).get('/api/users')).body.items[0].id;
    ids.budgetLine = (await officer.get('/api/budget-lines')).body.items[0].id;
    // Accounts with unspent money, under review: approving them needs an outcome.
    const submitted = await (
      await as('naphaLeader')
    ).post('/api/accounts-reports', {
      centre: 'NAPHA',
      year: 2009,
      budgetLine: { chapter: 743, item: 70 },
      spentOre: 17_000_000_00,
      unspentOre: 1_000_000_00,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).to.equal(201);
    ids.accounts = submitted.body.id;
  });

  for (const c of cases) {
    it(`${c.method} ${c.route} → 400 naming ${c.field}`, async () => {
      const client: Client = c.role === 'anonymous' ? anonymous() : await as(c.role);
      const before = await rowCounts();
      const reply = await client.request(c.method, c.path(), c.body);
      expect(reply.status, JSON.stringify(reply.body)).to.equal(400);
      expect(reply.headers.get('content-type')).to.match(/^application\/problem\+json/);
      expect(reply.body.errors.map((e: any) => e.field)).to.include(c.field);
      // The detail names the field as the form does, never by its path.
      expect(reply.body.detail).to.include(fieldLabel(c.field)!.en).and.not.include(c.field);
      expect(await rowCounts()).to.deep.equal(before);
    });
  }

  it('answers malformed JSON with 400', async () => {
    const reply = await (await as('caseOfficer')).request('POST', '/api/deadlines', '{"centre": ');
    expect(reply.status).to.equal(400);
    expect(reply.body.type).to.match(/malformed-json$/);
  });

  it('covers every write route in the OpenAPI document', async () => {
    const document = (await anonymous().get('/api/openapi.json')).body;
    const writeRoutes = Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method, operation]) => method !== 'get' && (operation.requestBody || operation.parameters?.length))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(cases.map((c) => `${c.method} ${c.route}`));
    expect(writeRoutes.filter((route) => !covered.has(route))).to.deep.equal([]);
  });
});
