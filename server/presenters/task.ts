import { z } from 'zod';
import { centreRef, centreRefSchema } from './centre.js';
import { taskKinds } from '../inbox/waitingWork.js';
import type { WaitingTask } from '../inbox/waitingWork.js';
import type { Notification } from '../models/index.js';

export const taskSchema = z
  .object({
    key: z.string().openapi({ description: 'Stable per record and kind, e.g. approveLetter:12' }),
    kind: z.enum(taskKinds),
    title: z.string(),
    centre: centreRefSchema,
    year: z.number().int(),
    dueDate: z.iso.date().nullable(),
    link: z.string().openapi({ description: 'The web client path where the work is done' }),
  })
  .openapi('Task');

export const presentTask = (task: WaitingTask): z.infer<typeof taskSchema> => ({
  key: task.key,
  kind: task.kind,
  title: task.title,
  centre: centreRef(task.centre),
  year: task.year,
  dueDate: task.dueDate,
  link: task.link,
});

export const notificationSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Notification');

export const presentNotification = (n: Notification): z.infer<typeof notificationSchema> => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  createdAt: n.createdAt.toISOString(),
});
