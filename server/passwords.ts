// Passwords the app refuses. In production the demo password is public (README, .env.example),
// so nobody may log in with it nor be given it — even an account seeded by hand before going live.
import { env, DEFAULT_DEMO_PASSWORD } from './env.js';
import type { Env } from './env.js';

/** True for the documented demo password and DEMO_PASSWORD, when NODE_ENV=production. */
export function isRefusedDemoPassword(
  password: string,
  settings: Pick<Env, 'NODE_ENV' | 'DEMO_PASSWORD'> = env,
): boolean {
  return (
    settings.NODE_ENV === 'production' && (password === DEFAULT_DEMO_PASSWORD || password === settings.DEMO_PASSWORD)
  );
}
