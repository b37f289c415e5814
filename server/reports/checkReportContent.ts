// A report speaks only of its own letter's assignments and priority areas, each once; a submitted
// one gives every assignment a status. Problems are named by field, so the form can show them.
import { ValidationError } from '../errors.js';
import type { FieldProblem } from '../errors.js';
import { say } from '../i18n/language.js';
import type { ReportBasis } from './reportBasis.js';
import type { ReportContent } from './reportContent.js';

export function checkReportContent(content: ReportContent, basis: ReportBasis, { complete = false } = {}) {
  const problems: FieldProblem[] = [];
  const assignmentIds = new Set(basis.assignments.map((a) => a.id));
  const areaIds = new Set(basis.priorityAreas.map((a) => a.id));
  const seen = new Set<number>();
  content.assignments.forEach((entry, index) => {
    if (!assignmentIds.has(entry.assignmentId) || seen.has(entry.assignmentId))
      problems.push({
        field: `body.content.assignments.${index}.assignmentId`,
        message: say(
          `oppdrag ${entry.assignmentId} er ikke et av brevets oppdrag, eller står to ganger`,
          `assignment ${entry.assignmentId} is not one of the letter's, or is given twice`,
        ),
      });
    seen.add(entry.assignmentId);
  });
  const seenAreas = new Set<number>();
  content.priorityAreas.forEach((entry, index) => {
    if (!areaIds.has(entry.priorityAreaId) || seenAreas.has(entry.priorityAreaId))
      problems.push({
        field: `body.content.priorityAreas.${index}.priorityAreaId`,
        message: say(
          `satsingsområde ${entry.priorityAreaId} er ikke et av brevets, eller står to ganger`,
          `priority area ${entry.priorityAreaId} is not one of the letter's, or is given twice`,
        ),
      });
    seenAreas.add(entry.priorityAreaId);
  });
  const channels = content.activities.map((a) => a.channel);
  if (new Set(channels).size !== channels.length)
    problems.push({
      field: 'body.content.activities',
      message: say('hver kanal kan stå bare én gang', 'each channel may be given only once'),
    });
  if (complete)
    for (const assignment of basis.assignments) {
      const entry = content.assignments.find((a) => a.assignmentId === assignment.id);
      if (!entry?.status)
        problems.push({
          field: `report.assignment.${assignment.id}.status`,
          message: say(
            `oppdraget «${assignment.title}» mangler status`,
            `the assignment «${assignment.title}» has no status`,
          ),
        });
    }
  if (problems.length) throw ValidationError(problems);
}
