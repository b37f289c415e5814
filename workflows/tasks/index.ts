// Every task the worker knows, by job name.
import type { BaseTask } from './BaseTask.js';
import type { z } from 'zod';
import { RefreshDeadlineStatusesTask } from './RefreshDeadlineStatusesTask.js';

export const tasks: BaseTask<z.ZodType>[] = [new RefreshDeadlineStatusesTask()];

export const taskByName = new Map(tasks.map((task) => [task.name, task]));
