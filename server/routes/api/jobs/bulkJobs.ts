// The bulk jobs the API starts and shows: their task names.
import { IssueApprovedLettersTask } from '../../../../workflows/tasks/IssueApprovedLettersTask.js';
import { RenderLettersTask } from '../../../../workflows/tasks/RenderLettersTask.js';

export const issueApprovedLetters = new IssueApprovedLettersTask();
export const renderLetters = new RenderLettersTask();
export const bulkTasks = [issueApprovedLetters, renderLetters];

/** The bulk task a job id belongs to: bulk job ids start with the task's name (routes/api/letters/bulk.ts). */
export const bulkTaskOfJob = (jobId: string) => bulkTasks.find((task) => jobId.startsWith(`${task.name}-`));
