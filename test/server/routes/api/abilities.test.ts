// The answers carry what the caller may do, from the same policies that guard the routes: the
// client shows menus and buttons from them instead of checking roles itself.
import { expect } from 'chai';
import { as } from '../../../support/http.js';

describe('routes/api: abilities from the policies', () => {
  it('tells each user at /api/me what it may do across the system', async () => {
    const admin = (await (await as('admin')).get('/api/me')).body.abilities;
    expect(admin).to.include({ createUser: true, listUsers: true, readAuditTrail: true, manageOutbox: true });
    expect(admin).to.include({ runBulkLetterJobs: false, createJointAssignment: false });
    const officer = (await (await as('caseOfficer')).get('/api/me')).body.abilities;
    expect(officer).to.include({ createUser: false, importIndicators: true, runBulkLetterJobs: true });
    const auditor = (await (await as('auditor')).get('/api/me')).body.abilities;
    expect(auditor).to.include({ createUser: false, listUsers: true, readAuditTrail: true, manageOutbox: false });
    const leader = (await (await as('naphaLeader')).get('/api/me')).body.abilities;
    expect(Object.values(leader).every((may) => may === false)).to.equal(true);
    // The kinds of work the screens offer (home page, menu, buttons): from the policies, not roles.
    expect(officer).to.include({ draftLetters: true, approveLetters: false, readCentreOverview: true });
    expect(officer).to.include({ listSteeringMeetings: true, manageBudgetFrames: false });
    const approver = (await (await as('approver')).get('/api/me')).body.abilities;
    expect(approver).to.include({ draftLetters: false, approveLetters: true, readCentreOverview: true });
    const finance = (await (await as('finance')).get('/api/me')).body.abilities;
    expect(finance).to.include({ manageBudgetFrames: true, draftLetters: false, listSteeringMeetings: true });
  });

  it("gives one deadline with the reader's abilities", async () => {
    const leader = await as('naphaLeader');
    // A deadline of its own: other files hand in NAPHA's seeded ones.
    const created = await (
      await as('caseOfficer')
    ).post('/api/deadlines', {
      centre: 'NAPHA',
      year: 2031,
      kind: 'custom',
      title: 'Egen frist',
      dueDate: '2031-06-02',
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const open = created.body as { id: number };
    const asLeader = (await leader.get(`/api/deadlines/${open.id}`)).body.abilities;
    expect(asLeader).to.deep.equal({ update: false, delete: false, handIn: true, review: false, moveDueDate: false });
    const asOfficer = (await (await as('caseOfficer')).get(`/api/deadlines/${open.id}`)).body.abilities;
    expect(asOfficer).to.deep.equal({ update: true, delete: true, handIn: false, review: false, moveDueDate: true });
  });

  it('gives one centre with what the reader may create for it', async () => {
    const asOfficer = (await (await as('caseOfficer')).get('/api/centres/NAPHA')).body.abilities;
    expect(asOfficer).to.include({ createLetter: true, createDeadline: true, createBudgetFrame: false, update: false });
    const asFinance = (await (await as('finance')).get('/api/centres/NAPHA')).body.abilities;
    expect(asFinance).to.include({ createLetter: false, createBudgetFrame: true, createAccountsReport: true });
    const asLeader = (await (await as('naphaLeader')).get('/api/centres/NAPHA')).body.abilities;
    expect(asLeader).to.include({ createLetter: false, createAccountsReport: true });
  });

  it('tells who may start a supplement to an issued main letter and follow its assignments up', async () => {
    const officer = await as('caseOfficer');
    const issued = (await officer.get('/api/letters?status=issued')).body.items.find(
      (letter: { kind: string }) => letter.kind === 'main',
    );
    const asOfficer = (await officer.get(`/api/letters/${issued.id}`)).body;
    expect(asOfficer.abilities.createSupplement).to.equal(true);
    expect(asOfficer.abilities.setAssignmentStatus).to.equal(asOfficer.assignments.length > 0);
    const asApprover = (await (await as('approver')).get(`/api/letters/${issued.id}`)).body.abilities;
    expect(asApprover).to.include({ createSupplement: false, setAssignmentStatus: false });
  });
});
