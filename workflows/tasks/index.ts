// Every task the worker knows, by job name.
import type { BaseTask } from './BaseTask.js';
import type { z } from 'zod';
import { RefreshDeadlineStatusesTask } from './RefreshDeadlineStatusesTask.js';
import { IssueLetterTask } from './IssueLetterTask.js';
import { SendEmailTask } from './SendEmailTask.js';
import { IssueApprovedLettersTask } from './IssueApprovedLettersTask.js';
import { RenderLettersTask } from './RenderLettersTask.js';
import { SweepRemindersTask } from './SweepRemindersTask.js';
import { StoreMeetingPackTask } from './StoreMeetingPackTask.js';
import { QueueDueEmailsTask } from './QueueDueEmailsTask.js';
import { RecoverDocumentJobsTask } from './RecoverDocumentJobsTask.js';

export const tasks: BaseTask<z.ZodType>[] = [
  new RefreshDeadlineStatusesTask(),
  new IssueLetterTask(),
  new SendEmailTask(),
  new IssueApprovedLettersTask(),
  new RenderLettersTask(),
  new SweepRemindersTask(),
  new StoreMeetingPackTask(),
  new QueueDueEmailsTask(),
  new RecoverDocumentJobsTask(),
];

export const taskByName = new Map(tasks.map((task) => [task.name, task]));
