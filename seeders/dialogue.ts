// A short steering dialogue on NAPHA's letters, so a new user sees at once how the two sides talk:
// the report on last year (once handed in) and this year's letter each carry a thread, with one
// directorate-internal note the NAPHA leader never sees.
import { Op } from 'sequelize';
import { Comment, Deadline, GrantLetter } from '../server/models/index.js';
import type { User } from '../server/models/index.js';
import type { CommentSubjectType } from '../server/models/Comment.js';
import { lookUp } from './context.js';
import type { SeedContext } from './context.js';

interface Line {
  by: User;
  body: string;
  internal?: boolean;
  mentions?: User[];
  /** Days after the thread starts. */
  day: number;
}

async function thread(
  subject: { type: CommentSubjectType; id: number; centreId: number },
  start: Date,
  lines: Line[],
  context: SeedContext,
) {
  for (const line of lines) {
    // Never in the future, whatever day the demo is seeded on.
    const at = new Date(
      Math.min(start.getTime() + line.day * 24 * 3600_000, Date.now() - (lines.length - line.day) * 3600_000),
    );
    await Comment.create(
      {
        subjectType: subject.type,
        subjectId: subject.id,
        centreId: subject.centreId,
        authorId: line.by.id,
        internal: line.internal ?? false,
        body: line.body,
        mentionedUserIds: (line.mentions ?? []).map((user) => user.id),
        editedAt: null,
        deletedAt: null,
        createdAt: at,
        updatedAt: at,
      },
      { transaction: context.transaction },
    );
  }
}

export async function seedDialogue(context: SeedContext, year: number): Promise<void> {
  const napha = lookUp(context.centres, 'NAPHA', 'centre');
  const officer = lookUp(context.users, 'saksbehandler@helsedir.example', 'user');
  const approver = lookUp(context.users, 'godkjenner@helsedir.example', 'user');
  const leader = lookUp(context.users, 'leder@napha.example', 'user');
  const { transaction } = context;

  // The report on last year, due this August: once handed in, the case officer asks about it.
  const report = await Deadline.findOne({
    where: { centreId: napha.id, kind: 'report', periodYear: year - 1, status: ['submitted', 'accepted', 'returned'] },
    transaction,
  });
  if (report)
    await thread(
      { type: 'deadline', id: report.id, centreId: napha.id },
      new Date(Date.now() - 4 * 24 * 3600_000),
      [
        {
          by: officer,
          day: 0,
          body:
            'Takk for rapporten. Kan dere utdype resultatene fra FACT ung-nettverket, særlig hvor mange team som ' +
            'har tatt i bruk verktøyene?',
          mentions: [leader],
        },
        {
          by: leader,
          day: 2,
          body: 'De fleste teamene i nettverket bruker verktøyene nå. Vi legger ved tallene i neste versjon av rapporten.',
        },
        {
          by: approver,
          day: 3,
          internal: true,
          body: 'Internt: god måloppnåelse på FACT. Følg opp forbruket på post 70 i høstmøtet.',
          mentions: [officer],
        },
      ],
      context,
    );

  const letter = await GrantLetter.findOne({
    where: { centreId: napha.id, year, kind: 'main', status: 'issued', issuedAt: { [Op.ne]: null } },
    transaction,
  });
  if (letter)
    await thread(
      { type: 'letter', id: letter.id, centreId: napha.id },
      new Date(letter.issuedAt!.getTime() + 3 * 24 * 3600_000),
      [
        {
          by: leader,
          day: 0,
          body: 'Vi har mottatt brevet. Gjelder fristen for planen også oppdraget om erfaringskompetanse?',
          mentions: [officer],
        },
        {
          by: officer,
          day: 1,
          body: 'Ja, planen skal dekke alle de særskilte oppdragene, også det om erfaringskompetanse.',
        },
      ],
      context,
    );
}
