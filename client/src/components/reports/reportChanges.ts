// What changed between two versions of a report, field by field, each as text with the name a
// reader knows it by ("1. Oppdrag – Resultater", "Kurs – Antall"): statuses and figures are
// compared as the words and numbers shown, so one list covers every kind of field.
import type { Dictionary } from '../../i18n.js';
import { activityChannels } from '../../types.js';
import type { ReportBasis, ReportContent } from '../../types.js';
import { assignmentTexts } from './reportForm.js';

export interface ReportChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

function fieldsOf(content: ReportContent, basis: ReportBasis, t: Dictionary) {
  const fields: { key: string; label: string; value: string }[] = [
    { key: 'summary', label: t.reportSummary, value: content.summary },
  ];
  for (const assignment of basis.assignments) {
    const entry = content.assignments.find((a) => a.assignmentId === assignment.id);
    const heading = t.reportAssignmentHeading(assignment.rank, assignment.title);
    fields.push({
      key: `assignment.${assignment.id}.status`,
      label: `${heading} – ${t.reportAssignmentStatus}`,
      value: entry?.status ? t.reportAssignmentStatusNames[entry.status] : t.reportNoStatus,
    });
    for (const name of assignmentTexts)
      fields.push({
        key: `assignment.${assignment.id}.${name}`,
        label: `${heading} – ${t.reportFieldNames[name]}`,
        value: entry?.[name] ?? '',
      });
  }
  for (const area of basis.priorityAreas)
    fields.push({
      key: `area.${area.id}`,
      label: area.title,
      value: content.priorityAreas.find((a) => a.priorityAreaId === area.id)?.narrative ?? '',
    });
  for (const channel of activityChannels) {
    const row = content.activities.find((a) => a.channel === channel);
    const name = t.reportChannels[channel];
    fields.push(
      { key: `activity.${channel}.count`, label: t.reportCountOf(name), value: String(row?.count ?? '') },
      {
        key: `activity.${channel}.participants`,
        label: t.reportParticipantsOf(name),
        value: String(row?.participants ?? ''),
      },
    );
  }
  return fields;
}

export function reportChanges(
  before: ReportContent,
  after: ReportContent,
  basis: ReportBasis,
  t: Dictionary,
): ReportChange[] {
  const old = new Map(fieldsOf(before, basis, t).map((field) => [field.key, field.value]));
  return fieldsOf(after, basis, t)
    .filter((field) => old.get(field.key) !== field.value)
    .map((field) => ({ key: field.key, label: field.label, before: old.get(field.key) ?? '', after: field.value }));
}
