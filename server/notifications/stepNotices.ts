// The notices of the year's steps: who each hands work to, and what they are told.
//   submitted → approvers; approved → the case officer; returned to draft → the case officer;
//   accepted → the case officer and finance; handed in → the case officer; reviewed → the centre;
//   one side approved the minutes → the other side.
// Those asked to approve are those the policies let approve.
// (Issued → the centre is the letter-issued e-mail with the PDF: letters/letterIssuedEmails.ts.)
import type { Transaction } from 'sequelize';
import { Centre, GrantLetter } from '../models/index.js';
import type {
  Deadline,
  DeadlineSubmission,
  MeetingMinutes,
  OutboxEmail,
  User,
  SteeringMeeting,
} from '../models/index.js';
import { notify } from './notify.js';
import { caseOfficersOf, centreWith, directorateWith, whoMay } from './recipients.js';
import { formatDateLong } from '../../templates/formats.js';

const centreName = async (centreId: number, transaction: Transaction) =>
  (await Centre.findByPk(centreId, { attributes: ['name'], transaction }))?.name ?? '';

export type NotifiedLetterStep = 'submit' | 'approve' | 'reopen' | 'accept';

/** `occurrence` names this taking of the step (its audit event), so a later round is a new notice. */
export async function letterStepNotice(
  step: NotifiedLetterStep,
  letter: GrantLetter,
  actor: User,
  occurrence: number,
  transaction: Transaction,
  reason?: string | null,
): Promise<OutboxEmail[]> {
  const centre = await centreName(letter.centreId, transaction);
  const named = `«${letter.title}» (${centre}, ${letter.year})`;
  const base = { centreId: letter.centreId, link: `/letters/${letter.id}` };
  switch (step) {
    case 'submit':
      return notify(
        {
          ...base,
          kind: 'letter_submitted',
          key: `letter_submitted:${letter.id}:${occurrence}`,
          title: `Brev til godkjenning: ${centre} ${letter.year}`,
          body: `${actor.name} har sendt brevet ${named} til godkjenning.`,
        },
        await whoMay('approve', letter, null, transaction),
        actor,
        transaction,
      );
    case 'approve':
      return notify(
        {
          ...base,
          kind: 'letter_approved',
          key: `letter_approved:${letter.id}:${occurrence}`,
          title: `Brev godkjent: ${centre} ${letter.year}`,
          body: `${actor.name} har godkjent brevet ${named}. Det kan nå sendes til senteret.`,
        },
        await caseOfficersOf(letter.createdById, transaction),
        actor,
        transaction,
      );
    case 'reopen':
      return notify(
        {
          ...base,
          kind: 'letter_returned',
          key: `letter_returned:${letter.id}:${occurrence}`,
          title: `Brev sendt tilbake til utkast: ${centre} ${letter.year}`,
          body: `${actor.name} har sendt brevet ${named} tilbake til utkast.${reason ? ` Begrunnelse: ${reason}` : ''}`,
        },
        await caseOfficersOf(letter.createdById, transaction),
        actor,
        transaction,
      );
    case 'accept':
      return notify(
        {
          ...base,
          kind: 'letter_accepted',
          key: `letter_accepted:${letter.id}:${occurrence}`,
          title: `Brev akseptert: ${centre} ${letter.year}`,
          body: `${centre} har akseptert brevet ${named}. Utbetalinger kan gjøres etter betalingsplanen.`,
        },
        [
          ...(await caseOfficersOf(letter.createdById, transaction)),
          ...(await directorateWith(['finance'], transaction)),
        ],
        actor,
        transaction,
      );
  }
}

const letterOf = async (deadline: Deadline, transaction: Transaction) =>
  deadline.letterId === null
    ? null
    : GrantLetter.findByPk(deadline.letterId, { attributes: ['id', 'createdById'], transaction });

export async function handInNotice(
  deadline: Deadline,
  submission: DeadlineSubmission,
  actor: User,
  transaction: Transaction,
): Promise<OutboxEmail[]> {
  const centre = await centreName(deadline.centreId, transaction);
  const letter = await letterOf(deadline, transaction);
  return notify(
    {
      kind: 'hand_in',
      key: `hand_in:${submission.id}`,
      centreId: deadline.centreId,
      link: `/deadlines/${deadline.id}`,
      title: `Levert til vurdering: ${deadline.title} (${centre})`,
      body: `${centre} har levert «${deadline.title}» (frist ${formatDateLong(deadline.dueDate, 'nb')}). Leveransen venter på din vurdering.`,
    },
    await caseOfficersOf(letter?.createdById ?? null, transaction),
    actor,
    transaction,
  );
}

export async function reviewNotice(
  deadline: Deadline,
  submission: DeadlineSubmission,
  actor: User,
  transaction: Transaction,
): Promise<OutboxEmail[]> {
  const accepted = submission.reviewStatus === 'accepted';
  // The centre's leaders, and whoever handed it in.
  const people = (await centreWith(deadline.centreId, transaction, ['centre_leader', 'centre_staff'])).filter(
    (user) => user.hasRole('centre_leader') || user.id === submission.submittedById,
  );
  return notify(
    {
      kind: 'hand_in_reviewed',
      key: `hand_in_reviewed:${submission.id}`,
      centreId: deadline.centreId,
      link: `/deadlines/${deadline.id}`,
      title: accepted ? `Leveransen er godkjent: ${deadline.title}` : `Leveransen er sendt tilbake: ${deadline.title}`,
      body: accepted
        ? `Helsedirektoratet har godkjent leveransen «${deadline.title}».`
        : `Helsedirektoratet har sendt leveransen «${deadline.title}» tilbake. ${submission.reviewComment ?? ''}`.trim(),
    },
    people,
    actor,
    transaction,
  );
}

/** One side approved the minutes; the other side is now waited for. */
export async function minutesNotice(
  meeting: SteeringMeeting,
  minutes: MeetingMinutes,
  actor: User,
  transaction: Transaction,
): Promise<OutboxEmail[]> {
  const approvedAt = actor.isCentreUser ? minutes.centreApprovedAt : minutes.directorateApprovedAt;
  if (minutes.lockedAt || !approvedAt) return [];
  const centre = await centreName(meeting.centreId, transaction);
  const otherSide = await whoMay('approveMinutes', meeting, actor.isCentreUser ? null : meeting.centreId, transaction);
  return notify(
    {
      kind: 'minutes_waiting',
      key: `minutes_waiting:${minutes.id}:${actor.isCentreUser ? 'centre' : 'directorate'}:${approvedAt.getTime()}`,
      centreId: meeting.centreId,
      link: `/meetings/${meeting.id}`,
      title: `Referat venter på godkjenning: styringsmøte ${meeting.sequence}/${meeting.year} (${centre})`,
      body: `${actor.name} har godkjent referatet fra styringsmøte ${meeting.sequence}/${meeting.year} med ${centre}. Referatet låses når begge parter har godkjent.`,
    },
    otherSide,
    actor,
    transaction,
  );
}
