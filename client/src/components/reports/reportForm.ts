// The report form's state and the content the API takes: one entry per assignment and priority area
// of the letter (in the letter's order), activity figures typed as text until they are numbers, and
// the server's field names (by array index) turned back into the form's own keys.
import type { ApiError } from '../../api.js';
import { activityChannels } from '../../types.js';
import type { ActivityChannel, ReportAssignmentEntry, ReportBasis, ReportContent } from '../../types.js';

export const assignmentTexts = ['done', 'results', 'deviations', 'nextSteps'] as const;
export type AssignmentText = (typeof assignmentTexts)[number];

export interface ReportForm {
  summary: string;
  assignments: Record<number, Omit<ReportAssignmentEntry, 'assignmentId'>>;
  areas: Record<number, string>;
  activities: Record<ActivityChannel, { count: string; participants: string }>;
}

const blankAssignment = (): ReportForm['assignments'][number] => ({
  status: null,
  done: '',
  results: '',
  deviations: '',
  nextSteps: '',
});

export function formOf(content: ReportContent, basis: ReportBasis): ReportForm {
  const figure = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    summary: content.summary,
    assignments: Object.fromEntries(
      basis.assignments.map(({ id }) => {
        const { assignmentId: _, ...entry } = content.assignments.find((a) => a.assignmentId === id) ?? {
          assignmentId: id,
          ...blankAssignment(),
        };
        return [id, entry];
      }),
    ),
    areas: Object.fromEntries(
      basis.priorityAreas.map(({ id }) => [
        id,
        content.priorityAreas.find((a) => a.priorityAreaId === id)?.narrative ?? '',
      ]),
    ),
    activities: Object.fromEntries(
      activityChannels.map((channel) => {
        const row = content.activities.find((a) => a.channel === channel);
        return [channel, { count: figure(row?.count), participants: figure(row?.participants) }];
      }),
    ) as ReportForm['activities'],
  };
}

/** A whole number typed in a figure field, or null when empty or not a number. */
const number = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));

/** The content to save: a channel without a count is left out (the API needs a count per row). */
export function contentOf(form: ReportForm, basis: ReportBasis): ReportContent {
  return {
    summary: form.summary,
    assignments: basis.assignments.map(({ id }) => ({
      assignmentId: id,
      ...(form.assignments[id] ?? blankAssignment()),
    })),
    priorityAreas: basis.priorityAreas.map(({ id }) => ({ priorityAreaId: id, narrative: form.areas[id] ?? '' })),
    activities: activityChannels.flatMap((channel) => {
      const count = number(form.activities[channel].count);
      return count === null ? [] : [{ channel, count, participants: number(form.activities[channel].participants) }];
    }),
  };
}

/**
 * The server's problems keyed by the form's fields: "summary", "assignment.<id>.<field>",
 * "area.<id>", "activity.<channel>.<field>". `sent` is the content the problems are about.
 */
export function problemsByField(error: ApiError | null, sent: ReportContent | null): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const { field, message } of error?.errors ?? []) {
    const key = formKey(field, sent);
    if (key) problems[key] ??= message;
  }
  return problems;
}

function formKey(field: string, sent: ReportContent | null): string | null {
  const submitted = /^report\.assignment\.(\d+)\.status$/.exec(field);
  if (submitted) return `assignment.${submitted[1]}.status`;
  const [body, content, list, index, name] = field.split('.');
  if (body !== 'body' || content !== 'content') return null;
  if (list === 'summary') return 'summary';
  const at = Number(index);
  if (list === 'assignments') {
    const id = sent?.assignments[at]?.assignmentId;
    return id === undefined ? null : `assignment.${id}.${name === 'assignmentId' ? 'status' : name}`;
  }
  if (list === 'priorityAreas') {
    const id = sent?.priorityAreas[at]?.priorityAreaId;
    return id === undefined ? null : `area.${id}`;
  }
  if (list === 'activities') {
    const channel = sent?.activities[at]?.channel;
    return channel === undefined ? null : `activity.${channel}.${name === 'participants' ? 'participants' : 'count'}`;
  }
  return null;
}
