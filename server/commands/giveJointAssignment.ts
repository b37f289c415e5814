// Gives one assignment to several centres at once (felles oppdrag). Each centre's copy goes into
// its main letter for the year while that is still a draft or in review; once the main letter is
// approved or issued, into a draft supplement to it (an open one is reused). A centre without a
// letter for the year stops the whole action, naming the centre: nothing is half-given. A joint
// long-term assignment (startYear–endYear) is carried on in each centre's next letter like any
// long-term assignment, each centre's row keeping the joint assignment (assignmentCarryOver.ts).
import type { Transaction } from 'sequelize';
import { Assignment, GrantLetter, JointAssignment } from '../models/index.js';
import type { Centre, User } from '../models/index.js';
import { fieldError } from '../errors.js';
import { say } from '../i18n/language.js';
import { checkAssignmentYears } from '../letters/assignmentYears.js';

export interface NewJointAssignment {
  year: number;
  title: string;
  description?: string | null;
  rank: number;
  deadlineDate?: string | null;
  startYear?: number | null;
  endYear?: number | null;
  centres: Centre[];
}

async function letterFor(
  actor: User,
  centre: Centre,
  index: number,
  input: NewJointAssignment,
  transaction: Transaction,
) {
  const main = await GrantLetter.findOne({
    where: { centreId: centre.id, year: input.year, kind: 'main' },
    transaction,
    lock: transaction.LOCK.UPDATE,
  });
  if (!main)
    throw fieldError(
      `body.centres.${index}`,
      say(
        `${centre.code} har ikke noe brev for ${input.year}; skriv et utkast først`,
        `${centre.code} has no letter for ${input.year}; draft one first`,
      ),
    );
  // Into the main letter while it is a draft; past that, into a draft supplement.
  if (main.isDraft) return main;
  const openSupplement = await GrantLetter.findOne({
    where: { centreId: centre.id, year: input.year, kind: 'supplement', parentId: main.id, status: 'draft' },
    order: [['id', 'ASC']],
    transaction,
  });
  return (
    openSupplement ??
    GrantLetter.create(
      {
        centreId: centre.id,
        year: input.year,
        kind: 'supplement',
        parentId: main.id,
        referenceNumber: null,
        status: 'draft',
        title: `Supplerende oppdrag ${input.year}`,
        language: main.language,
        letterDate: null,
        senderOrganisationId: main.senderOrganisationId,
        createdById: actor.id,
        issuedAt: null,
      },
      { transaction },
    )
  );
}

export async function giveJointAssignment(actor: User, input: NewJointAssignment, transaction: Transaction) {
  const years = { startYear: input.startYear ?? null, endYear: input.endYear ?? null };
  checkAssignmentYears(years, input.year);
  const joint = await JointAssignment.create(
    { year: input.year, title: input.title, description: input.description ?? null, createdById: actor.id },
    { transaction },
  );
  for (const [index, centre] of input.centres.entries()) {
    const letter = await letterFor(actor, centre, index, input, transaction);
    await Assignment.create(
      {
        letterId: letter.id,
        centreId: centre.id,
        jointAssignmentId: joint.id,
        rank: input.rank,
        title: input.title,
        description: input.description ?? null,
        deadlineDate: input.deadlineDate ?? null,
        deadlineToBeAgreed: !input.deadlineDate,
        ...years,
      },
      { transaction },
    );
  }
  return joint;
}
