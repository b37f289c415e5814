import { z } from 'zod';
import { roles } from '../../../models/User.js';
import { centreCode, optionalText, paginationQuery, text } from '../common.js';

export const listUsersQuery = paginationQuery.extend({
  centre: centreCode.optional(),
  role: z.enum(roles).optional(),
});

const password = z.string().min(12, 'must be at least 12 characters').max(1024);

export const createUserBody = z.object({
  email: z.email('must be an e-mail address').max(255),
  name: text(255),
  title: optionalText(255),
  roles: z.array(z.enum(roles)).min(1, 'must name at least one role').max(7),
  centre: centreCode.nullable().optional(),
  password,
  active: z.boolean().optional(),
});

export const updateUserBody = createUserBody.partial();
