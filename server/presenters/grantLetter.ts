import type { MeetingPreparation } from '../meetings/meetingPreparation.js';
import { z } from 'zod';
import { letterKinds, letterLanguages, letterStatuses } from '../models/GrantLetter.js';
import type { BudgetFrame, Deadline, GrantLetter, SteeringMeeting } from '../models/index.js';
import { centreRef, centreRefSchema } from './centre.js';
import { assignmentSchema, presentAssignment } from './assignment.js';
import { byRank } from '../models/Assignment.js';
import { budgetFrameSchema, presentBudgetFrame } from './budgetFrame.js';
import { deadlineSchema, presentDeadline } from './deadline.js';
import { presentSteeringMeeting, steeringMeetingSchema } from './steeringMeeting.js';
import { byPosition } from '../models/ordering.js';

const abilitiesSchema = z.object({
  update: z.boolean(),
  delete: z.boolean(),
  submit: z.boolean(),
  approve: z.boolean(),
  reopen: z.boolean(),
  issue: z.boolean(),
  accept: z.boolean(),
  createSupplement: z.boolean(),
  setAssignmentStatus: z.boolean(),
});
const monthDaySchema = z.object({ month: z.number().int(), day: z.number().int() }).nullable().optional();

export const letterSummarySchema = z
  .object({
    id: z.number().int(),
    centre: centreRefSchema,
    year: z.number().int(),
    kind: z.enum(letterKinds),
    parentId: z.number().int().nullable(),
    referenceNumber: z.string().nullable(),
    status: z.enum(letterStatuses),
    title: z.string(),
    language: z.enum(letterLanguages),
    letterDate: z.string().nullable(),
    theirReference: z.string().nullable(),
    issuedAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('GrantLetterSummary');

/** Expects centre loaded. */
export function presentLetterSummary(letter: GrantLetter): z.infer<typeof letterSummarySchema> {
  return {
    id: letter.id,
    centre: centreRef(letter.centre),
    year: letter.year,
    kind: letter.kind,
    parentId: letter.parentId,
    referenceNumber: letter.referenceNumber,
    status: letter.status,
    title: letter.title,
    language: letter.language,
    letterDate: letter.letterDate,
    theirReference: letter.theirReference ?? null,
    issuedAt: letter.issuedAt ? letter.issuedAt.toISOString() : null,
    acceptedAt: letter.acceptedAt ? letter.acceptedAt.toISOString() : null,
    updatedAt: letter.updatedAt.toISOString(),
  };
}

export const letterSchema = letterSummarySchema
  .extend({
    hostOrganisation: z.object({ name: z.string(), address: z.string().nullable() }).nullable(),
    senderOrganisation: z.object({ code: z.string().nullable(), name: z.string() }).nullable(),
    sections: z.array(
      z.object({ id: z.number().int(), heading: z.string(), body: z.string(), recurring: z.boolean() }),
    ),
    priorityAreas: z.array(z.object({ id: z.number().int(), title: z.string(), description: z.string().nullable() })),
    assignments: z.array(assignmentSchema),
    budgetFrames: z.array(budgetFrameSchema),
    deadlines: z.array(deadlineSchema),
    steeringMeetings: z.array(steeringMeetingSchema),
    signatories: z.array(z.object({ name: z.string(), title: z.string(), byAuthority: z.boolean() })),
    copyRecipients: z.array(z.object({ name: z.string(), organisationId: z.number().int().nullable() })),
    approvals: z.array(
      z.object({
        name: z.string(),
        title: z.string().nullable(),
        method: z.literal('electronic'),
        approvedAt: z.string(),
      }),
    ),
    deadlineRules: z
      .object({ plan: monthDaySchema, accounts: monthDaySchema, report: monthDaySchema })
      .nullable()
      .openapi({ description: 'Overrides of the standard deadline rules; null means the standard rules' }),
    acceptedBy: z.string().nullable(),
    acceptedBankAccount: z.string().nullable(),
    awaitingAcceptance: z.boolean(),
    returned: z
      .object({ reason: z.string(), returnedAt: z.string(), returnedBy: z.string().nullable() })
      .nullable()
      .openapi({ description: 'Why the letter was last sent back to draft; null once it is submitted again' }),
    document: z
      .object({ sha256: z.string(), byteSize: z.number().int(), renderedAt: z.string() })
      .nullable()
      .openapi({ description: 'The stored PDF of an issued letter, once rendered' }),
    abilities: abilitiesSchema,
  })
  .openapi('GrantLetter');

export interface LetterDetail {
  letter: GrantLetter;
  budgetFrames: BudgetFrame[];
  deadlines: Deadline[];
  steeringMeetings: SteeringMeeting[];
  meetingPreparation: Map<number, MeetingPreparation>;
  abilities: z.infer<typeof abilitiesSchema>;
}

/** Expects centre (with hostOrganisation), senderOrganisation and every letter part loaded. */
export function presentLetter(detail: LetterDetail): z.infer<typeof letterSchema> {
  const { letter } = detail;
  const host = letter.centre?.hostOrganisation;
  const sender = letter.senderOrganisation;
  return {
    ...presentLetterSummary(letter),
    hostOrganisation: host ? { name: host.name, address: host.address } : null,
    senderOrganisation: sender ? { code: sender.code, name: sender.name } : null,
    sections: [...(letter.sections ?? [])]
      .sort(byPosition)
      .map(({ id, heading, body, recurring }) => ({ id, heading, body, recurring })),
    priorityAreas: [...(letter.priorityAreas ?? [])]
      .sort(byPosition)
      .map(({ id, title, description }) => ({ id, title, description })),
    assignments: [...(letter.assignments ?? [])].sort(byRank).map((assignment) => {
      assignment.centre = letter.centre;
      assignment.letter = letter;
      return presentAssignment(assignment);
    }),
    budgetFrames: detail.budgetFrames.map(presentBudgetFrame),
    deadlines: detail.deadlines.map(presentDeadline),
    steeringMeetings: detail.steeringMeetings.map((m) =>
      presentSteeringMeeting(m, detail.meetingPreparation.get(m.id)!),
    ),
    signatories: [...(letter.signatories ?? [])]
      .sort(byPosition)
      .map(({ name, title, byAuthority }) => ({ name, title, byAuthority })),
    copyRecipients: [...(letter.copyRecipients ?? [])]
      .sort(byPosition)
      .map(({ name, organisationId }) => ({ name, organisationId })),
    approvals: [...(letter.approvals ?? [])]
      .sort((a, b) => a.approvedAt.getTime() - b.approvedAt.getTime())
      .map(({ name, title, method, approvedAt }) => ({ name, title, method, approvedAt: approvedAt.toISOString() })),
    deadlineRules: letter.deadlineRules ?? null,
    acceptedBy: letter.acceptedBy?.name ?? null,
    acceptedBankAccount: letter.acceptedBankAccount ?? null,
    awaitingAcceptance: letter.isAwaitingAcceptance,
    returned:
      letter.returnReason && letter.returnedAt
        ? {
            reason: letter.returnReason,
            returnedAt: letter.returnedAt.toISOString(),
            returnedBy: letter.returnedBy?.name ?? null,
          }
        : null,
    document: letter.document
      ? {
          sha256: letter.document.sha256,
          byteSize: letter.document.byteSize,
          renderedAt: letter.document.renderedAt.toISOString(),
        }
      : null,
    abilities: detail.abilities,
  };
}
