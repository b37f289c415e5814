// A centre with a structured report submitted through the API: an issued letter of `year` with one
// assignment per status given (the first one part of `jointAssignmentId` when given), the report
// deadline the year after, and the centre leader's report with its activity figures.
import { expect } from 'chai';
import { Assignment, JointAssignment } from '../../server/models/index.js';
import type { Centre } from '../../server/models/index.js';
import { loginAs, makeCentre, makeDeadline, makeLetter, makeUser } from './factories.js';
import type { Client } from './http.js';
import { minimalPdf } from './documents.js';

/** The report deadline on `year`: due 1 August the year after (as the grant letters set it). */
export async function makeReportDeadline(centre: Centre, year: number) {
  const deadline = await makeDeadline({ centre, kind: 'report', year: year + 1, dueDate: `${year + 1}-08-01` });
  await deadline.update({ periodYear: year });
  return deadline;
}

/** A centre of its own with an issued letter of `year` (one assignment), its report deadline and its leader's session. */
export async function centreWithReportDeadline(year: number) {
  const centre = await makeCentre();
  await makeLetter({ centre, year, status: 'issued', assignments: 1 });
  const deadline = await makeReportDeadline(centre, year);
  const leader = await loginAs(await makeUser('centre_leader', { centre }));
  return { centre, deadline, leader };
}

/** The report handed in as a PDF file against its deadline, as centres did before the form. */
export async function handInReportAsFile(leader: Client, deadlineId: number) {
  const files = new FormData();
  files.append('files', new Blob([minimalPdf()], { type: 'application/pdf' }), 'arsrapport.pdf');
  const handedIn = await leader.postForm(`/api/deadlines/${deadlineId}/submissions`, files);
  expect(handedIn.status, JSON.stringify(handedIn.body)).to.equal(201);
}

export async function centreWithSubmittedReport(options: {
  year: number;
  statuses: string[];
  courses: number;
  jointAssignmentId?: number;
}) {
  const { year, statuses, courses } = options;
  const centre = await makeCentre();
  const letter = await makeLetter({ centre, year, status: 'issued', assignments: statuses.length });
  if (options.jointAssignmentId)
    await Assignment.update(
      { jointAssignmentId: options.jointAssignmentId },
      { where: { letterId: letter.id, rank: 1 } },
    );
  const deadline = await makeReportDeadline(centre, year);
  const leader = await loginAs(await makeUser('centre_leader', { centre }));
  const path = `/api/deadlines/${deadline.id}/report`;
  const basis = (await leader.get(path)).body.basis.assignments as { id: number }[];
  const saved = await leader.put(path, {
    content: {
      summary: 'Året',
      assignments: basis.map((a, i) => ({ assignmentId: a.id, status: statuses[i] })),
      activities: [{ channel: 'course', count: courses, participants: courses * 10 }],
    },
  });
  expect(saved.status, JSON.stringify(saved.body)).to.equal(200);
  const form = new FormData();
  form.append('comment', 'Rapport');
  expect((await leader.postForm(`${path}/submit`, form)).status).to.equal(200);
  return { centre, path, basis };
}

/**
 * Two centres' submitted reports on `year` sharing a joint assignment (their first assignments):
 * the first with two assignments (completed, postponed) and 4 courses, the second with one (in
 * progress) and 6 courses.
 */
export async function twoCentresSharingAJointAssignment(year: number, jointTitle: string) {
  const joint = await JointAssignment.create({ year, title: jointTitle, description: null, createdById: null });
  const first = await centreWithSubmittedReport({
    year,
    jointAssignmentId: joint.id,
    statuses: ['completed', 'postponed'],
    courses: 4,
  });
  const second = await centreWithSubmittedReport({
    year,
    jointAssignmentId: joint.id,
    statuses: ['in_progress'],
    courses: 6,
  });
  return { first, second, codes: [first.centre.code, second.centre.code] };
}
