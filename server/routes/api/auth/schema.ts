import { z } from 'zod';

export const loginBody = z.object({
  email: z.email('must be an e-mail address').max(255),
  password: z.string().min(1, 'must not be empty').max(1024),
});
