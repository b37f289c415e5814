import { env } from '../../server/env.js';

export { deleteKeysWithPrefix } from '../../server/redis.js';

/**
 * The Redis prefix of a child process a test starts (its own queues): `<suite prefix>-<name>`. The
 * dash keeps it apart from other test instances' prefixes (`sdtest_<instance>`), so the suite can
 * empty its children's keys at start without touching a run beside it.
 */
export const childRedisPrefix = (name: string) => `${env.REDIS_PREFIX}-${name}`;
