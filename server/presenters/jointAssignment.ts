import { z } from 'zod';
import { assignmentStatuses } from '../models/Assignment.js';
import type { AssignmentStatus } from '../models/Assignment.js';
import { letterKinds, letterStatuses } from '../models/GrantLetter.js';
import type { JointAssignment } from '../models/index.js';
import { centreRef, centreRefSchema } from './centre.js';
import { latestOfEach } from '../letters/assignmentHistory.js';

const progressSchema = z.object({
  centres: z.number().int(),
  byStatus: z.record(z.enum(assignmentStatuses), z.number().int()),
  finished: z.number().int().openapi({ description: 'Centres whose copy is completed' }),
  shareFinished: z.number().openapi({ description: 'finished / centres, 0–1' }),
});

export const jointAssignmentSchema = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    title: z.string(),
    description: z.string().nullable(),
    centres: z.array(
      z.object({
        centre: centreRefSchema,
        assignmentId: z.number().int(),
        rank: z.number().int(),
        status: z.enum(assignmentStatuses),
        letterId: z.number().int(),
        year: z.number().int().openapi({ description: "The year of the centre's latest letter with it" }),
        letterKind: z.enum(letterKinds),
        letterStatus: z.enum(letterStatuses),
      }),
    ),
    progress: progressSchema,
  })
  .openapi('JointAssignment');

/** The progress of every centre's copy, rolled up. */
function rollUp(statuses: AssignmentStatus[]): z.infer<typeof progressSchema> {
  const byStatus = Object.fromEntries(assignmentStatuses.map((s) => [s, 0])) as Record<AssignmentStatus, number>;
  for (const status of statuses) byStatus[status] += 1;
  const active = statuses.length - byStatus.cancelled;
  return {
    centres: statuses.length,
    byStatus,
    finished: byStatus.completed,
    shareFinished: active ? byStatus.completed / active : 0,
  };
}

/**
 * Expects assignments loaded with centre and letter. A long-term joint assignment has a row per
 * centre and year; each centre counts once, by its latest year.
 */
export function presentJointAssignment(joint: JointAssignment): z.infer<typeof jointAssignmentSchema> {
  const copies = latestOfEach(joint.assignments ?? []).sort((a, b) =>
    (a.centre?.code ?? '').localeCompare(b.centre?.code ?? ''),
  );
  return {
    id: joint.id,
    year: joint.year,
    title: joint.title,
    description: joint.description,
    centres: copies.map((a) => ({
      centre: centreRef(a.centre),
      assignmentId: a.id,
      rank: a.rank,
      status: a.status,
      letterId: a.letterId,
      year: a.letter!.year,
      letterKind: a.letter!.kind,
      letterStatus: a.letter!.status,
    })),
    progress: rollUp(copies.map((a) => a.status)),
  };
}
