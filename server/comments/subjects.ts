// What a thread hangs on: the record behind (subjectType, subjectId), loaded with what its read
// policy looks at, with its centre, what a notice calls it and where in the client it is.
import type { Transaction } from 'sequelize';
import { AgendaItem, Assignment, Centre, Deadline, GrantLetter, SteeringMeeting } from '../models/index.js';
import type { CommentSubjectType } from '../models/Comment.js';
import type { EntityName } from '../i18n/entityNames.js';

export interface CommentSubject {
  type: CommentSubjectType;
  id: number;
  record: GrantLetter | Assignment | Deadline | AgendaItem;
  centreId: number;
  /** How a notice names it, in bokmål (notices are bokmål). */
  title: string;
  /** The client path where its thread is shown. */
  link: string;
}

/** The noun a 404 uses for each kind of subject. */
export const subjectEntity: Record<CommentSubjectType, EntityName> = {
  letter: 'letter',
  assignment: 'assignment',
  deadline: 'deadline',
  agenda_item: 'agenda item',
};

const centreCode = async (centreId: number, transaction?: Transaction) =>
  (await Centre.findByPk(centreId, { attributes: ['code'], transaction }))?.code ?? '';

/** The subject, or null when there is none (the caller answers 404). */
export async function findCommentSubject(
  type: CommentSubjectType,
  id: number,
  transaction?: Transaction,
): Promise<CommentSubject | null> {
  switch (type) {
    case 'letter': {
      const letter = await GrantLetter.findByPk(id, { transaction });
      if (!letter) return null;
      const code = await centreCode(letter.centreId, transaction);
      return {
        type,
        id,
        record: letter,
        centreId: letter.centreId,
        title: `brevet «${letter.title}» (${code} ${letter.year})`,
        link: `/letters/${letter.id}#kommentarer`,
      };
    }
    case 'assignment': {
      const assignment = await Assignment.findByPk(id, {
        include: [{ model: GrantLetter, as: 'letter' }],
        transaction,
      });
      if (!assignment) return null;
      return {
        type,
        id,
        record: assignment,
        centreId: assignment.centreId,
        title: `oppdraget «${assignment.title}»`,
        link: `/letters/${assignment.letterId}#oppdrag-${assignment.id}`,
      };
    }
    case 'deadline': {
      const deadline = await Deadline.findByPk(id, { transaction });
      if (!deadline) return null;
      return {
        type,
        id,
        record: deadline,
        centreId: deadline.centreId,
        title: `fristen «${deadline.title}»`,
        link: `/deadlines/${deadline.id}#kommentarer`,
      };
    }
    case 'agenda_item': {
      const item = await AgendaItem.findByPk(id, {
        include: [{ model: SteeringMeeting, as: 'steeringMeeting' }],
        transaction,
      });
      if (!item) return null;
      return {
        type,
        id,
        record: item,
        centreId: item.steeringMeeting!.centreId,
        title: `saken «${item.title}»`,
        link: `/meetings/${item.steeringMeetingId}#sak-${item.id}`,
      };
    }
  }
}
