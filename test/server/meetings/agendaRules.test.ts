// Who may still add to the agenda: the centre until the end of the agenda-deadline day (inclusive),
// the directorate until the agenda is final.
import { expect } from 'chai';
import { agendaClosedReason } from '../../../server/meetings/agendaRules.js';
import { findAgendaDeadline } from '../../../server/meetings/agendaDeadline.js';
import { SteeringMeeting, User } from '../../../server/models/index.js';
import { shiftDays } from '../../../server/reminders/workingDays.js';

describe('server/meetings/agendaRules', () => {
  let meeting: SteeringMeeting;
  let dueDate: string;
  let centreLeader: User;
  let caseOfficer: User;

  before(async () => {
    // A seeded meeting that still takes items, with its agenda deadline.
    const open = await SteeringMeeting.findAll({
      where: { status: ['planned', 'scheduled'], agendaStatus: 'open' },
      order: [['id', 'ASC']],
    });
    for (const candidate of open) {
      const deadline = await findAgendaDeadline(candidate.id);
      if (deadline && deadline.status !== 'cancelled') {
        meeting = candidate;
        dueDate = deadline.dueDate;
        break;
      }
    }
    expect(meeting, 'a seeded open meeting with an agenda deadline').to.exist;
    centreLeader = (await User.findOne({ where: { centreId: meeting.centreId } }))!;
    caseOfficer = (await User.findOne({ where: { email: 'saksbehandler@helsedir.example' } }))!;
    expect(centreLeader.isCentreUser).to.equal(true);
  });

  it('lets the centre add items on the agenda-deadline day itself', async () => {
    expect(await agendaClosedReason(centreLeader, meeting, undefined, shiftDays(dueDate, -1))).to.equal(null);
    expect(await agendaClosedReason(centreLeader, meeting, undefined, dueDate)).to.equal(null);
  });

  it('closes the agenda to the centre the day after, naming the deadline', async () => {
    expect((await agendaClosedReason(centreLeader, meeting, undefined, shiftDays(dueDate, 1)))?.en).to.match(
      /^The agenda deadline was .+; ask the case officer to add the item\.$/,
    );
  });

  it('keeps it open to the directorate after the deadline', async () => {
    expect(await agendaClosedReason(caseOfficer, meeting, undefined, shiftDays(dueDate, 30))).to.equal(null);
  });
});
