// The factories make what they promise: parents created when not given, shared when given, unique codes.
import { expect } from 'chai';
import { Assignment, LetterSection } from '../../server/models/index.js';
import {
  loginAs,
  makeCentre,
  makeDeadline,
  makeFrame,
  makeLetter,
  makeMeeting,
  makeUser,
  uniqueCode,
} from './factories.js';

describe('test/support/factories', () => {
  it('gives unique codes', () => {
    const codes = Array.from({ length: 50 }, () => uniqueCode());
    expect(new Set(codes).size).to.equal(50);
  });

  it('makes a letter with its centre, sections and assignments', async () => {
    const letter = await makeLetter({ sections: 2, assignments: 3, status: 'issued' });
    expect(letter.centre!.id).to.equal(letter.centreId);
    expect(letter.referenceNumber).to.be.a('string');
    expect(await LetterSection.count({ where: { letterId: letter.id } })).to.equal(2);
    expect(await Assignment.count({ where: { letterId: letter.id, centreId: letter.centreId } })).to.equal(3);
    const supplement = await makeLetter({ parent: letter });
    expect([supplement.kind, supplement.centreId, supplement.year]).to.deep.equal([
      'supplement',
      letter.centreId,
      letter.year,
    ]);
  });

  it('puts frames, deadlines and meetings on a given centre, or a new one each', async () => {
    const centre = await makeCentre();
    const { frame, letter } = await makeFrame({ centre, letter: true, accepted: false });
    expect(frame.centreId).to.equal(centre.id);
    expect([letter!.status, letter!.acceptedAt]).to.deep.equal(['issued', null]);
    expect((await makeDeadline({ letter: letter! })).centreId).to.equal(centre.id);
    const first = await makeMeeting({ centre });
    const second = await makeMeeting({ centre });
    expect([first.sequence, second.sequence]).to.deep.equal([1, 2]);
    expect((await makeFrame()).centre.id).to.not.equal(centre.id);
  });

  it('makes a user of a role who can log in; a centre role gets a centre', async () => {
    const leader = await makeUser('centre_leader');
    expect(leader.centreId).to.be.a('number');
    expect((await makeUser('finance')).centreId).to.equal(null);
    const me = await (await loginAs(leader)).get('/api/me');
    expect(me.status).to.equal(200);
    expect(me.body.email ?? me.body.user?.email).to.equal(leader.email);
  });
});
