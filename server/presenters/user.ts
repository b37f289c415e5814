import { z } from 'zod';
import { roles } from '../models/User.js';
import type { User } from '../models/index.js';

export const userSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    roles: z.array(z.enum(roles)),
    centre: z.string().nullable().openapi({ description: 'Centre code for centre users' }),
    active: z.boolean(),
    lastLoginAt: z.string().nullable(),
    reminderDelivery: z
      .enum(['single', 'digest'])
      .openapi({ description: 'Reminders one by one, or one daily digest' }),
  })
  .openapi('User');

/** Expects centre loaded for centre users. Never includes the password hash. */
export function presentUser(user: User): z.infer<typeof userSchema> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    title: user.title,
    roles: user.roles,
    centre: user.centre?.code ?? null,
    active: user.active,
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
    reminderDelivery: user.reminderDelivery,
  };
}
