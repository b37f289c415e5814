// The bulk jobs the API starts and shows: their task names.
import { IssueApprovedLettersTask } from '../../../../workflows/tasks/IssueApprovedLettersTask.js';
import { RenderLettersTask } from '../../../../workflows/tasks/RenderLettersTask.js';

export const issueApprovedLetters = new IssueApprovedLettersTask();
export const renderLetters = new RenderLettersTask();
export const bulkJobNames = new Set([issueApprovedLetters.name, renderLetters.name]);
