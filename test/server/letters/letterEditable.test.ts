// Why a letter may not change: an issued letter never changes (a supplement is the way), one in
// review or approved must be reopened first. The 409 says which, in the rule and through the API.
import { expect } from 'chai';
import { assertLetterEditable } from '../../../server/letters/letterEditable.js';
import { ProblemError } from '../../../server/errors.js';
import { GrantLetter } from '../../../server/models/index.js';
import type { LetterStatus } from '../../../server/models/GrantLetter.js';
import { as } from '../../support/http.js';
import { rowCounts } from '../../support/counts.js';

const issuedReason = /is issued and can no longer change; write a supplement instead/;
const reopenReason = /reopen it \(which withdraws its approvals\)/;

function refusal(status: LetterStatus): ProblemError | null {
  try {
    assertLetterEditable(GrantLetter.build({ id: 7, status } as never));
    return null;
  } catch (error) {
    return error as ProblemError;
  }
}

describe('server/letters/letterEditable', () => {
  it('lets a draft change', () => {
    expect(refusal('draft')).to.equal(null);
  });

  it('refuses an issued letter with 409, pointing to a supplement and not to reopening', () => {
    const problem = refusal('issued')!;
    expect(problem).to.be.instanceOf(ProblemError);
    expect(problem.status).to.equal(409);
    expect(problem.detail?.en)
      .to.match(issuedReason)
      .and.not.match(/reopen/);
  });

  it('refuses a letter in review or approved with 409, asking to reopen it', () => {
    for (const status of ['in_review', 'approved'] as const) {
      const problem = refusal(status)!;
      expect(problem.status, status).to.equal(409);
      expect(problem.detail?.en, status).to.match(reopenReason).and.include(`is ${status}`);
    }
  });

  it('answers every change to an issued letter and its assignments with that reason, writing nothing', async () => {
    const letter = (await GrantLetter.findOne({ where: { status: 'issued', kind: 'main' }, order: [['id', 'ASC']] }))!;
    const officer = await as('caseOfficer');
    const detail = (await officer.get(`/api/letters/${letter.id}`)).body;
    const assignment = detail.assignments[0];
    expect(assignment, 'the issued letter has an assignment').to.exist;
    const before = await rowCounts();
    const replies = {
      'PATCH letter': await officer.patch(`/api/letters/${letter.id}`, { title: 'Ny tittel' }),
      'DELETE letter': await officer.delete(`/api/letters/${letter.id}`),
      'POST assignment': await officer.post('/api/assignments', { letterId: letter.id, rank: 9, title: 'Ny' }),
      'PATCH assignment': await officer.patch(`/api/assignments/${assignment.id}`, { title: 'Ny' }),
      'DELETE assignment': await officer.delete(`/api/assignments/${assignment.id}`),
    };
    for (const [what, reply] of Object.entries(replies)) {
      expect(reply.status, `${what}: ${JSON.stringify(reply.body)}`).to.equal(409);
      expect(reply.body.detail, what).to.match(issuedReason);
    }
    expect(await rowCounts()).to.deep.equal(before);
  });
});
